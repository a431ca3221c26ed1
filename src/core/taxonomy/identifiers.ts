/**
 * Splits identifiers into lower-case words: `userSSN` -> user, ssn; `date_of_birth` -> date, of, birth;
 * `HTTPServer2` -> http, server, 2; `e-mail` -> e, mail.
 */
export function splitIdentifier(identifier: string): readonly string[] {
  if (identifier.length > MAX_CACHED_LENGTH) {
    return splitUncached(identifier);
  }
  // Every rule splits the names it reads, so one file splits the same few hundred names again and
  // again (a fifth of the rules' time before this cache). The words are shared: callers never change them.
  let words = splitWords.get(identifier);
  if (words === undefined) {
    if (splitWords.size >= MAX_CACHED_SPLITS) {
      splitWords.clear();
    }
    words = Object.freeze(splitUncached(identifier));
    splitWords.set(identifier, words);
  }
  return words;
}

/** Enough for every name of a large workspace's hot files; a plain reset when full keeps it simple and bounded. */
const MAX_CACHED_SPLITS = 50_000;
/** Names longer than this (generated or minified code) are split afresh: they would bloat the cache and rarely repeat. */
const MAX_CACHED_LENGTH = 256;
const splitWords = new Map<string, readonly string[]>();

function splitUncached(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2') // camelCase boundary
    // Acronym followed by a word: HTTPServer. A look-ahead, not `([A-Z]+)([A-Z][a-z])`: that one
    // backtracks over every run of capitals from every start, quadratic in a long one (a minified
    // or generated name), and 40,000 capitals took ten seconds.
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .replace(/([a-zA-Z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([a-zA-Z])/g, '$1 $2')
    .split(/[^a-zA-Z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}
