/**
 * The DPO checklist: each item's closed question, how many open findings raise it, the recorded
 * decision, the evidence that answers it and what each law in scope says; in VS Code, the form
 * that records the decision.
 */
import type { ChecklistStatus } from '../../core/report/reportModel';
import { hipaaAppliesTo } from './checklistScope';
import { lawForItem } from './citations';
import type { RenderContext } from './context';
import { h, section } from './dom';
import { count } from './format';
import { recordedReview, reviewForm } from './reviewControls';

export function checklistSection(context: RenderContext): HTMLElement {
  const { checklist } = context.report;
  const open = checklist.filter((status) => status.findingCount > 0).length;
  return section(
    'checklist',
    'DPO checklist',
    h('p', { className: 'section-intro' }, `${count(checklist.length, 'item')}, ${open} raised by open findings.`),
    ...checklist.map((status) => checklistItem(context, status)),
  );
}

function checklistItem(context: RenderContext, status: ChecklistStatus): HTMLElement {
  const { item } = status;
  const host = context.host;
  const element = h(
    'article',
    { id: `item-${item.id}`, className: 'checklist-item', data: { itemId: item.id, open: String(status.findingCount) }, attrs: { tabindex: '-1', 'aria-labelledby': `item-title-${item.id}` } },
    h('h3', { id: `item-title-${item.id}` }, item.title, ' ', h('code', { className: 'item-id' }, item.id)),
    h('p', { className: 'question' }, item.question),
    h(
      'div',
      { className: 'item-status' },
      h('span', { className: `finding-count${status.findingCount > 0 ? ' has-findings' : ''}` }, count(status.findingCount, 'open finding')),
      recordedReview(status.review),
    ),
    h('p', { className: 'raised-by' }, 'Raised by: ', item.ruleIds.join(', ')),
    h('div', { className: 'evidence' }, h('h4', {}, 'Evidence that answers it'), h('ul', {}, ...item.evidence.map((evidence) => h('li', {}, evidence)))),
    lawForItem(item, context.report.regulations),
    host
      ? reviewForm(context, host, {
          kind: 'checklist',
          id: item.id,
          title: item.title,
          ...(status.review ? { current: status.review } : {}),
          offerHipaaOutcome: hipaaAppliesTo(item, context.report.regulations),
          change: (entry) => ({ kind: 'checklist', itemId: item.id, entry }),
        })
      : undefined,
  );
  if (host) {
    const open = h('button', { className: 'link', data: { action: 'open-checklist-item' }, attrs: { type: 'button' } }, 'Open the item as a document');
    open.addEventListener('click', () => host.post({ type: 'openChecklistItem', itemId: item.id }));
    element.querySelector('.raised-by')?.append(h('span', { className: 'open-item' }, ' · ', open));
  }
  return element;
}
