/**
 * Builds the one PrivacyReport from a workspace scan and the review file: the editor's report
 * view and exports and `privacy-lens report` all call this, so they say the same thing. Pure and
 * deterministic: the time and the folder name are passed in.
 */
import { CHECKLIST } from '../checklist/items';
import { NOT_LEGAL_ADVICE } from '../checklist/render';
import { screenDpia } from '../dpia/screening';
import { buildInventory } from '../inventory/buildInventory';
import type { ReviewRead } from '../review/model';
import type { WorkspaceScanResult } from '../scan/workspaceScan';
import type { Regulation } from '../taxonomy/sensitivity';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { checklistStatuses, summarise, withReviews } from './reportParts';
import type { PrivacyReport } from './reportModel';

export interface PrivacyReportOptions {
  /** The laws in scope (the `regulations` setting). */
  readonly regulations: readonly Regulation[];
  /** ISO date-time. */
  readonly generatedAt: string;
  /** The scanned folder's name, the report's subject. */
  readonly rootName: string;
}

export function buildPrivacyReport(result: WorkspaceScanResult, review: ReviewRead, options: PrivacyReportOptions): PrivacyReport {
  const findings = withReviews(result.findings, review.state);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: options.generatedAt,
    rootName: options.rootName,
    regulations: options.regulations,
    summary: summarise(result),
    findings,
    suppressed: result.suppressed,
    checklist: checklistStatuses(CHECKLIST, findings, review.state),
    inventory: buildInventory(result),
    // Accepted findings still show the processing happens, so every open finding is screened.
    dpia: screenDpia(result.findings, options.regulations),
    ...(review.problem ? { reviewProblem: review.problem } : {}),
    notLegalAdvice: NOT_LEGAL_ADVICE,
  };
}
