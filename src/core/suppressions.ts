/**
 * In-source suppressions: a comment
 *   privacy-lens-disable-next-line <rule-id>[, <rule-id>...] [until YYYY-MM-DD] -- <reason>
 * silences those rules on the line after the comment, until the date if one is given (after it
 * the finding is reported again). The reason travels into reports (SARIF
 * `suppressions[].justification`), so a suppression is a recorded decision, not a hiding place.
 */
import type { Comment } from './facts';

export const SUPPRESSION_DIRECTIVE = 'privacy-lens-disable-next-line';

export interface Suppression {
  /** 0-based line the suppression applies to. */
  readonly line: number;
  readonly ruleIds: readonly string[];
  readonly reason: string;
  /** Last day (YYYY-MM-DD, inclusive) the suppression holds; none: it holds until removed. */
  readonly until?: string;
  /** Where the comment is: an expired suppression is pointed at from the finding it no longer hides. */
  readonly commentRange: Comment['range'];
}

const DIRECTIVE = new RegExp(
  `${SUPPRESSION_DIRECTIVE}\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)(?:\\s+until\\s+(\\d{4}-\\d{2}-\\d{2}))?(?:\\s+--\\s*(.*?))?\\s*(?:\\*/|-->)?\\s*$`,
);

export function parseSuppressions(comments: readonly Comment[]): Suppression[] {
  const suppressions: Suppression[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (match?.[1]) {
      suppressions.push({
        line: comment.range.end.line + 1,
        ruleIds: match[1].split(',').map((id) => id.trim()),
        reason: match[3]?.trim() ?? '',
        ...(match[2] ? { until: match[2] } : {}),
        commentRange: comment.range,
      });
    }
  }
  return suppressions;
}

/** The suppression covering `ruleId` on `line`, if any. */
export function findSuppression(suppressions: readonly Suppression[], ruleId: string, line: number): Suppression | undefined {
  return suppressions.find((s) => s.line === line && s.ruleIds.includes(ruleId));
}

/** Whether a suppression still holds on `today` (YYYY-MM-DD): dates compare as text in this form. */
export function isInForce(suppression: Suppression, today: string): boolean {
  return suppression.until === undefined || today <= suppression.until;
}

/** The comment text to insert above a line, in the language's line-comment syntax. */
export function suppressionComment(lineCommentPrefix: string, ruleId: string, reason: string, until?: string): string {
  return `${lineCommentPrefix} ${SUPPRESSION_DIRECTIVE} ${ruleId}${until ? ` until ${until}` : ''} -- ${reason}`;
}
