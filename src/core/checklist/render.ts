/**
 * The checklist as Markdown: one item (the document a diagnostic's link opens, and the help text
 * of SARIF rules) or the whole list. Only the regulations in scope are shown, each with whether it
 * applies and as of when; unverified and secondary-source citations stay marked as such. The
 * not-legal-advice line is said once, at the foot of each document.
 */
import { REGULATION_NAMES, REGULATIONS, type Regulation, type Verification } from '../taxonomy/sensitivity';
import { CHECKLIST_AS_OF, CHECKLIST_VERSION } from './edition';
import type { Applicability, ChecklistItem, NotificationClock } from './model';

export const NOT_LEGAL_ADVICE =
  'Privacy Lens points at code that may need legal review; it is not legal advice. A qualified DPO or counsel decides.';

/** Appended to a provision or a clock; primary text needs no mark. */
export const VERIFICATION_MARK: Readonly<Record<Verification, string>> = {
  primary: '',
  secondary: ' *(secondary source only)*',
  unverified: ' **(UNVERIFIED: confirm before relying on it)**',
};

export const APPLICABILITY_LABEL: Readonly<Record<Applicability, string>> = {
  applies: 'Applies',
  depends: 'Applies only in some cases',
  'does-not-apply': 'Does not apply',
};

export function renderChecklistItemMarkdown(item: ChecklistItem, regulations: readonly Regulation[] = REGULATIONS): string {
  return [...itemLines(item, regulations, 1), ...footer()].join('\n');
}

/** The whole checklist as one document, for the DPO to read or print. */
export function renderChecklistMarkdown(items: readonly ChecklistItem[], regulations: readonly Regulation[] = REGULATIONS): string {
  const lines = ['# DPO checklist', '', `${items.length} items. Regulations in scope: ${regulations.map((r) => REGULATION_NAMES[r]).join(', ')}.`, ''];
  for (const item of items) {
    lines.push(...itemLines(item, regulations, 2));
  }
  return [...lines, ...footer()].join('\n');
}

function itemLines(item: ChecklistItem, regulations: readonly Regulation[], level: number): string[] {
  const heading = (depth: number, text: string) => `${'#'.repeat(level + depth)} ${text}`;
  const raisedBy = item.ruleIds.length > 0 ? `raised by: ${item.ruleIds.map((r) => `\`${r}\``).join(', ')}.` : 'raised by no rule: review it for the project as a whole.';
  const lines = [heading(0, item.title), '', `**${item.question}**`, '', `Checklist item \`${item.id}\`, ${raisedBy}`, ''];
  lines.push(heading(1, 'Evidence that answers it'), '', ...item.evidence.map((e) => `- ${e}`), '');
  lines.push(heading(1, 'What the law says'), '');
  for (const regulation of regulations) {
    lines.push(heading(2, REGULATION_NAMES[regulation]), '', ...regulationLines(item, regulation));
  }
  return lines;
}

function regulationLines(item: ChecklistItem, regulation: Regulation): string[] {
  const scope = item.applicability[regulation];
  const lines = [`*${APPLICABILITY_LABEL[scope.applicability]}* (as of ${scope.asOf}): ${scope.note}.`, ''];
  const citations = item.citations.filter((c) => c.regulation === regulation);
  lines.push(...citations.map((c) => `- **${c.provision}**: ${c.paraphrase}${VERIFICATION_MARK[c.verification]}`));
  const clocks = (item.deadlines ?? []).filter((c) => c.regulation === regulation);
  if (clocks.length > 0) {
    lines.push('', 'Notification clocks:', '', ...clocks.map(clockLine));
  }
  return citations.length > 0 || clocks.length > 0 ? [...lines, ''] : lines;
}

function clockLine(clock: NotificationClock): string {
  return `- **${clock.notify}**: ${clock.deadline} (${clock.provision})${VERIFICATION_MARK[clock.verification]}`;
}

function footer(): string[] {
  return ['---', '', `_Checklist version ${CHECKLIST_VERSION}, citations as of ${CHECKLIST_AS_OF}. ${NOT_LEGAL_ADVICE}_`, ''];
}
