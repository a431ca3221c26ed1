/**
 * A real report of test/fixtures/workspace for the browser tests: the findings come from scanning
 * it with the engine, the checklist is the engine's, and the rest (a few review decisions, the
 * inventory grouped from the findings, DPIA triggers and a breach-readiness item, exampleLaw.ts)
 * is put together here the simple way, until the report builder lands on main.
 */
import * as path from 'node:path';
import { CHECKLIST } from '../../../src/core/checklist/items';
import { NOT_LEGAL_ADVICE } from '../../../src/core/checklist/render';
import type { DpiaScreening } from '../../../src/core/dpia/model';
import type { DataInventory, InventoryEntry, SinkKind } from '../../../src/core/inventory/model';
import { SEVERITIES, type Severity } from '../../../src/core/model';
import type { PrivacyReport, ReportFinding, ReportSummary } from '../../../src/core/report/reportModel';
import type { FindingReviewEntry, ReviewEntry } from '../../../src/core/review/model';
import { scanWorkspace, type FileFinding } from '../../../src/core/scan/workspaceScan';
import { categoryLabel } from '../../../src/core/taxonomy/categories';
import { REGULATIONS, sensitivityOf } from '../../../src/core/taxonomy/sensitivity';
import { BREACH_READINESS_EXAMPLE, DPIA_TRIGGERS_EXAMPLE } from './exampleLaw';

const DECLARING_RULES = new Set(['personal-data-field', 'sensitive-personal-data-field']);
const SINK_OF_RULE: Readonly<Record<string, SinkKind>> = {
  'personal-data-in-log': 'log',
  'personal-data-in-url': 'url',
  'personal-data-in-error': 'error',
  'personal-data-in-client-storage': 'client-storage',
  'personal-data-to-third-party': 'third-party',
};

const CHECKLIST_REVIEWS: Readonly<Record<string, ReviewEntry>> = {
  'logging-minimisation': { status: 'to-correct', reviewer: 'A. Dupont (DPO)', date: '2026-11-30', note: 'Mask e-mail addresses and phone numbers before they reach the logs.' },
  'encryption-in-transit': { status: 'improvable', reviewer: 'A. Dupont (DPO)', date: '2026-11-30' },
  'personal-data-inventory': { status: 'acceptable', hipaaOutcome: 'implemented', reviewer: 'A. Dupont (DPO)', date: '2026-11-28', note: 'Covered by RoPA entry 12.' },
};

export async function exampleReport(repoRoot: string): Promise<PrivacyReport> {
  const root = path.join(repoRoot, 'test', 'fixtures', 'workspace');
  const scan = await scanWorkspace(root, [root]);
  const findings = scan.findings.map(withExampleReview);
  const checklist = [...CHECKLIST, BREACH_READINESS_EXAMPLE].map((item) => {
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
    inventory: inventoryOf(findings),
    dpia: screeningOf(findings),
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

/** One row per category: declared where a field rule found it, sent where a sink rule did; no annotations, so purpose and the rest are unknown. */
function inventoryOf(findings: readonly ReportFinding[]): DataInventory {
  const entries = new Map<string, InventoryEntry>();
  for (const finding of findings) {
    const sink = SINK_OF_RULE[finding.ruleId];
    for (const category of finding.dataCategories) {
      const entry = entries.get(category) ?? { category, categoryName: categoryLabel(category), sensitive: sensitivityOf(category).length > 0, declaredIn: [], sinks: [], recipients: [], purposes: [], lawfulBases: [], retention: [] };
      const place = { file: finding.file, range: finding.range };
      entries.set(category, {
        ...entry,
        declaredIn: DECLARING_RULES.has(finding.ruleId) ? [...entry.declaredIn, place] : entry.declaredIn,
        sinks: sink ? [...entry.sinks, { kind: sink, ruleId: finding.ruleId, location: place, fingerprint: finding.fingerprint }] : entry.sinks,
      });
    }
  }
  return { entries: [...entries.values()].sort((a, b) => a.category.localeCompare(b.category)), records: [] };
}

function screeningOf(findings: readonly ReportFinding[]): DpiaScreening {
  const results = DPIA_TRIGGERS_EXAMPLE.map(({ trigger, hitBy }) => {
    const evidence = findings
      .filter((finding) => hitBy.includes(finding.ruleId))
      .map((finding) => ({ fingerprint: finding.fingerprint, ruleId: finding.ruleId, file: finding.file, line: finding.range.start.line, why: finding.message }));
    return { trigger, hit: evidence.length > 0, evidence };
  });
  return { results, wp248CriteriaMet: results.filter((result) => result.hit && result.trigger.id.startsWith('wp248-')).length };
}
