/**
 * Facts from Prisma schemas: the fields of `model`, `view` and composite `type` blocks, with their
 * type (`String?`, `Post[]`) and field attributes (`@unique`, `@db.VarChar(255)`). Prisma is
 * line-based: a field and its attributes stand on one line, and `@@` block attributes are not fields.
 */
import type { SourceFacts } from '../../facts';
import { collectSchemaFacts, type SchemaFactsCollector } from './schemaFacts';
import { IDENTIFIER_WORD, type LexicalSyntax, type Token } from './tokenizer';
import { TokenStream } from './tokenStream';

const PRISMA_SYNTAX: LexicalSyntax = {
  lineComment: /\/\//y, // `///` documentation comments included
  blockComments: false,
  stringQuotes: '"',
  identifierQuotes: {},
  word: IDENTIFIER_WORD,
  multilineStrings: false,
};

/** Blocks whose members are fields; `enum`, `datasource` and `generator` blocks hold values and settings. */
const FIELD_BLOCKS = ['model', 'view', 'type'];
const ALL_BLOCKS = [...FIELD_BLOCKS, 'enum', 'datasource', 'generator'];

export function prismaFacts(text: string, languageId: string): SourceFacts {
  return collectSchemaFacts(text, languageId, (facts) => {
    const onComment = (start: number, end: number): void => facts.comment(start, end);
    const tokens = new TokenStream(text, PRISMA_SYNTAX, onComment, (t) => isBlockStart(t, ALL_BLOCKS));
    while (tokens.peek()) {
      if (isBlockStart(tokens, FIELD_BLOCKS)) {
        tokens.next();
        readBlock(tokens, facts, tokens.next()!.text);
      } else {
        tokens.skipItem();
      }
    }
  });
}

/** `model User {`: also how a block left open while typing is known to have ended. */
function isBlockStart(tokens: TokenStream, keywords: readonly string[]): boolean {
  return tokens.isKeyword(0, ...keywords) && tokens.peek(1)?.kind === 'word' && tokens.isPunctuation(2, '{');
}

/** From the `{` to the matching `}`, one field or block attribute per line. */
function readBlock(tokens: TokenStream, facts: SchemaFactsCollector, owner: string): void {
  tokens.next();
  while (tokens.peek() && !tokens.accept('}') && !isBlockStart(tokens, ALL_BLOCKS)) {
    if (tokens.peek()!.kind === 'word') {
      readField(tokens, facts, owner);
    } else {
      tokens.skipItem(); // `@@index(...)`, `@@map("users")` and stray tokens: the rest of the line goes too
    }
    skipRestOfLine(tokens);
  }
}

/** `name Type[?|[]] @attribute...`; a name alone (half typed) is not a field yet. */
function readField(tokens: TokenStream, facts: SchemaFactsCollector, owner: string): void {
  const name = tokens.next()!;
  const type = readType(tokens);
  if (!type) {
    return;
  }
  const annotations: string[] = [];
  while (isOnSameLine(tokens) && tokens.isPunctuation(0, '@') && !tokens.isPunctuation(1, '@')) {
    annotations.push(readAttribute(tokens, facts.text));
  }
  const typeText = facts.text.slice(type.start, type.end);
  facts.field({ name: name.text, start: name.start, end: name.end, owner, typeText, annotations });
}

/** `String`, `String?`, `Post[]`, `Unsupported("circle")?`: offsets of the type as written. */
function readType(tokens: TokenStream): { start: number; end: number } | undefined {
  const type = tokens.peek();
  if (!isOnSameLine(tokens) || type?.kind !== 'word') {
    return undefined;
  }
  let end = tokens.next()!.end;
  if (tokens.isPunctuation(0, '(')) {
    end = tokens.skipItem()!.end;
  }
  if (tokens.isPunctuation(0, '[') && tokens.isPunctuation(1, ']')) {
    tokens.next();
    end = tokens.next()!.end;
  }
  end = tokens.accept('?')?.end ?? end;
  return { start: type.start, end };
}

/** `@id`, `@default(now())`, `@db.VarChar(255)`, `@relation(fields: [a], references: [id])`, as written. */
function readAttribute(tokens: TokenStream, text: string): string {
  const at = tokens.next()!;
  let end = at.end;
  while (isAdjacent(tokens.peek(), end) && (tokens.peek()!.kind === 'word' || tokens.isPunctuation(0, '.'))) {
    end = tokens.next()!.end;
  }
  if (tokens.isPunctuation(0, '(')) {
    end = tokens.skipItem()!.end;
  }
  return text.slice(at.start, end);
}

function isAdjacent(token: Token | undefined, offset: number): boolean {
  return token?.start === offset;
}

function isOnSameLine(tokens: TokenStream): boolean {
  const token = tokens.peek();
  return token !== undefined && !token.lineBreakBefore;
}

function skipRestOfLine(tokens: TokenStream): void {
  while (isOnSameLine(tokens) && !tokens.isPunctuation(0, '}')) {
    tokens.skipItem();
  }
}
