/**
 * Facts from GraphQL SDL: the fields of `type`, `input` and `interface` definitions and their
 * extensions, with the type as written (`String!`, `[Order!]`) and directives as annotations.
 * Enums, unions and scalars declare no fields; descriptions are strings and are passed over.
 */
import type { SourceFacts } from '../../facts';
import { collectSchemaFacts, type SchemaFactsCollector } from './schemaFacts';
import { IDENTIFIER_WORD, type LexicalSyntax } from './tokenizer';
import { TokenStream } from './tokenStream';

const GRAPHQL_SYNTAX: LexicalSyntax = {
  lineComment: /#/y,
  blockComments: false,
  stringQuotes: '"',
  identifierQuotes: {},
  word: IDENTIFIER_WORD,
  multilineStrings: false,
  tripleQuotedStrings: true,
};

const FIELD_DEFINITIONS = ['type', 'input', 'interface'];
const DEFINITION_WORDS = [...FIELD_DEFINITIONS, 'enum', 'union', 'scalar', 'schema', 'extend', 'directive', 'query', 'mutation', 'subscription', 'fragment'];

export function graphqlFacts(text: string, languageId: string): SourceFacts {
  return collectSchemaFacts(text, languageId, (facts) => {
    const tokens = new TokenStream(text, GRAPHQL_SYNTAX, (start, end) => facts.comment(start, end), isDefinitionStart);
    while (tokens.peek()) {
      if (tokens.isKeyword(0, ...FIELD_DEFINITIONS) && tokens.peek(1)?.kind === 'word') {
        readTypeDefinition(tokens, facts);
      } else {
        tokens.skipItem(); // `extend` itself, other definitions, and the bodies of enums, schemas and operations
      }
    }
  });
}

/** `type Name [implements A & B] [@directive(...)] { fields }`; without a body (`extend type X @key`) nothing. */
function readTypeDefinition(tokens: TokenStream, facts: SchemaFactsCollector): void {
  tokens.next();
  const owner = tokens.next()!.text;
  for (let token = tokens.peek(); token; token = tokens.peek()) {
    if (tokens.isPunctuation(0, '{')) {
      readFields(tokens, facts, owner);
      return;
    }
    if (token.kind === 'string' || isDefinitionStart(tokens)) {
      return;
    }
    tokens.skipItem();
  }
}

/** `{ field, field... }` to the matching `}`, or to the next definition where the brace was left open. */
function readFields(tokens: TokenStream, facts: SchemaFactsCollector, owner: string): void {
  tokens.next();
  while (tokens.peek() && !tokens.accept('}') && !isDefinitionStart(tokens)) {
    if (tokens.peek()!.kind === 'word') {
      readField(tokens, facts, owner);
    } else {
      tokens.skipItem(); // descriptions and commas
    }
  }
}

/** `name[(arguments)]: Type [= default] [@directive...]`; a name not yet followed by `:` is still a field. */
function readField(tokens: TokenStream, facts: SchemaFactsCollector, owner: string): void {
  const name = tokens.next()!;
  if (tokens.isPunctuation(0, '(')) {
    tokens.skipItem();
  }
  let typeText: string | undefined;
  if (tokens.accept(':')) {
    const typeStart = tokens.peek()?.start;
    const typeEnd = readTypeReference(tokens);
    typeText = typeStart !== undefined && typeEnd !== undefined ? facts.text.slice(typeStart, typeEnd) : undefined;
  }
  if (tokens.accept('=')) {
    tokens.skipItem();
  }
  const annotations: string[] = [];
  while (tokens.isPunctuation(0, '@')) {
    annotations.push(readDirective(tokens, facts.text));
  }
  facts.field({ name: name.text, start: name.start, end: name.end, owner, typeText, annotations });
}

/**
 * `Name`, `Name!`, `[Name]`, `[[Name!]!]!`: the end offset of the type, if there is one. Read
 * with a loop, not recursion: `[[[...]]]` as deep as a file allows must not overflow the stack.
 */
function readTypeReference(tokens: TokenStream): number | undefined {
  const opens: number[] = [];
  for (let open = tokens.accept('['); open; open = tokens.accept('[')) {
    opens.push(open.end);
  }
  let end = tokens.peek()?.kind === 'word' ? tokens.next()!.end : undefined;
  if (end !== undefined) {
    end = tokens.accept('!')?.end ?? end;
  }
  // Innermost list first: each closes with `]` (or stops where the text does) and may be `!`.
  for (let i = opens.length - 1; i >= 0; i--) {
    end = tokens.accept(']')?.end ?? end ?? opens[i]!;
    end = tokens.accept('!')?.end ?? end;
  }
  return end;
}

/** `@deprecated`, `@constraint(format: "email")`, as written. */
function readDirective(tokens: TokenStream, text: string): string {
  const at = tokens.next()!;
  let end = at.end;
  if (tokens.peek()?.kind === 'word' && tokens.peek()!.start === at.end) {
    end = tokens.next()!.end;
  }
  if (tokens.isPunctuation(0, '(')) {
    end = tokens.skipItem()!.end;
  }
  return text.slice(at.start, end);
}

/** `type Foo`, `extend type`, `schema {`: a new definition, not a field named `type` (`type: String`). */
function isDefinitionStart(tokens: TokenStream): boolean {
  return tokens.isKeyword(0, ...DEFINITION_WORDS) && (tokens.peek(1)?.kind === 'word' || tokens.isPunctuation(1, '{'));
}
