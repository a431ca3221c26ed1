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
import { code, htmlText, table, text } from './markdownText';
import type { ChecklistStatus } from './reportModel';
import { statusLabel } from './reportWording';

export interface ChecklistMarkdownOptions {
  /**
   * A scan stands behind the statuses (the report): show the open-findings column, and detail only
   * the items the findings raise or the DPO has reviewed, each folded in a `<details>` element, so
   * a pull-request comment stays short. Otherwise (the checklist on its own) every item is detailed.
   */
  readonly fromScan: boolean;
}

/** The section's body: the report and `privacy-lens checklist` each put their own heading above it. */
export function renderChecklistMarkdown(statuses: readonly ChecklistStatus[], regulations: readonly Regulation[], options: ChecklistMarkdownOptions): string[] {
  const header = ['Item', ...(options.fromScan ? ['Open findings'] : []), 'Status', 'Reviewer', 'Date'];
  const rows = statuses.map((s) => [
    `${text(s.item.title)} (${code(s.item.id)})`,
    ...(options.fromScan ? [String(s.findingCount)] : []),
    statusLabel(s.review),
    s.review?.reviewer ? text(s.review.reviewer) : '',
    s.review?.date ? text(s.review.date) : '',
  ]);
  const lines = [`Checklist version ${CHECKLIST_VERSION}, citations as of ${CHECKLIST_AS_OF}.`, '', ...table(header, rows, 'no checklist items')];
  if (!options.fromScan) {
    return [...lines, ...statuses.flatMap((status) => ['', `### ${text(status.item.title)}`, '', ...renderItem(status, regulations)])];
  }
  const detailed = statuses.filter((s) => s.findingCount > 0 || s.review !== undefined);
  lines.push('', `The question, evidence and law for the ${detailed.length} item(s) these findings raise or the DPO has reviewed; \`privacy-lens checklist --format markdown\` prints every item.`);
  return [...lines, ...detailed.flatMap((status) => ['', ...folded(status, regulations)])];
}

/** One item in a `<details>` element: GitHub renders the Markdown inside once a blank line follows the summary. */
function folded(status: ChecklistStatus, regulations: readonly Regulation[]): string[] {
  const summary = `${status.item.title}: ${status.findingCount} open finding(s), ${statusLabel(status.review)}`;
  return ['<details>', `<summary>${htmlText(summary)}</summary>`, '', ...renderItem(status, regulations), '', '</details>'];
}

function renderItem(status: ChecklistStatus, regulations: readonly Regulation[]): string[] {
  const { item, review } = status;
  const lines = [`**${text(item.question)}**`, ''];
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
