/**
 * Facts from SQL DDL: the columns of `CREATE TABLE` and of `ALTER TABLE ... ADD [COLUMN]`, in the
 * PostgreSQL, MySQL, SQL Server and SQLite dialects, and `GRANT ... ON` tables as calls (sqlGrants.ts). Only statements that declare columns are
 * read; everything else is passed over token by token, so strings and comments cannot fake a
 * statement. Statements may end with `;`, with a batch separator (`GO`) or with the next statement.
 */
import type { SourceFacts } from '../../facts';
import { collectSchemaFacts, type SchemaFactsCollector } from './schemaFacts';
import { readGrant } from './sqlGrants';
import type { LexicalSyntax } from './tokenizer';
import { nameOf, TokenStream } from './tokenStream';

const SQL_SYNTAX: LexicalSyntax = {
  // `#` starts a MySQL comment, but `#patients` is a SQL Server temporary table.
  lineComment: /--|#(?![\p{L}\p{N}_#@])/uy,
  blockComments: true,
  stringQuotes: "'",
  identifierQuotes: { '"': '"', '`': '`', '[': ']' },
  word: /[\p{L}_#@][\p{L}\p{N}_$#@]*/uy,
  multilineStrings: true,
  dollarQuotedStrings: true,
};

/** Words between CREATE and TABLE: `CREATE OR REPLACE TEMPORARY TABLE`, `CREATE UNLOGGED TABLE`. */
const TABLE_MODIFIERS = ['OR', 'REPLACE', 'GLOBAL', 'LOCAL', 'TEMP', 'TEMPORARY', 'UNLOGGED', 'TRANSIENT', 'VOLATILE', 'MULTISET', 'SET'];
/** Words that open a table constraint, not a column (KEY and INDEX need a closer look: see isIndexDefinition). */
const TABLE_CONSTRAINT_WORDS = ['CONSTRAINT', 'PRIMARY', 'FOREIGN', 'UNIQUE', 'CHECK', 'FULLTEXT', 'SPATIAL', 'LIKE'];
/** Column constraints and options: the column's type ends before the first of them. */
const COLUMN_OPTION_WORDS = [
  'NOT', 'NULL', 'DEFAULT', 'PRIMARY', 'REFERENCES', 'UNIQUE', 'CHECK', 'CONSTRAINT', 'COLLATE', 'GENERATED', 'AUTO_INCREMENT',
  'AUTOINCREMENT', 'IDENTITY', 'COMMENT', 'ON', 'AS', 'CHARSET', 'ENCODE', 'SPARSE', 'ROWGUIDCOL', 'MASKED', 'ENCRYPTED', 'FILESTREAM',
  'INVISIBLE', 'VISIBLE', 'STORED', 'VIRTUAL', 'COLUMN_FORMAT', 'STORAGE', 'SRID', 'COMPRESSION',
];
/** Words that start another statement: scripts without semicolons still split into statements. */
const STATEMENT_WORDS = ['CREATE', 'ALTER', 'DROP', 'INSERT', 'GO'];
/** ALTER TABLE actions other than ADD: after `ADD a INT,` SQL Server reads a bare `b INT` as another column, these not. */
const ALTER_ACTION_WORDS = [
  'ADD', 'DROP', 'ALTER', 'MODIFY', 'CHANGE', 'RENAME', 'SET', 'RESET', 'OWNER', 'ENABLE', 'DISABLE', 'VALIDATE', 'ATTACH', 'DETACH',
  'CLUSTER', 'INHERIT', 'NO', 'REPLICA', 'FORCE', 'ALGORITHM', 'LOCK', 'CONVERT', 'ORDER', 'PARTITION', 'ENGINE', 'WITH', 'NOCHECK',
];

export function sqlFacts(text: string, languageId: string): SourceFacts {
  return collectSchemaFacts(text, languageId, (facts) => {
    const onComment = (start: number, end: number): void => facts.comment(start, end);
    const tokens = new TokenStream(withoutCopyData(text), SQL_SYNTAX, onComment, (t) => t.isPunctuation(0, ';'));
    while (tokens.peek()) {
      if (tokens.isWord(0, 'CREATE')) {
        readCreateTable(tokens, facts);
      } else if (tokens.isWord(0, 'ALTER')) {
        readAlterTable(tokens, facts);
      } else if (tokens.isWord(0, 'GRANT')) {
        readGrant(tokens, facts);
      } else {
        tokens.next();
      }
    }
  });
}

/**
 * pg_dump writes table rows between `COPY ... FROM stdin;` and a line `\.`: data, not SQL, where a
 * lone apostrophe would open a string that swallows the rest of the dump. Blanked, offsets kept.
 */
function withoutCopyData(text: string): string {
  let blanked = '';
  let done = 0;
  for (const copy of text.matchAll(/^COPY\b[^;]*\bFROM\s+stdin;[^\n]*\n/gim)) {
    const dataStart = copy.index + copy[0].length;
    const endOfData = /^\\\.\r?$/gm;
    endOfData.lastIndex = dataStart;
    const dataEnd = dataStart >= done ? endOfData.exec(text)?.index : undefined;
    if (dataEnd !== undefined) {
      blanked += text.slice(done, dataStart) + spacesFor(text.slice(dataStart, dataEnd));
      done = dataEnd;
    }
  }
  return done === 0 ? text : blanked + text.slice(done);
}

/** Line by line, as a replacement per character takes most of a second on a large dump. */
function spacesFor(data: string): string {
  return data.replace(/[^\r\n]+/g, (line) => ' '.repeat(line.length));
}

/** `CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] [schema.]name ( elements )`; `AS SELECT` and `LIKE` forms declare nothing. */
function readCreateTable(tokens: TokenStream, facts: SchemaFactsCollector): void {
  tokens.next();
  while (tokens.isWord(0, ...TABLE_MODIFIERS)) {
    tokens.next();
  }
  if (!tokens.acceptWords('TABLE')) {
    return;
  }
  tokens.acceptWords('IF', 'NOT', 'EXISTS');
  const table = readQualifiedName(tokens);
  if (table !== undefined && tokens.isPunctuation(0, '(')) {
    readTableElements(tokens, facts, table);
  }
}

/** `ALTER TABLE [IF EXISTS] [ONLY] name action, action...`: the columns that ADD actions declare. */
function readAlterTable(tokens: TokenStream, facts: SchemaFactsCollector): void {
  tokens.next();
  if (!tokens.acceptWords('TABLE')) {
    return;
  }
  tokens.acceptWords('IF', 'EXISTS');
  tokens.acceptWords('ONLY');
  const table = readQualifiedName(tokens);
  if (table === undefined) {
    return;
  }
  let adding = false;
  while (tokens.peek()) {
    adding = readAlterAction(tokens, facts, table, adding);
    skipUntil(tokens, (t) => t.isPunctuation(0, ',') || isStatementEnd(t));
    if (!tokens.accept(',')) {
      return;
    }
  }
}

/** Reads one action; returns whether it adds columns, so that a bare column after it (SQL Server) counts too. */
function readAlterAction(tokens: TokenStream, facts: SchemaFactsCollector, table: string, afterAdd: boolean): boolean {
  if (tokens.acceptWords('ADD')) {
    tokens.acceptWords('COLUMN');
    tokens.acceptWords('IF', 'NOT', 'EXISTS');
    if (tokens.isPunctuation(0, '(')) {
      readTableElements(tokens, facts, table); // MySQL: ADD (a INT, b INT)
    } else if (!isTableConstraint(tokens)) {
      readColumn(tokens, facts, table);
    }
    return true;
  }
  if (afterAdd && !tokens.isWord(0, ...ALTER_ACTION_WORDS) && !isTableConstraint(tokens)) {
    readColumn(tokens, facts, table);
    return true;
  }
  tokens.skipItem(); // the action's own keyword, which may also start a statement (DROP, ALTER)
  return false;
}

/** `( column, column, constraint... )` from the opening parenthesis; stops early where a statement clearly ends. */
function readTableElements(tokens: TokenStream, facts: SchemaFactsCollector, table: string): void {
  tokens.next();
  while (tokens.peek() && !isStatementEnd(tokens)) {
    if (tokens.accept(')')) {
      return;
    }
    if (tokens.accept(',')) {
      continue;
    }
    if (!isTableConstraint(tokens)) {
      readColumn(tokens, facts, table);
    }
    skipUntil(tokens, (t) => t.isPunctuation(0, ',') || t.isPunctuation(0, ')') || isStatementEnd(t));
  }
}

/** `name type [constraints]`: the name and the type as written; the constraints are left for the caller to skip. */
function readColumn(tokens: TokenStream, facts: SchemaFactsCollector, table: string): void {
  const name = nameOf(tokens.peek());
  if (!name) {
    return;
  }
  tokens.next();
  facts.field({ ...name, owner: table, typeText: readColumnType(tokens, facts.text) });
}

/** `VARCHAR(255)`, `double precision`, `timestamp(3) with time zone`, `text[]`, `[nvarchar](50)`; none in SQLite's `CREATE TABLE t (a, b)`. */
function readColumnType(tokens: TokenStream, text: string): string | undefined {
  let start: number | undefined;
  let end = 0;
  while (isTypePart(tokens, start !== undefined)) {
    start ??= tokens.peek()!.start;
    end = tokens.skipItem()!.end;
  }
  return start === undefined ? undefined : text.slice(start, end);
}

function isTypePart(tokens: TokenStream, afterTypeName: boolean): boolean {
  const token = tokens.peek();
  if (token?.kind === 'quotedName') {
    return true;
  }
  if (token?.kind === 'punctuation') {
    return afterTypeName && (token.text === '(' || token.text === '.');
  }
  const isCharacterSet = tokens.isWord(0, 'CHARACTER') && tokens.isWord(1, 'SET');
  return token?.kind === 'word' && !tokens.isWord(0, ...COLUMN_OPTION_WORDS, ...STATEMENT_WORDS) && !isCharacterSet;
}

function isTableConstraint(tokens: TokenStream): boolean {
  if (tokens.isWord(0, 'KEY', 'INDEX')) {
    return isIndexDefinition(tokens);
  }
  const isPeriod = tokens.isWord(0, 'PERIOD') && tokens.isWord(1, 'FOR');
  const isExclusion = tokens.isWord(0, 'EXCLUDE') && (tokens.isWord(1, 'USING') || tokens.isPunctuation(1, '('));
  return isPeriod || isExclusion || tokens.isWord(0, ...TABLE_CONSTRAINT_WORDS);
}

/** MySQL's `KEY idx (a, b)` and `INDEX (a)` are indexes; PostgreSQL's `key varchar(50)` is a column called key. */
function isIndexDefinition(tokens: TokenStream): boolean {
  if (tokens.isPunctuation(1, '(') || tokens.isWord(2, 'USING')) {
    return true;
  }
  return tokens.isPunctuation(2, '(') && tokens.peek(3)?.kind !== 'number';
}

function isStatementEnd(tokens: TokenStream): boolean {
  return tokens.isPunctuation(0, ';') || tokens.isWord(0, ...STATEMENT_WORDS);
}

/** Skips tokens and bracketed groups until the predicate holds at the top level or the text ends. */
function skipUntil(tokens: TokenStream, stop: (tokens: TokenStream) => boolean): void {
  while (tokens.peek() && !stop(tokens)) {
    tokens.skipItem();
  }
}

/** `[schema.]name` with any quoting; the last part, which is the table's own name. */
function readQualifiedName(tokens: TokenStream): string | undefined {
  let name = nameOf(tokens.peek());
  if (!name) {
    return undefined;
  }
  tokens.next();
  while (tokens.isPunctuation(0, '.') && nameOf(tokens.peek(1))) {
    tokens.next();
    name = nameOf(tokens.next()) ?? name;
  }
  return name.name;
}
