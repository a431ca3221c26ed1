/**
 * The parts of the PrivacyReport that come straight from the scan and the review file: counts,
 * findings joined to their review by fingerprint, and each checklist item's status.
 */
import type { ChecklistItem } from '../checklist/model';
import { SEVERITIES, type Severity } from '../model';
import type { ReviewState } from '../review/model';
import type { FileFinding, WorkspaceScanResult } from '../scan/workspaceScan';
import type { ChecklistStatus, ReportFinding, ReportSummary } from './reportModel';

export function summarise(result: WorkspaceScanResult): ReportSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byRule: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const byFile: Record<string, number> = {};
  for (const finding of result.findings) {
    bySeverity[finding.severity]++;
    increment(byRule, finding.ruleId);
    increment(byFile, finding.file);
    for (const category of new Set(finding.dataCategories)) {
      increment(byCategory, category);
    }
  }
  return {
    filesScanned: result.filesScanned,
    findings: result.findings.length,
    suppressed: result.suppressed.length,
    bySeverity,
    byRule: sortedKeys(byRule),
    byCategory: sortedKeys(byCategory),
    byFile: sortedKeys(byFile),
    filesSkipped: result.skipped,
    ruleErrors: result.ruleErrors,
  };
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Keys in code-point order, so the JSON does not depend on the order files were scanned in. */
function sortedKeys(counts: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function withReviews(findings: readonly FileFinding[], review: ReviewState): ReportFinding[] {
  return findings.map((finding) => {
    const entry = Object.hasOwn(review.findings, finding.fingerprint) ? review.findings[finding.fingerprint] : undefined;
    return entry ? { ...finding, review: entry } : finding;
  });
}

/**
 * A finding still asks something of the DPO unless it was suppressed in the code or reviewed as
 * acceptable: those are the findings an item counts as open.
 */
export function isOpen(finding: ReportFinding): boolean {
  return finding.review?.status !== 'acceptable';
}

/** Every item, in checklist order, with the open findings raising it and its recorded review. */
export function checklistStatuses(items: readonly ChecklistItem[], findings: readonly ReportFinding[], review: ReviewState): ChecklistStatus[] {
  const open = findings.filter(isOpen);
  return items.map((item) => {
    const entry = Object.hasOwn(review.checklist, item.id) ? review.checklist[item.id] : undefined;
    const findingCount = open.filter((f) => f.checklist.includes(item.id)).length;
    return { item, findingCount, ...(entry ? { review: entry } : {}) };
  });
}
