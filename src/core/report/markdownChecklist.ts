/**
 * The DPO checklist in Markdown: one table of review status, then each item's question, evidence
 * and citations for the laws in scope, every citation carrying how it was verified. Shared by the
 * report and by `privacy-lens checklist --format markdown`.
 */
import { CHECKLIST_AS_OF, CHECKLIST_VERSION } from '../checklist/items';
import type { ChecklistItem } from '../checklist/model';
import { REGULATION_NAMES, type Regulation } from '../taxonomy/sensitivity';
import { code, table, text, VERIFICATION_MARKS } from './markdownText';
import type { ChecklistStatus } from './reportModel';
import { statusLabel } from './reportWording';

export interface ChecklistMarkdownOptions {
  /** Show the open-findings column: only meaningful when a scan stands behind the statuses. */
  readonly findingCounts: boolean;
}

/** The section's body: the report and `privacy-lens checklist` each put their own heading above it. */
export function renderChecklistMarkdown(statuses: readonly ChecklistStatus[], regulations: readonly Regulation[], options: ChecklistMarkdownOptions): string[] {
  const header = ['Item', ...(options.findingCounts ? ['Open findings'] : []), 'Status', 'Reviewer', 'Date'];
  const rows = statuses.map((s) => [
    `${text(s.item.title)} (${code(s.item.id)})`,
    ...(options.findingCounts ? [String(s.findingCount)] : []),
    statusLabel(s.review),
    s.review?.reviewer ? text(s.review.reviewer) : '',
    s.review?.date ? text(s.review.date) : '',
  ]);
  const lines = [`Checklist version ${CHECKLIST_VERSION}, citations as of ${CHECKLIST_AS_OF}.`, '', ...table(header, rows, 'no checklist items')];
  for (const status of statuses) {
    lines.push('', ...renderItem(status, regulations));
  }
  return lines;
}

function renderItem(status: ChecklistStatus, regulations: readonly Regulation[]): string[] {
  const { item, review } = status;
  const lines = [`### ${text(item.title)}`, '', `**${text(item.question)}**`, ''];
  if (review?.note) {
    lines.push(`Review note: ${text(review.note)}`, '');
  }
  lines.push(`Evidence that answers it: ${item.evidence.map(text).join('; ')}.`, '');
  lines.push(`Raised by: ${item.ruleIds.map(code).join(', ') || 'no rule yet'}.`, '');
  const cited = regulations.map((regulation) => renderRegulation(item, regulation)).filter((block) => block.length > 0);
  lines.push(...(cited.length > 0 ? cited.flat() : ['_No citations for the laws in scope._']));
  return lines;
}

function renderRegulation(item: ChecklistItem, regulation: Regulation): string[] {
  const citations = item.citations.filter((c) => c.regulation === regulation);
  if (citations.length === 0) {
    return [];
  }
  return [
    `- **${REGULATION_NAMES[regulation]}**`,
    ...citations.map((c) => `  - ${text(c.provision)}: ${text(c.paraphrase)}${VERIFICATION_MARKS[c.verification]}`),
  ];
}
