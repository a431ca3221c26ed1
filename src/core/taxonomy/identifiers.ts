/**
 * Splits identifiers into lower-case words: `userSSN` -> user, ssn; `date_of_birth` -> date, of, birth;
 * `HTTPServer2` -> http, server, 2; `e-mail` -> e, mail.
 */
export function splitIdentifier(identifier: string): string[] {
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
