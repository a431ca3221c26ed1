/**
 * The DPO checklist on its own, with the review state and no scan behind it
 * (`privacy-lens checklist`): as plain text for a terminal, Markdown, or JSON for tools.
 * Only the citations of the laws in scope are shown, each with how it was verified.
 */
import { CHECKLIST_AS_OF, CHECKLIST_VERSION } from '../checklist/items';
import type { ChecklistItem } from '../checklist/model';
import { APPLICABILITY_LABEL, NOT_LEGAL_ADVICE } from '../checklist/render';
import type { ReviewFileProblem } from '../review/model';
import { REGULATION_NAMES, type Regulation, type Verification } from '../taxonomy/sensitivity';
import { renderChecklistMarkdown } from './markdownChecklist';
import { text } from './markdownText';
import { itemInScope } from './privacyJsonReport';
import type { ChecklistStatus } from './reportModel';
import { lawsInScope, statusLabel } from './reportWording';

export interface ChecklistView {
  readonly statuses: readonly ChecklistStatus[];
  readonly regulations: readonly Regulation[];
  readonly reviewProblem?: ReviewFileProblem;
}

const TEXT_MARKS: Readonly<Record<Verification, string>> = { primary: '', secondary: ' [secondary source]', unverified: ' [UNVERIFIED]' };

export function renderChecklistText(view: ChecklistView): string {
  const laws = lawsInScope(view.regulations);
  const lines = [`DPO checklist (version ${CHECKLIST_VERSION}, citations as of ${CHECKLIST_AS_OF}; laws in scope: ${laws})`, NOT_LEGAL_ADVICE];
  for (const { item, review } of view.statuses) {
    const who = [review?.reviewer, review?.date].filter((part) => part !== undefined).join(', ');
    lines.push('', `${item.id}: ${statusLabel(review)}${who ? ` (${who})` : ''}`, `  ${item.title}`, `  ${item.question}`);
    if (review?.note) {
      lines.push(`  Note: ${review.note.replace(/\s*\n\s*/g, ' ')}`);
    }
    lines.push(...view.regulations.flatMap((regulation) => regulationText(item, regulation)));
  }
  return lines.join('\n') + '\n';
}

/** "  GDPR (applies): Art. 5(1)(c); s 24 [secondary source]", then one line per notification clock. */
function regulationText(item: ChecklistItem, regulation: Regulation): string[] {
  const provisions = item.citations.filter((c) => c.regulation === regulation).map((c) => `${c.provision}${TEXT_MARKS[c.verification]}`);
  const clocks = (item.deadlines ?? []).filter((c) => c.regulation === regulation);
  const stance = APPLICABILITY_LABEL[item.applicability[regulation].applicability].toLowerCase();
  return [
    `  ${REGULATION_NAMES[regulation]} (${stance}): ${provisions.join('; ') || 'no provision'}`,
    ...clocks.map((c) => `    notify ${c.notify}: ${c.deadline} (${c.provision})${TEXT_MARKS[c.verification]}`),
  ];
}

export function renderChecklistMarkdownDocument(view: ChecklistView): string {
  const laws = lawsInScope(view.regulations);
  const lines = ['# DPO checklist', '', `Laws in scope: ${laws}.`, '', `> ${text(NOT_LEGAL_ADVICE)}`];
  if (view.reviewProblem) {
    lines.push('', `> **Review file problem:** ${text(view.reviewProblem.message)}`);
  }
  lines.push('', ...renderChecklistMarkdown(view.statuses, view.regulations, { fromScan: false }));
  return lines.join('\n') + '\n';
}

export function renderChecklistJson(view: ChecklistView): string {
  const json = {
    checklistVersion: CHECKLIST_VERSION,
    asOf: CHECKLIST_AS_OF,
    regulations: view.regulations,
    notLegalAdvice: NOT_LEGAL_ADVICE,
    ...(view.reviewProblem ? { reviewProblem: view.reviewProblem } : {}),
    items: view.statuses.map(({ item, review }) => ({ ...itemInScope(item, view.regulations), ...(review ? { review } : {}) })),
  };
  return JSON.stringify(json, null, 2) + '\n';
}
