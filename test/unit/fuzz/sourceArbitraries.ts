/**
 * Generators of source text for the adapter properties: real corpus files broken the ways an
 * editor buffer is broken while someone types (spliced, cut, duplicated, an unclosed bracket,
 * quote or comment, truncated), token soups built from a language's own words and punctuation,
 * and plain arbitrary strings.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { languageForFile } from '../../../src/core/languages/languageRegistry';

/** From out-<dir>/test/unit/fuzz back to the repository's test/corpus. */
const CORPUS_ROOT = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'corpus');

function filesUnder(directory: string): string[] {
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(directory, entry.name)) : [path.join(directory, entry.name)]))
    .sort();
}

/** Corpus texts by canonical language id (languages.json), read once. */
export function corpusByLanguage(): ReadonlyMap<string, readonly string[]> {
  const byLanguage = new Map<string, string[]>();
  for (const file of filesUnder(CORPUS_ROOT)) {
    const language = languageForFile(file);
    if (language) {
      byLanguage.set(language.id, [...(byLanguage.get(language.id) ?? []), fs.readFileSync(file, 'utf8')]);
    }
  }
  return byLanguage;
}

/** What opens a construct that a parser must then find closed: brackets, quotes, comments, heredocs, templates. */
const OPENERS = [
  '{', '}', '(', ')', '[', ']', '<', '>', '"', "'", '`', '"""', "'''", '/*', '*/', '//', '#', '--', '<!--', '${', '#{',
  '<?php', '?>', '<<~EOS\n', '<<<EOT\n', '@"', '$"', 'r"', '\\', '\n', '\r\n', '\r', '\t', ':', '- ', '|\n', '&a', '*a', '\u0000', '\uFEFF', '\uD800',
];

export type Mutation = (text: string) => string;

/** A position in a text from a generated natural number: any number maps to a valid offset. */
function at(text: string, n: number): number {
  return text.length === 0 ? 0 : n % (text.length + 1);
}

/** One edit of a text, as typing, pasting, deleting or converting line endings makes it. */
export function mutation(donors: readonly string[]): fc.Arbitrary<Mutation> {
  const offset = fc.nat();
  const donor = fc.nat({ max: donors.length - 1 });
  return fc.oneof(
    // Splice: a piece of another file of the same language pasted in.
    fc.tuple(offset, donor, offset, fc.nat({ max: 400 })).map(([where, d, from, size]): Mutation => (text) => {
      const source = donors[d] ?? '';
      const start = at(source, from);
      const i = at(text, where);
      return text.slice(0, i) + source.slice(start, start + size) + text.slice(i);
    }),
    // Delete a range.
    fc.tuple(offset, fc.nat({ max: 300 })).map(([where, size]): Mutation => (text) => {
      const i = at(text, where);
      return text.slice(0, i) + text.slice(i + size);
    }),
    // Duplicate a range in place.
    fc.tuple(offset, fc.nat({ max: 300 })).map(([where, size]): Mutation => (text) => {
      const i = at(text, where);
      return text.slice(0, i + size) + text.slice(i, i + size) + text.slice(i + size);
    }),
    // Insert an opener or closer.
    fc.tuple(offset, fc.constantFrom(...OPENERS)).map(([where, token]): Mutation => (text) => {
      const i = at(text, where);
      return text.slice(0, i) + token + text.slice(i);
    }),
    // Truncate, as a file being saved or typed.
    offset.map((where): Mutation => (text) => text.slice(0, at(text, where))),
    // Mixed line endings, as a file edited on two systems: some `\n` become `\r\n` or a lone `\r`.
    fc.tuple(fc.constantFrom('\r\n', '\r'), fc.nat({ max: 3 })).map(([ending, every]): Mutation => (text) => {
      let count = 0;
      return text.replace(/\r?\n/g, (found) => (count++ % (every + 1) === 0 ? ending : found));
    }),
  );
}

/** A corpus file of the language with one to five mutations applied in turn. */
export function mutatedCorpusText(files: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: files.length - 1 }), fc.array(mutation(files), { minLength: 1, maxLength: 5 }))
    .map(([index, mutations]) => mutations.reduce((text, mutate) => mutate(text), files[index] ?? ''));
}

/** The language's own words, operators and whitespace, as found in its corpus files. */
function tokensOf(files: readonly string[]): string[] {
  const tokens = new Set<string>(OPENERS);
  for (const text of files) {
    for (const token of text.match(/[A-Za-z_$@][\w$]*|\d+|\s+|[^\w\s]{1,3}/g) ?? []) {
      tokens.add(token);
    }
  }
  return [...tokens].sort();
}

/** Sequences of the language's own tokens: syntax that is nearly right, where adapters branch most. */
export function tokenSoup(files: readonly string[]): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...tokensOf(files)), { maxLength: 120 }).map((tokens) => tokens.join(''));
}

/** Arbitrary strings: printable ASCII, any code units (lone surrogates, NUL, CR), and any graphemes. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

/** Arbitrary unicode, from all planes, mixed with line breaks so that positions span lines. */
export const arbitraryUnicode: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme-composite', maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u0085', '\uFEFF')), { maxLength: 40 })
  .map((parts) => parts.join(''));
