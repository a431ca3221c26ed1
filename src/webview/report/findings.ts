/**
 * Findings grouped by file, each with its place (a link in VS Code), rule, message, data
 * categories, the checklist items it raises and the DPO's decision; then the suppressed ones with
 * the reason recorded in the code.
 */
import type { ReportFinding } from '../../core/report/reportModel';
import { hipaaAppliesTo } from './checklistScope';
import type { RenderContext } from './context';
import { h, section, table, type Child } from './dom';
import { count, fileAndLine, SEVERITY_LABELS } from './format';
import { locationElement } from './location';
import { recordedReview, reviewForm, reviewKey } from './reviewControls';

export function findingsSection(context: RenderContext): HTMLElement {
  const { findings, suppressed } = context.report;
  const groups = groupByFile(findings);
  return section(
    'findings',
    'Findings',
    findings.length === 0 ? h('p', { className: 'empty' }, 'No open findings.') : undefined,
    ...[...groups].map(([file, inFile]) => fileGroup(context, file, inFile)),
    suppressed.length > 0
      ? table(
          'suppressed',
          `Suppressed in the code (${suppressed.length})`,
          ['Where', 'Rule', 'Reason given'],
          suppressed.map((finding) => [locationElement(context, finding.file, finding.range.start), h('code', {}, finding.ruleId), finding.suppressionReason]),
        )
      : undefined,
  );
}

/** Files in the order the report lists its findings (the engine sorts them by file, then place). */
function groupByFile(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const groups = new Map<string, ReportFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) {
      group.push(finding);
    } else {
      groups.set(finding.file, [finding]);
    }
  }
  return groups;
}

function fileGroup(context: RenderContext, file: string, findings: readonly ReportFinding[]): HTMLElement {
  return h('div', { className: 'file-group', data: { file } }, h('h3', {}, h('span', { className: 'file-name' }, file), h('span', { className: 'count' }, ` ${count(findings.length, 'finding')}`)), ...findings.map((finding) => findingElement(context, finding)));
}

function findingElement(context: RenderContext, finding: ReportFinding): HTMLElement {
  return h(
    'article',
    { className: `finding severity-${finding.severity}`, data: { fingerprint: finding.fingerprint, ruleId: finding.ruleId } },
    h(
      'div',
      { className: 'finding-head' },
      h('span', { className: `severity severity-${finding.severity}` }, SEVERITY_LABELS[finding.severity]),
      locationElement(context, finding.file, finding.range.start),
      h('code', { className: 'rule' }, finding.ruleId),
    ),
    h('p', { className: 'message' }, finding.message),
    finding.dataCategories.length > 0 ? h('p', { className: 'categories' }, 'Data: ', ...joined(finding.dataCategories.map((category) => h('code', {}, category)))) : undefined,
    finding.checklist.length > 0 ? h('p', { className: 'raises' }, 'Checklist: ', ...joined(finding.checklist.map((itemId) => itemLink(itemId)))) : undefined,
    (finding.related ?? []).length > 0
      ? h('ul', { className: 'related' }, ...(finding.related ?? []).map((related) => h('li', {}, locationElement(context, finding.file, related.range.start), ` ${related.message}`)))
      : undefined,
    finding.review ? recordedReview(finding.review) : undefined,
    context.host ? findingReview(context, finding) : undefined,
  );
}

function findingReview(context: RenderContext, finding: ReportFinding): HTMLElement | undefined {
  const host = context.host;
  if (!host) {
    return undefined;
  }
  const title = `${finding.ruleId} at ${fileAndLine(finding.file, finding.range.start.line)}`;
  const items = context.report.checklist.filter((status) => finding.checklist.includes(status.item.id));
  const makeForm = (): HTMLElement => reviewForm(context, host, {
    kind: 'finding',
    id: finding.fingerprint,
    title,
    ...(finding.review ? { current: finding.review } : {}),
    offerHipaaOutcome: items.some((status) => hipaaAppliesTo(status.item, context.report.regulations)),
    // Where the finding is, and a suppression reason already recorded, stay with the decision.
    change: (entry) => ({
      kind: 'finding',
      fingerprint: finding.fingerprint,
      entry: { ...entry, ruleId: finding.ruleId, file: finding.file, ...(finding.review?.suppressionReason ? { suppressionReason: finding.review.suppressionReason } : {}) },
    }),
  });
  const details = h('details', { className: 'finding-review' }, h('summary', {}, finding.review ? 'Change the review' : 'Review this finding'));
  // A workspace can have thousands of findings: a form is made when its finding is first opened,
  // except one with unsaved edits or a save outcome, which is made and left open across re-renders.
  const key = reviewKey('finding', finding.fingerprint);
  const state = context.reviewState;
  if (state.draft(key) !== undefined || state.outcome(key) !== undefined || state.isAwaiting(key)) {
    details.append(makeForm());
    details.open = true;
  } else {
    details.addEventListener('toggle', () => {
      if (details.open && !details.querySelector('.review-form')) {
        details.append(makeForm());
      }
    });
  }
  return details;
}

/** An in-page link to a checklist item: scrolls to it. */
function itemLink(itemId: string): HTMLElement {
  const link = h('button', { className: 'link', data: { gotoItem: itemId }, attrs: { type: 'button' } }, itemId);
  link.addEventListener('click', () => {
    for (const item of document.querySelectorAll<HTMLElement>('.checklist-item[data-item-id]')) {
      if (item.dataset.itemId === itemId) {
        item.scrollIntoView({ block: 'start' });
      }
    }
  });
  return link;
}

function joined(children: readonly Child[]): Child[] {
  return children.flatMap((child, index) => (index === 0 ? [child] : [', ', child]));
}
