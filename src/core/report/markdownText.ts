/**
 * Building blocks of the Markdown report. Anything that comes from the scanned code (names,
 * messages, paths, review notes) goes through `text`, `code` or `fileLink`, so a field called
 * `*_token_*` or a note with a `|` cannot change the report's structure or inject HTML.
 */
import type { TextRange } from '../model';

/**
 * Escapes inline text. HTML specials become entities (no raw HTML reaches the rendered page);
 * the characters that open emphasis, code, links, tables, strikethrough and GitHub's `$` maths are
 * backslash-escaped; line breaks are flattened so text cannot start a new block. `@` becomes an
 * entity too: a decorator named in a message (`@login_required`) must not notify a GitHub user of
 * that name when the report is posted on a pull request.
 */
export function text(value: string): string {
  return value
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`);
}

/** Text inside raw HTML (a `<summary>`), where Markdown escapes would show as backslashes. */
export function htmlText(value: string): string {
  return value.replace(/\r\n?|\n/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;');
}

/**
 * A code span that holds `value` whatever backticks it contains. `|` is still escaped, because
 * GitHub splits table rows on it even inside code spans.
 */
export function code(value: string): string {
  const flat = value.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A link target for a path relative to the report's root; brackets and spaces are percent-encoded. */
export function linkTarget(file: string, line?: number): string {
  const encoded = encodeURI(file).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return line === undefined ? encoded : `${encoded}#L${line}`;
}

/** `[file:line](file#Lline)`, 1-based, as GitHub links into a file's view. */
export function fileLink(file: string, range: TextRange): string {
  const line = range.start.line + 1;
  return `[${text(`${file}:${line}`)}](${linkTarget(file, line)})`;
}

/** One table row; cells are already Markdown. */
export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A table with a header row; an empty body prints one row saying so, so the table never looks broken. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], emptyMessage: string): string[] {
  const body = rows.length > 0 ? rows : [[`_${emptyMessage}_`, ...header.slice(1).map(() => '')]];
  return [row(header), row(header.map(() => '---')), ...body.map(row)];
}

/** Lists at most `limit` entries and says how many more there are, so a table cell stays readable. */
export function capped(entries: readonly string[], limit: number): string {
  const shown = entries.slice(0, limit);
  const more = entries.length - shown.length;
  return more > 0 ? `${shown.join('<br>')}<br>and ${more} more` : shown.join('<br>');
}
