/**
 * The report as Markdown, for a pull request or a wiki page: the summary, the findings by file,
 * the checklist with its citations, the DPIA screening and the data inventory. Paths are links
 * relative to the scanned root, so the file reads best committed at (or posted about) that root.
 */
import { SEVERITIES } from '../model';
import { renderChecklistMarkdown } from './markdownChecklist';
import { renderDpiaMarkdown } from './markdownDpia';
import { renderInventoryMarkdown } from './markdownInventory';
import { code, fileLink, linkTarget, table, text } from './markdownText';
import type { PrivacyReport, ReportFinding } from './reportModel';
import { lawsInScope, statusLabel } from './reportWording';

/** How many files the "top files" table lists. */
export const TOP_FILES = 10;

export function renderMarkdownReport(report: PrivacyReport): string {
  const sections = [
    renderHeader(report),
    renderSummary(report),
    renderFindings(report),
    renderSuppressed(report),
    ['## DPO checklist', '', ...renderChecklistMarkdown(report.checklist, report.regulations, { fromScan: true })],
    ['## DPIA screening', '', ...renderDpiaMarkdown(report.dpia)],
    ['## Data inventory (draft record of processing, GDPR Art. 30(1))', '', ...renderInventoryMarkdown(report.inventory)],
  ];
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

function renderHeader(report: PrivacyReport): string[] {
  const laws = lawsInScope(report.regulations);
  const lines = [
    `# Privacy report: ${text(report.rootName)}`,
    '',
    `Generated ${text(report.generatedAt)} by ${report.tool.name} ${report.tool.version}. Laws in scope: ${laws}.`,
    '',
    `> ${text(report.notLegalAdvice)}`,
  ];
  if (report.reviewProblem) {
    lines.push('', `> **Review file problem:** ${text(report.reviewProblem.message)}`);
  }
  return lines;
}

function renderSummary(report: PrivacyReport): string[] {
  const { summary } = report;
  const lines = ['## Summary', '', `${summary.findings} open finding(s) in ${summary.filesScanned} file(s) scanned; ${summary.suppressed} suppressed.`, ''];
  const bySeverity = SEVERITIES.map((s) => [s, String(summary.bySeverity[s])]);
  lines.push(...table(['Severity', 'Findings'], bySeverity, 'none'), '');
  lines.push(...table(['Rule', 'Findings'], countRows(summary.byRule).map(([rule, n]) => [code(rule), n]), 'no findings'), '');
  lines.push(...table(['Data category', 'Findings'], countRows(summary.byCategory).map(([key, n]) => [code(key), n]), 'no findings'), '');
  const topFiles = countRows(summary.byFile).slice(0, TOP_FILES);
  lines.push(...table(['File', 'Findings'], topFiles.map(([file, n]) => [`[${text(file)}](${linkTarget(file)})`, n]), 'no findings'));
  const otherFiles = Object.keys(summary.byFile).length - topFiles.length;
  if (otherFiles > 0) {
    lines.push('', `_And ${otherFiles} more file(s)._`);
  }
  return [...lines, ...renderNotScanned(summary)];
}

/** Files skipped and rules that failed: a reader must know what the counts above leave out. */
function renderNotScanned(summary: PrivacyReport['summary']): string[] {
  const lines: string[] = [];
  const skipped = summary.filesSkipped ?? [];
  if (skipped.length > 0) {
    lines.push('', `### Files not scanned (${skipped.length})`, '');
    lines.push(...table(['File', 'Reason', 'Detail'], skipped.map((s) => [text(s.file), code(s.reason), text(s.detail)]), ''));
  }
  const ruleErrors = summary.ruleErrors ?? [];
  if (ruleErrors.length > 0) {
    lines.push('', `### Rules that failed (${ruleErrors.length})`, '', 'The other rules\' findings for these files are reported.', '');
    lines.push(...table(['File', 'Rule', 'Error'], ruleErrors.map((e) => [text(e.file), code(e.ruleId), text(e.message)]), ''));
  }
  return lines;
}

/** Most findings first, then by name, so the order never depends on the scan's. */
function countRows(counts: Readonly<Record<string, number>>): [string, string][] {
  return Object.entries(counts)
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, n]) => [key, String(n)]);
}

function renderFindings(report: PrivacyReport): string[] {
  const lines = ['## Findings'];
  if (report.findings.length === 0) {
    return [...lines, '', '_No open findings._'];
  }
  for (const [file, findings] of groupByFile(report.findings)) {
    lines.push('', `### ${text(file)}`, '', ...findings.map(findingLine));
  }
  return lines;
}

function findingLine(finding: ReportFinding): string {
  const line = `- ${fileLink(finding.file, finding.range)} **${finding.severity}** ${code(finding.ruleId)}: ${text(finding.message)}`;
  const review = finding.review;
  if (!review) {
    return line;
  }
  const who = [review.reviewer, review.date].filter((part) => part !== undefined).map((part) => text(part));
  const note = review.note ? `: ${text(review.note)}` : '';
  return `${line}<br>Review: ${statusLabel(review)}${who.length > 0 ? ` (${who.join(', ')})` : ''}${note}`;
}

function groupByFile(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const groups = new Map<string, ReportFinding[]>();
  for (const finding of findings) {
    groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
  }
  return groups;
}

function renderSuppressed(report: PrivacyReport): string[] {
  if (report.suppressed.length === 0) {
    return ['## Suppressed findings', '', '_None._'];
  }
  return [
    '## Suppressed findings',
    '',
    ...report.suppressed.map((f) => `- ${fileLink(f.file, f.range)} ${code(f.ruleId)}: ${f.suppressionReason ? text(f.suppressionReason) : '_no reason given_'}`),
  ];
}
