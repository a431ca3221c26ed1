/** Helpers for the schema adapter tests: ranges shown as the text they cover, so a test reads what a user sees. */
import type { SourceFacts } from '../../src/core/facts';
import type { TextRange } from '../../src/core/model';
import { scanner } from './helpers';

export function lines(...source: string[]): string {
  return source.join('\n');
}

export function factsOf(languageId: string, text: string): Promise<SourceFacts> {
  return scanner.extractFacts(text, languageId);
}

/** `line:column=text` (1-based line, 0-based UTF-16 column) for a range, with the text it covers. */
export function located(text: string, range: TextRange): string {
  const textLines = text.split(/\r\n|\r|\n/);
  const { start, end } = range;
  const covered =
    start.line === end.line
      ? (textLines[start.line] ?? '').slice(start.column, end.column)
      : [(textLines[start.line] ?? '').slice(start.column), ...textLines.slice(start.line + 1, end.line), (textLines[end.line] ?? '').slice(0, end.column)].join('\n');
  return `${start.line + 1}:${start.column}=${covered}`;
}

/** Every declaration's name range as `line:column=text`. */
export function nameRanges(text: string, facts: SourceFacts): string[] {
  return facts.declarations.map((d) => located(text, d.range));
}

/** Every comment as `line:column=text`, checking that the range covers exactly the comment's text. */
export function commentsOf(text: string, facts: SourceFacts): string[] {
  return facts.comments.map((c) => {
    const shown = located(text, c.range);
    return shown.endsWith(`=${c.text}`) ? shown : `${shown} (text ${c.text})`;
  });
}

/** `owner.name: [annotations]` for declarations that carry annotations. */
export function annotationsOf(facts: SourceFacts): string[] {
  return facts.declarations.filter((d) => d.annotations?.length).map((d) => `${d.owner ?? ''}.${d.name}: ${d.annotations!.join(' ')}`);
}

/**
 * Asserts that every expected finding is among the actual ones. End-to-end tests of the adapters
 * check that facts reach the rules with the right ranges; which names the classifier flags is
 * the classifier's tests' business, and changes as its vocabulary grows.
 */
export function assertIncludesAll(actual: readonly string[], expected: readonly string[]): void {
  const missing = expected.filter((e) => !actual.includes(e));
  if (missing.length > 0) {
    throw new Error(`missing ${JSON.stringify(missing)} in ${JSON.stringify(actual)}`);
  }
}
