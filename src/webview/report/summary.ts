/**
 * The summary: counts by severity, rule, data category and file, each as a table with a bar so
 * the largest stands out, most first.
 */
import { SEVERITIES } from '../../core/model';
import type { RenderContext } from './context';
import { h, section, table } from './dom';
import { count, SEVERITY_LABELS } from './format';

export function summarySection(context: RenderContext): HTMLElement {
  const { summary } = context.report;
  const totals = h(
    'p',
    { className: 'totals' },
    `${count(summary.findings, 'open finding')} in ${count(summary.filesScanned, 'file')} scanned`,
    summary.suppressed > 0 ? `, ${summary.suppressed} suppressed with a recorded reason` : '',
    '.',
  );
  const severities = SEVERITIES.map((severity) => [SEVERITY_LABELS[severity], summary.bySeverity[severity]] as const);
  return section(
    'summary',
    'Summary',
    totals,
    h(
      'div',
      { className: 'summary-grid' },
      countTable('by-severity', 'By severity', 'Severity', severities, summary.findings),
      countTable('by-rule', 'By rule', 'Rule', sortedCounts(summary.byRule), summary.findings),
      countTable('by-category', 'By data category', 'Data category', sortedCounts(summary.byCategory), summary.findings),
      countTable('by-file', 'By file', 'File', sortedCounts(summary.byFile), summary.findings),
    ),
    ...notScanned(summary),
  );
}

/** Files skipped and rules that failed, as text: the counts above leave them out, so say so. */
function notScanned(summary: RenderContext['report']['summary']): HTMLElement[] {
  const tables: HTMLElement[] = [];
  const skipped = summary.filesSkipped ?? [];
  if (skipped.length > 0) {
    tables.push(table('not-scanned', `Files not scanned (${skipped.length})`, ['File', 'Reason', 'Detail'], skipped.map((s) => [s.file, s.reason, s.detail])));
  }
  const ruleErrors = summary.ruleErrors ?? [];
  if (ruleErrors.length > 0) {
    tables.push(table('rule-errors', `Rules that failed (${ruleErrors.length}); the other rules' findings are shown`, ['File', 'Rule', 'Error'], ruleErrors.map((e) => [e.file, e.ruleId, e.message])));
  }
  return tables;
}

/** Most first; ties by name so the order is the same every time. */
function sortedCounts(counts: Readonly<Record<string, number>>): (readonly [string, number])[] {
  return Object.entries(counts).sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
}

function countTable(className: string, caption: string, what: string, rows: readonly (readonly [string, number])[], total: number): HTMLElement {
  if (rows.length === 0) {
    return h('p', { className: `counts ${className} empty` }, `${caption}: nothing to count.`);
  }
  return table(
    `counts ${className}`,
    caption,
    [what, 'Findings', 'Share'],
    rows.map(([name, n]) => [h('span', { className: 'name' }, name), String(n), bar(n, total)]),
  );
}

/** A bar whose width is the share of all findings; CSSOM, not a style attribute, so the CSP allows it. */
function bar(n: number, total: number): HTMLElement {
  const share = total > 0 ? Math.round((n / total) * 100) : 0;
  const fill = h('span', { className: 'bar-fill' });
  fill.style.width = `${share}%`;
  return h('span', { className: 'bar', attrs: { role: 'img', 'aria-label': `${share}% of findings` } }, fill);
}
