/**
 * A real report of test/fixtures/workspace for the browser tests: the findings, checklist,
 * inventory and DPIA screening are the engine's; a few review decisions are added here so that
 * the review controls have something to show.
 */
import * as path from 'node:path';
import { CHECKLIST } from '../../../src/core/checklist/items';
import { NOT_LEGAL_ADVICE } from '../../../src/core/checklist/render';
import { screenDpia } from '../../../src/core/dpia/screening';
import { buildInventory } from '../../../src/core/inventory/buildInventory';
import { SEVERITIES, type Severity } from '../../../src/core/model';
import type { PrivacyReport, ReportFinding, ReportSummary } from '../../../src/core/report/reportModel';
import type { FindingReviewEntry, ReviewEntry } from '../../../src/core/review/model';
import { scanWorkspace, type FileFinding } from '../../../src/core/scan/workspaceScan';
import { REGULATIONS } from '../../../src/core/taxonomy/sensitivity';

const CHECKLIST_REVIEWS: Readonly<Record<string, ReviewEntry>> = {
  'logging-minimisation': { status: 'to-correct', reviewer: 'A. Dupont (DPO)', date: '2026-11-30', note: 'Mask e-mail addresses and phone numbers before they reach the logs.' },
  'encryption-in-transit': { status: 'improvable', reviewer: 'A. Dupont (DPO)', date: '2026-11-30' },
  'personal-data-inventory': { status: 'acceptable', hipaaOutcome: 'implemented', reviewer: 'A. Dupont (DPO)', date: '2026-11-28', note: 'Covered by RoPA entry 12.' },
};

export async function exampleReport(repoRoot: string): Promise<PrivacyReport> {
  const root = path.join(repoRoot, 'test', 'fixtures', 'workspace');
  const scan = await scanWorkspace(root, [root]);
  const findings = scan.findings.map(withExampleReview);
  const checklist = CHECKLIST.map((item) => {
    const review = CHECKLIST_REVIEWS[item.id];
    return { item, findingCount: findings.filter((finding) => finding.checklist.includes(item.id)).length, ...(review ? { review } : {}) };
  });
  return {
    tool: { name: 'Privacy Lens', version: '0.3.0' },
    generatedAt: '2026-12-01T09:30:00.000Z',
    rootName: 'workspace',
    regulations: REGULATIONS,
    summary: summaryOf(findings, scan.filesScanned, scan.suppressed.length),
    findings,
    suppressed: scan.suppressed,
    checklist,
    inventory: buildInventory(scan),
    dpia: screenDpia(scan.findings, REGULATIONS),
    notLegalAdvice: NOT_LEGAL_ADVICE,
  };
}

/** The DPO has accepted the log line in welcome.ts; its other findings are not reviewed yet. */
function withExampleReview(finding: FileFinding): ReportFinding {
  if (finding.file !== 'src/welcome.ts' || finding.ruleId !== 'personal-data-in-log') {
    return finding;
  }
  const review: FindingReviewEntry = { status: 'acceptable', ruleId: finding.ruleId, file: finding.file, reviewer: 'A. Dupont (DPO)', date: '2026-11-30', note: 'Test account only.' };
  return { ...finding, review };
}

function summaryOf(findings: readonly ReportFinding[], filesScanned: number, suppressed: number): ReportSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  const byRule: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const byFile: Record<string, number> = {};
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    byFile[finding.file] = (byFile[finding.file] ?? 0) + 1;
    for (const category of finding.dataCategories) {
      byCategory[category] = (byCategory[category] ?? 0) + 1;
    }
  }
  return { filesScanned, findings: findings.length, suppressed, bySeverity, byRule, byCategory, byFile };
}
