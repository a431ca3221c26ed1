/**
 * A real report of test/fixtures/workspace for the browser tests, built the way the CLI and the
 * editor build theirs (buildPrivacyReport), with a few review decisions so that the review
 * controls have something to show.
 */
import * as path from 'node:path';
import { buildPrivacyReport } from '../../../src/core/report/buildReport';
import type { PrivacyReport } from '../../../src/core/report/reportModel';
import type { FindingReviewEntry, ReviewEntry, ReviewState } from '../../../src/core/review/model';
import { Scanner } from '../../../src/core/scan/scanner';
import { scanWorkspace } from '../../../src/core/scan/workspaceScan';
import { REGULATIONS } from '../../../src/core/taxonomy/sensitivity';

const CHECKLIST_REVIEWS: Readonly<Record<string, ReviewEntry>> = {
  'logging-minimisation': { status: 'to-correct', reviewer: 'A. Dupont (DPO)', date: '2026-11-30', note: 'Mask e-mail addresses and phone numbers before they reach the logs.' },
  'encryption-in-transit': { status: 'improvable', reviewer: 'A. Dupont (DPO)', date: '2026-11-30' },
  'personal-data-inventory': { status: 'acceptable', hipaaOutcome: 'implemented', reviewer: 'A. Dupont (DPO)', date: '2026-11-28', note: 'Covered by RoPA entry 12.' },
};

export async function exampleReport(repoRoot: string): Promise<PrivacyReport> {
  const root = path.join(repoRoot, 'test', 'fixtures', 'workspace');
  const scan = await scanWorkspace(root, [root], { scanner: new Scanner() });
  // The DPO has accepted the log line in welcome.ts; the other findings are not reviewed yet.
  const findingReviews: Record<string, FindingReviewEntry> = {};
  for (const finding of scan.findings.filter((f) => f.file === 'src/welcome.ts' && f.ruleId === 'personal-data-in-log')) {
    findingReviews[finding.fingerprint] = { status: 'acceptable', ruleId: finding.ruleId, file: finding.file, reviewer: 'A. Dupont (DPO)', date: '2026-11-30', note: 'Test account only.' };
  }
  const state: ReviewState = { version: 1, checklist: CHECKLIST_REVIEWS, findings: findingReviews };
  return buildPrivacyReport(scan, { state }, { regulations: REGULATIONS, generatedAt: '2026-11-30T09:30:00.000Z', rootName: 'workspace' });
}
