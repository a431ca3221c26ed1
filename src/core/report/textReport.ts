/** The CLI's default output: one line per finding, then a summary. */
import type { WorkspaceScanResult } from '../scan/workspaceScan';

export function buildTextReport(result: WorkspaceScanResult): string {
  const lines = result.findings.map(
    (f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.column + 1}  ${f.severity.padEnd(11)} ${f.ruleId.padEnd(30)} ${f.message}`,
  );
  const counts = new Map<string, number>();
  for (const f of result.findings) {
    counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  }
  const bySeverity = [...counts].map(([severity, n]) => `${n} ${severity}`).join(', ') || 'none';
  lines.push('', `${result.findings.length} finding(s) (${bySeverity}) in ${result.filesScanned} file(s) scanned; ${result.suppressed.length} suppressed.`);
  for (const skipped of result.skipped) {
    lines.push(`skipped ${skipped.file}: ${skipped.reason} (${skipped.detail})`);
  }
  for (const error of result.ruleErrors) {
    lines.push(`rule ${error.ruleId} failed on ${error.file}: ${error.message}`);
  }
  return lines.join('\n') + '\n';
}
