/**
 * What the law says about a checklist item, per law in scope: whether it applies (and as of when),
 * each provision with its paraphrase and a visible verification mark, and the breach-notification
 * clocks where the item has them.
 */
import type { ChecklistItem, Citation } from '../../core/checklist/model';
import { REGULATION_NAMES, type Regulation, type Verification } from '../../core/taxonomy/sensitivity';
import { deadlinesOf, scopeOf } from './checklistScope';
import { h, table } from './dom';
import { APPLICABILITY_LABELS, VERIFICATION_LABELS } from './format';

/** The mark every citation carries: primary text, secondary source, or UNVERIFIED. */
export function verificationMark(verification: Verification): HTMLElement {
  return h('span', { className: `verification verification-${verification}`, data: { verification } }, VERIFICATION_LABELS[verification]);
}

export function lawForItem(item: ChecklistItem, regulations: readonly Regulation[]): HTMLElement {
  const blocks = regulations.map((regulation) => regulationBlock(item, regulation)).filter((block): block is HTMLElement => block !== undefined);
  return h(
    'div',
    { className: 'law' },
    blocks.length > 0 ? h('div', { className: 'regulations' }, ...blocks) : h('p', { className: 'empty' }, 'No provision cited for the laws in scope.'),
    breachClocks(item, regulations),
  );
}

function regulationBlock(item: ChecklistItem, regulation: Regulation): HTMLElement | undefined {
  const citations = item.citations.filter((citation) => citation.regulation === regulation);
  const scope = scopeOf(item, regulation);
  if (citations.length === 0 && !scope) {
    return undefined;
  }
  return h(
    'div',
    { className: 'regulation-block', data: { regulation } },
    h(
      'h4',
      {},
      REGULATION_NAMES[regulation],
      scope ? h('span', { className: `applicability applicability-${scope.applicability}`, data: { applicability: scope.applicability } }, ` ${APPLICABILITY_LABELS[scope.applicability]}`) : '',
    ),
    scope ? h('p', { className: 'scope-note' }, scope.note, h('span', { className: 'as-of' }, ` (as of ${scope.asOf})`)) : undefined,
    citations.length > 0 ? h('ul', { className: 'citations' }, ...citations.map(citationLine)) : undefined,
  );
}

function citationLine(citation: Citation): HTMLElement {
  return h('li', { className: 'citation', data: { verification: citation.verification } }, h('strong', { className: 'provision' }, citation.provision), ` ${citation.paraphrase} `, verificationMark(citation.verification));
}

function breachClocks(item: ChecklistItem, regulations: readonly Regulation[]): HTMLElement | undefined {
  const clocks = deadlinesOf(item).filter((clock) => regulations.includes(clock.regulation));
  if (clocks.length === 0) {
    return undefined;
  }
  return table(
    'breach-clocks',
    'Breach-notification clocks',
    ['Law', 'Notify', 'Deadline', 'Provision', 'Verified against'],
    clocks.map((clock) => [REGULATION_NAMES[clock.regulation], clock.notify, h('strong', {}, clock.deadline), clock.provision, verificationMark(clock.verification)]),
  );
}
