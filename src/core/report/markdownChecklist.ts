/**
 * The DPO checklist in Markdown: one table of review status, then each item's question, evidence
 * and, for each law in scope, whether it applies (as of when), its citations and any notification
 * clocks, each carrying how it was verified. Shared by the report and by
 * `privacy-lens checklist --format markdown`.
 */
import { CHECKLIST_AS_OF, CHECKLIST_VERSION } from '../checklist/items';
import type { ChecklistItem, NotificationClock } from '../checklist/model';
import { APPLICABILITY_LABEL, VERIFICATION_MARK } from '../checklist/render';
import { REGULATION_NAMES, type Regulation } from '../taxonomy/sensitivity';
import { code, table, text } from './markdownText';
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
  lines.push(...(regulations.length > 0 ? regulations.flatMap((regulation) => renderRegulation(item, regulation)) : ['_No law in scope._']));
  return lines;
}

function renderRegulation(item: ChecklistItem, regulation: Regulation): string[] {
  const scope = item.applicability[regulation];
  const citations = item.citations.filter((c) => c.regulation === regulation);
  const clocks = (item.deadlines ?? []).filter((c) => c.regulation === regulation);
  return [
    `- **${REGULATION_NAMES[regulation]}**: ${APPLICABILITY_LABEL[scope.applicability]} (as of ${scope.asOf}): ${text(scope.note)}.`,
    ...citations.map((c) => `  - ${text(c.provision)}: ${text(c.paraphrase)}${VERIFICATION_MARK[c.verification]}`),
    ...clocks.map(clockLine),
  ];
}

function clockLine(clock: NotificationClock): string {
  return `  - Notify ${text(clock.notify)}: ${text(clock.deadline)} (${text(clock.provision)})${VERIFICATION_MARK[clock.verification]}`;
}
