/**
 * SQL `GRANT privileges ON tables TO grantees` read as a call fact, so that a rule can see a
 * table opened to everyone (`TO PUBLIC`). Arguments: the privileges as written, the tables (one
 * reference per named table, its parts as the path; none for `ALL TABLES IN SCHEMA s`, whose text
 * says so), and the grantees (one reference each). Grants on anything but tables (schemas,
 * databases, functions, sequences) and role grants (`GRANT admin TO alice`) are passed over.
 */
import type { CallFact, SchemaFactsCollector } from './schemaFacts';
import type { Token } from './tokenizer';
import { nameOf, type TokenStream } from './tokenStream';

type Argument = CallFact['arguments'][number];
type Name = Argument['names'][number];

const NOT_TABLES = ['SCHEMA', 'DATABASE', 'FUNCTION', 'FUNCTIONS', 'PROCEDURE', 'PROCEDURES', 'ROUTINE', 'ROUTINES', 'SEQUENCE', 'SEQUENCES', 'LANGUAGE', 'TABLESPACE', 'TYPE', 'DOMAIN', 'FOREIGN', 'LARGE', 'PARAMETER', 'SERVER'];
const STATEMENT_STARTS = ['CREATE', 'ALTER', 'DROP', 'INSERT', 'GO', 'GRANT', 'REVOKE'];

/** Reads from the GRANT keyword; leaves the stream at the end of the statement, or where reading stopped. */
export function readGrant(tokens: TokenStream, facts: SchemaFactsCollector): void {
  const grant = tokens.next()!;
  const privileges = readUntil(tokens, facts.text, ['ON', 'TO']);
  if (!privileges || !tokens.acceptWords('ON') || tokens.isWord(0, ...NOT_TABLES) || (tokens.isWord(0, 'ALL') && !tokens.isWord(1, 'TABLES'))) {
    return;
  }
  const tables = readTables(tokens, facts.text);
  if (!tables || !tokens.acceptWords('TO')) {
    return;
  }
  const grantees = readGrantees(tokens, facts.text);
  if (!grantees) {
    return;
  }
  facts.call({ calleePath: ['GRANT'], start: grant.start, end: grantees.end, arguments: [privileges, tables, grantees] });
}

/** `TABLE public.patients, audit` or `ALL TABLES IN SCHEMA public`, up to TO. */
function readTables(tokens: TokenStream, text: string): Argument | undefined {
  const allTables = tokens.isWord(0, 'ALL');
  tokens.acceptWords('TABLE');
  const first = tokens.peek();
  const names: Name[] = [];
  let last: Token | undefined;
  while (tokens.peek() && !tokens.isWord(0, 'TO') && !isStatementEnd(tokens)) {
    const parts: Token[] = [];
    let wildcard = false;
    while (nameOf(tokens.peek()) && !tokens.isWord(0, 'TO')) {
      parts.push(tokens.next()!);
      if (!tokens.accept('.')) {
        break;
      }
      wildcard = tokens.isPunctuation(0, '*'); // MySQL's `shop.*`: every table of a database
    }
    last = wildcard || parts.length === 0 ? tokens.skipItem() : parts[parts.length - 1];
    if (!allTables && !wildcard && parts.length > 0) {
      names.push({ path: parts.map((p) => nameOf(p)!.name), start: nameOf(parts[0])!.start, end: nameOf(last)!.end });
    }
    tokens.accept(',');
  }
  return first && last ? { text: text.slice(first.start, last.end), start: first.start, end: last.end, names } : undefined;
}

/** `PUBLIC`, `reporting, "Analysts"`, MySQL's `'app'@'%'`, up to WITH or the end of the statement. */
function readGrantees(tokens: TokenStream, text: string): Argument | undefined {
  const first = tokens.peek();
  const names: Name[] = [];
  let last: Token | undefined;
  while (tokens.peek() && !tokens.isWord(0, 'WITH', 'GRANTED') && !isStatementEnd(tokens)) {
    tokens.acceptWords('GROUP');
    const token = tokens.next()!;
    const name = nameOf(token) ?? (token.kind === 'string' ? { name: token.text.replace(/^'|'$/g, ''), start: token.start, end: token.end } : undefined);
    if (name) {
      names.push({ path: [name.name], start: name.start, end: name.end });
    }
    last = token;
    while (tokens.peek() && !tokens.isPunctuation(0, ',') && !tokens.isWord(0, 'WITH', 'GRANTED') && !isStatementEnd(tokens)) {
      last = tokens.skipItem(); // a MySQL host part (`@'%'`)
    }
    tokens.accept(',');
  }
  return first && last ? { text: text.slice(first.start, last.end), start: first.start, end: last.end, names } : undefined;
}

/**
 * The tokens up to one of the stop words at the top level, as an argument without names. Only `;`
 * ends the statement here: privileges are spelled with statement words (INSERT, CREATE, DROP).
 */
function readUntil(tokens: TokenStream, text: string, stopWords: readonly string[]): Argument | undefined {
  const first = tokens.peek();
  let last: Token | undefined;
  while (tokens.peek() && !tokens.isWord(0, ...stopWords) && !tokens.isPunctuation(0, ';')) {
    last = tokens.skipItem();
  }
  return first && last ? { text: text.slice(first.start, last.end), start: first.start, end: last.end, names: [] } : undefined;
}

function isStatementEnd(tokens: TokenStream): boolean {
  return tokens.isPunctuation(0, ';') || tokens.isWord(0, ...STATEMENT_STARTS);
}
