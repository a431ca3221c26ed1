import * as assert from 'assert';
import type { PersonalDataRecord, RecordField } from '../../src/core/inventory/model';
import { escapeMarkdown } from '../../src/extension/markdownEscape';
import { recordLensTitle } from '../../src/extension/recordSummary';
import { isOpen } from '../../src/extension/report/openness';

const at = { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } };
const field = (name: string, sensitive: boolean): RecordField => ({ name, range: at, dataCategories: ['user.contact.email'], sensitive });

function record(fields: RecordField[], purposes?: string[]): PersonalDataRecord {
  return { name: 'Patient', range: at, nameRange: at, fields, ...(purposes ? { annotation: { purposes, range: at, problems: [] } } : {}) };
}

describe('the CodeLens above a record', () => {
  it('counts fields and sensitive ones, says the purpose is not recorded, and counts open checklist items', () => {
    const title = recordLensTitle(record([field('email', false), field('phone', false), field('diagnosis', true), field('ssn', false)]), 2);
    assert.strictEqual(title, '4 personal-data fields, 1 sensitive · purpose not recorded · checklist: 2 open');
  });

  it('names the recorded purposes, and leaves out "sensitive" when none is', () => {
    const title = recordLensTitle(record([field('email', false)], ['essential.service.authentication', 'marketing.communications.email']), 0);
    assert.strictEqual(title, '1 personal-data field · purpose: essential.service.authentication, marketing.communications.email · checklist: 0 open');
  });

  it('reads an annotation whose purpose is still the placeholder as no purpose', () => {
    assert.match(recordLensTitle(record([field('email', false)], []), 1), /purpose not recorded/);
  });
});

describe('Markdown escaping for hovers', () => {
  it('escapes what would become emphasis, links, code or HTML, and leaves the rest as written', () => {
    assert.strictEqual(escapeMarkdown('Art. 5(1)(c): *all* [data] `x` <b> a_b #1 | ~'), 'Art. 5(1)(c): \\*all\\* \\[data\\] \\`x\\` \\<b\\> a\\_b \\#1 \\| \\~');
    assert.strictEqual(escapeMarkdown('§1798.100(a)(3) children\'s data'), '§1798.100(a)(3) children\'s data');
  });
});

describe('what counts as open', () => {
  it('is open until the DPO records it as acceptable', () => {
    assert.strictEqual(isOpen(undefined), true);
    assert.strictEqual(isOpen({ status: 'pending' }), true);
    assert.strictEqual(isOpen({ status: 'to-correct' }), true);
    assert.strictEqual(isOpen({ status: 'improvable' }), true);
    assert.strictEqual(isOpen({ status: 'acceptable' }), false);
  });
});
