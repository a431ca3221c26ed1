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

/**
 * No two `\s*` may meet: `(.*?)\s*(?:\*\/|-->)?\s*$` after the reason backtracked cubically over a
 * run of spaces inside it, and a comment with 2,000 took 13 seconds. What follows `--` is taken
 * whole and read in code (reasonOf).
 */
const DIRECTIVE = new RegExp(
  `${SUPPRESSION_DIRECTIVE}\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)(?:\\s+until\\s+(\\d{4}-\\d{2}-\\d{2}))?(?:\\s+--([^]*)|(?:\\s*(?:\\*/|-->))?\\s*)$`,
  'g',
);

/**
 * Each refused match reads to the end of the comment: a bound on how many are tried keeps a comment
 * made of thousands of directives linear. No real comment holds more than one or two.
 */
const MAX_DIRECTIVES_TRIED = 8;

/** The first directive in a comment whose reason, if any, is one line. */
function directiveIn(text: string): { ruleIds: string[]; until?: string; reason: string } | undefined {
  DIRECTIVE.lastIndex = 0;
  let tried = 0;
  for (let match = DIRECTIVE.exec(text); match && tried < MAX_DIRECTIVES_TRIED; match = DIRECTIVE.exec(text), tried++) {
    const reason = match[3] === undefined ? '' : reasonOf(match[3]);
    if (match[1] && reason !== undefined) {
      return { ruleIds: match[1].split(',').map((id) => id.trim()), reason, ...(match[2] ? { until: match[2] } : {}) };
    }
    DIRECTIVE.lastIndex = match.index + 1;
  }
  return undefined;
}

/**
 * The reason in what follows `--`: without the spaces around it and the block or HTML comment's
 * closer after it. Undefined when it runs over more than one line: a directive is one line.
 */
function reasonOf(afterDashes: string): string | undefined {
  const text = afterDashes.trimEnd();
  const closer = ['*/', '-->'].find((c) => text.endsWith(c));
  const reason = (closer ? text.slice(0, -closer.length) : text).trim();
  return /[\n\r\u2028\u2029]/.test(reason) ? undefined : reason;
}

export function parseSuppressions(comments: readonly Comment[]): Suppression[] {
  const suppressions: Suppression[] = [];
  for (const comment of comments) {
    const directive = directiveIn(comment.text);
    if (directive) {
      suppressions.push({ line: comment.range.end.line + 1, ...directive, commentRange: comment.range });
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
