/**
 * Splits identifiers into lower-case words: `userSSN` -> user, ssn; `date_of_birth` -> date, of, birth;
 * `HTTPServer2` -> http, server, 2; `e-mail` -> e, mail.
 */
export function splitIdentifier(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2') // camelCase boundary
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2') // acronym followed by a word: HTTPServer
    .replace(/([a-zA-Z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([a-zA-Z])/g, '$1 $2')
    .split(/[^a-zA-Z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}
