import * as assert from 'assert';
import { parseFromWebview } from '../../src/extension/report/webviewMessageGuard';

describe('messages from the report page', () => {
  it('passes each shape the page posts', () => {
    const messages = [
      { type: 'ready' },
      { type: 'rescan' },
      { type: 'setReview', change: { kind: 'checklist', itemId: 'logging-minimisation', entry: { status: 'acceptable', date: '2026-11-30' } } },
      { type: 'setReview', change: { kind: 'checklist', itemId: 'logging-minimisation', entry: undefined } },
      { type: 'setReview', change: { kind: 'finding', fingerprint: 'abc', entry: { status: 'pending', ruleId: 'personal-data-in-log', file: 'a.ts' } } },
      { type: 'openLocation', file: 'src/a.ts', line: 0, column: 4 },
      { type: 'openChecklistItem', itemId: 'encryption-at-rest' },
      { type: 'export', format: 'html' },
    ];
    for (const message of messages) {
      assert.deepStrictEqual(parseFromWebview(message), message);
    }
  });

  it('drops anything else', () => {
    const rejected = [
      undefined,
      null,
      'ready',
      { type: 'deleteFiles' },
      { type: 'setReview' },
      { type: 'setReview', change: { kind: 'checklist', entry: { status: 'acceptable' } } },
      { type: 'setReview', change: { kind: 'finding', itemId: 'x', entry: { status: 'acceptable' } } },
      { type: 'setReview', change: { kind: 'checklist', itemId: 'x', entry: 'acceptable' } },
      { type: 'openLocation', file: 'a.ts', line: -1, column: 0 },
      { type: 'openLocation', file: 'a.ts', line: 1.5, column: 0 },
      { type: 'openLocation', line: 1, column: 0 },
      { type: 'openChecklistItem', itemId: 7 },
      { type: 'export', format: 'pdf' },
    ];
    for (const message of rejected) {
      assert.strictEqual(parseFromWebview(message), undefined, JSON.stringify(message));
    }
  });

  it('keeps only the type of a message that needs nothing else', () => {
    assert.deepStrictEqual(parseFromWebview({ type: 'ready', extra: '<script>' }), { type: 'ready' });
  });
});
