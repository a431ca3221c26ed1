/** The CLI's default output: one line per finding, then a summary. */
import type { ScanResultLists } from '../scan/workspaceScan';

export function buildTextReport(result: ScanResultLists): string {
  return [...textReportLines(result)].join('');
}

/** The text report a line at a time (each with its line break): a streamed result is walked once. */
export function* textReportLines(result: ScanResultLists): Generator<string> {
  const counts = new Map<string, number>();
  for (const f of result.findings) {
    counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    yield `${f.file}:${f.range.start.line + 1}:${f.range.start.column + 1}  ${f.severity.padEnd(11)} ${f.ruleId.padEnd(30)} ${f.message}\n`;
  }
  const bySeverity = [...counts].map(([severity, n]) => `${n} ${severity}`).join(', ') || 'none';
  yield '\n';
  yield `${result.findings.length} finding(s) (${bySeverity}) in ${result.filesScanned} file(s) scanned; ${result.suppressed.length} suppressed.\n`;
  for (const skipped of result.skipped) {
    yield `skipped ${skipped.file}: ${skipped.reason} (${skipped.detail})\n`;
  }
  for (const error of result.ruleErrors) {
    yield `rule ${error.ruleId} failed on ${error.file}: ${error.message}\n`;
  }
}
