/**
 * The JSON report: stable from version 0.1.0. Lines and columns are 1-based; `file` is relative
 * to the scan root with `/` separators.
 */
import { SEVERITIES, type Severity, type TextRange } from '../model';
import type { ScanResultLists } from '../scan/workspaceScan';
import type { ReportList } from './reportList';
import { TOOL_NAME, TOOL_VERSION } from '../version';

export interface JsonRange {
  readonly start: { readonly line: number; readonly column: number };
  readonly end: { readonly line: number; readonly column: number };
}

export interface JsonFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly range: JsonRange;
  readonly dataCategories: readonly string[];
  readonly checklist: readonly string[];
  readonly fingerprint: string;
}

/** As read back from a file the findings are an array; as built from a spooled scan, streamed. */
export interface JsonReport<Findings extends ReportList<JsonFinding> = readonly JsonFinding[]> {
  readonly tool: { readonly name: string; readonly version: string };
  readonly findings: Findings;
  readonly summary: {
    readonly filesScanned: number;
    readonly findingsByRule: Readonly<Record<string, number>>;
    readonly findingsBySeverity: Readonly<Record<Severity, number>>;
    readonly suppressed: number;
    readonly filesSkipped: readonly { readonly file: string; readonly reason: string; readonly detail: string }[];
    readonly ruleErrors: readonly { readonly file: string; readonly ruleId: string; readonly message: string }[];
  };
}

export function toOneBased(range: TextRange): JsonRange {
  return {
    start: { line: range.start.line + 1, column: range.start.column + 1 },
    end: { line: range.end.line + 1, column: range.end.column + 1 },
  };
}

/** The counts walk the findings once; the findings list is mapped lazily, so a streamed one is walked again only as it is written. */
export function buildJsonReport(result: ScanResultLists): JsonReport<ReportList<JsonFinding>> {
  const findingsByRule: Record<string, number> = {};
  const findingsBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of result.findings) {
    findingsByRule[finding.ruleId] = (findingsByRule[finding.ruleId] ?? 0) + 1;
    findingsBySeverity[finding.severity]++;
  }
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.file,
      range: toOneBased(f.range),
      dataCategories: f.dataCategories,
      checklist: f.checklist,
      fingerprint: f.fingerprint,
    })),
    summary: {
      filesScanned: result.filesScanned,
      findingsByRule,
      findingsBySeverity,
      suppressed: result.suppressed.length,
      filesSkipped: result.skipped,
      ruleErrors: result.ruleErrors,
    },
  };
}
