/**
 * The checklist item as Markdown: the document a diagnostic's link opens, and the help text
 * of SARIF rules. Unverified and secondary-source citations stay marked as such.
 */
import { REGULATION_NAMES, REGULATIONS, type Regulation, type Verification } from '../taxonomy/sensitivity';
import { CHECKLIST_AS_OF, CHECKLIST_VERSION } from './items';
import type { ChecklistItem } from './model';

export const NOT_LEGAL_ADVICE =
  'Privacy Lens points at code that may need legal review; it is not legal advice. A qualified DPO or counsel decides.';

const VERIFICATION_MARK: Readonly<Record<Verification, string>> = {
  primary: '',
  secondary: ' *(secondary source only)*',
  unverified: ' **(UNVERIFIED: confirm before relying on it)**',
};

export function renderChecklistItemMarkdown(item: ChecklistItem, regulations: readonly Regulation[] = REGULATIONS): string {
  const lines = [`# ${item.title}`, '', `**${item.question}**`, '', `Checklist item \`${item.id}\`, raised by: ${item.ruleIds.map((r) => `\`${r}\``).join(', ')}.`, ''];
  lines.push('## Evidence that answers it', '', ...item.evidence.map((e) => `- ${e}`), '');
  lines.push(`## What the law says (as of ${CHECKLIST_AS_OF})`, '');
  for (const regulation of regulations) {
    const citations = item.citations.filter((c) => c.regulation === regulation);
    if (citations.length === 0) {
      continue;
    }
    lines.push(`### ${REGULATION_NAMES[regulation]}`, '');
    lines.push(...citations.map((c) => `- **${c.provision}**: ${c.paraphrase}${VERIFICATION_MARK[c.verification]}`), '');
  }
  lines.push('---', '', `_Checklist version ${CHECKLIST_VERSION}, citations as of ${CHECKLIST_AS_OF}. ${NOT_LEGAL_ADVICE}_`, '');
  return lines.join('\n');
}
