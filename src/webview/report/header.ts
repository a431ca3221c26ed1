/**
 * The top of the report: what was scanned, when and by which version, the laws in scope, the one
 * not-legal-advice line, a warning when the review file could not be read, the section links and,
 * in VS Code, the rescan and export buttons.
 */
import type { FromWebview, ReportSection } from '../../core/report/webviewMessages';
import { REGULATION_NAMES } from '../../core/taxonomy/sensitivity';
import type { ExtensionHost, RenderContext } from './context';
import { h } from './dom';
import { utcDateTime } from './format';

export const SECTION_TITLES: Readonly<Record<ReportSection, string>> = {
  summary: 'Summary',
  findings: 'Findings',
  inventory: 'Data inventory',
  dpia: 'DPIA screening',
  checklist: 'DPO checklist',
};

/** The order the sections appear in. */
export const SECTION_ORDER: readonly ReportSection[] = ['summary', 'findings', 'inventory', 'dpia', 'checklist'];

export function reportHeader(context: RenderContext): HTMLElement {
  const { report } = context;
  const laws = report.regulations.map((regulation) => REGULATION_NAMES[regulation]).join(', ');
  return h(
    'header',
    { className: 'report-header' },
    h('h1', {}, `Privacy report: ${report.rootName}`),
    h('p', { className: 'meta' }, `Generated ${utcDateTime(report.generatedAt)} by ${report.tool.name} ${report.tool.version}. Laws in scope: ${laws || 'none'}.`),
    h('p', { className: 'not-legal-advice', attrs: { role: 'note' } }, report.notLegalAdvice),
    report.reviewProblem
      ? h(
          'p',
          { className: 'review-problem', attrs: { role: 'alert' } },
          report.reviewProblem.message,
          report.reviewProblem.backupPath ? ` A copy was kept at ${report.reviewProblem.backupPath}.` : '',
        )
      : undefined,
    context.host ? toolbar(context.host) : undefined,
    sectionLinks(),
  );
}

function sectionLinks(): HTMLElement {
  const links = SECTION_ORDER.map((name) => {
    const link = h('button', { className: 'link', data: { goto: name }, attrs: { type: 'button' } }, SECTION_TITLES[name]);
    link.addEventListener('click', () => document.getElementById(`section-${name}`)?.scrollIntoView({ block: 'start' }));
    return h('li', {}, link);
  });
  return h('nav', { className: 'section-links', attrs: { 'aria-label': 'Report sections' } }, h('ul', {}, ...links));
}

const EXPORTS: readonly { readonly format: Extract<FromWebview, { type: 'export' }>['format']; readonly label: string }[] = [
  { format: 'html', label: 'HTML for the DPO' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'sarif', label: 'SARIF' },
  { format: 'json', label: 'JSON' },
];

function toolbar(host: ExtensionHost): HTMLElement {
  const rescan = h('button', { data: { action: 'rescan' }, attrs: { type: 'button' } }, 'Rescan');
  rescan.addEventListener('click', () => host.post({ type: 'rescan' }));
  const exports = EXPORTS.map(({ format, label }) => {
    const button = h('button', { className: 'secondary', data: { action: 'export', format }, attrs: { type: 'button', 'aria-label': `Export the report as ${label}` } }, label);
    button.addEventListener('click', () => host.post({ type: 'export', format }));
    return button;
  });
  return h('div', { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Report actions' } }, rescan, h('span', { className: 'toolbar-label' }, 'Export:'), ...exports);
}
