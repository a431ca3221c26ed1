/**
 * The one report every output renders: the webview, and the Markdown, HTML, JSON and SARIF
 * exports of the editor and of `privacy-lens report`. Built once from a workspace scan, the
 * review file and the settings, so that the editor and the CLI say the same thing.
 */
import type { ChecklistItem } from '../checklist/model';
import type { DpiaScreening } from '../dpia/model';
import type { DataInventory } from '../inventory/model';
import type { Severity } from '../model';
import type { FindingReviewEntry, ReviewEntry, ReviewFileProblem } from '../review/model';
import type { SkippedFile } from '../scan/fileReading';
import type { FileFinding, FileSuppressedFinding, WorkspaceScanResult } from '../scan/workspaceScan';
import type { Regulation } from '../taxonomy/sensitivity';

export interface ReportFinding extends FileFinding {
  /** The DPO's decision on this finding, if recorded. */
  readonly review?: FindingReviewEntry;
}

export interface ChecklistStatus {
  readonly item: ChecklistItem;
  /** Open findings that raise this item. */
  readonly findingCount: number;
  readonly review?: ReviewEntry;
}

export interface ReportSummary {
  readonly filesScanned: number;
  readonly findings: number;
  readonly suppressed: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byRule: Readonly<Record<string, number>>;
  /** By fideslang category key. */
  readonly byCategory: Readonly<Record<string, number>>;
  /** By file, relative to the root. */
  readonly byFile: Readonly<Record<string, number>>;
  /** Files not scanned, with the reason (too large, binary, over the time budget...): nothing is left out silently. */
  readonly filesSkipped?: readonly SkippedFile[];
  /** Rules that threw on a file: that file's other findings are still reported. */
  readonly ruleErrors?: WorkspaceScanResult['ruleErrors'];
}

export interface PrivacyReport {
  readonly tool: { readonly name: string; readonly version: string };
  /** ISO date-time the report was made; tests pin it. */
  readonly generatedAt: string;
  /** Name of the scanned folder (shown as the report's subject). */
  readonly rootName: string;
  /** The laws in scope (`regulations` setting); only their citations are shown. */
  readonly regulations: readonly Regulation[];
  readonly summary: ReportSummary;
  readonly findings: readonly ReportFinding[];
  readonly suppressed: readonly FileSuppressedFinding[];
  readonly checklist: readonly ChecklistStatus[];
  readonly inventory: DataInventory;
  readonly dpia: DpiaScreening;
  /** Set when the review file could not be read as it was. */
  readonly reviewProblem?: ReviewFileProblem;
  readonly notLegalAdvice: string;
}
