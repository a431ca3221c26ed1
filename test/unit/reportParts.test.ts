import * as assert from 'assert';
import { checklistStatuses, summarise, withReviews } from '../../src/core/report/reportParts';
import { EMPTY_REVIEW, type ReviewState } from '../../src/core/review/model';
import type { WorkspaceScanResult } from '../../src/core/scan/workspaceScan';
import { finding, MARKED_ITEM, SUPPRESSED } from './reportFixtures';

const LOG_IN_B = finding('src/b.ts', 3, 'personal-data-in-log', 'writes email', { categories: ['user.contact.email', 'user.name'], checklist: ['marked-item'] });
const LOG_IN_A = finding('src/a.ts', 9, 'personal-data-in-log', 'writes name', { severity: 'error', categories: ['user.name'], checklist: ['marked-item'] });
const FIELD_IN_B = finding('src/b.ts', 1, 'personal-data-field', 'User.email', { checklist: ['other-item'] });

function scanResult(findings = [LOG_IN_B, LOG_IN_A, FIELD_IN_B]): WorkspaceScanResult {
  return { findings, suppressed: [SUPPRESSED], filesScanned: 4, skipped: [], ruleErrors: [], records: [] };
}

describe('report parts', () => {
  it('counts open findings by severity, rule, category and file, in a fixed key order', () => {
    const summary = summarise(scanResult());
    assert.deepStrictEqual(summary.bySeverity, { error: 1, warning: 2, information: 0, hint: 0 });
    assert.deepStrictEqual(Object.entries(summary.byRule), [['personal-data-field', 1], ['personal-data-in-log', 2]]);
    assert.deepStrictEqual(Object.entries(summary.byCategory), [['user.contact.email', 2], ['user.name', 2]]);
    assert.deepStrictEqual(Object.entries(summary.byFile), [['src/a.ts', 1], ['src/b.ts', 2]]);
    assert.deepStrictEqual([summary.filesScanned, summary.findings, summary.suppressed], [4, 3, 1]);
  });

  it('joins each finding to its review by fingerprint, and ignores keys that only look like one', () => {
    const review: ReviewState = { ...EMPTY_REVIEW, findings: { [LOG_IN_A.fingerprint]: { status: 'acceptable', ruleId: LOG_IN_A.ruleId, file: LOG_IN_A.file, reviewer: 'Sam' } } };
    const joined = withReviews([LOG_IN_A, LOG_IN_B, { ...FIELD_IN_B, fingerprint: 'constructor' }], review);
    assert.deepStrictEqual(joined.map((f) => f.review?.reviewer), ['Sam', undefined, undefined]);
  });

  it('gives every item its open findings and its review; an accepted finding is no longer open', () => {
    const other = { ...MARKED_ITEM, id: 'other-item' };
    const review: ReviewState = {
      version: 1,
      checklist: { 'other-item': { status: 'pending', reviewer: 'Dana' } },
      findings: { [LOG_IN_A.fingerprint]: { status: 'acceptable', ruleId: LOG_IN_A.ruleId, file: LOG_IN_A.file } },
    };
    const statuses = checklistStatuses([MARKED_ITEM, other], withReviews([LOG_IN_B, LOG_IN_A, FIELD_IN_B], review), review);
    assert.deepStrictEqual(
      statuses.map((s) => [s.item.id, s.findingCount, s.review?.reviewer]),
      [
        ['marked-item', 1, undefined],
        ['other-item', 1, 'Dana'],
      ],
    );
  });
});
