/**
 * Facts from protobuf (proto2 and proto3): the fields of messages, nested messages (owned by the
 * innermost one), `oneof` members (owned by their message), `map<K, V>` fields and the fields of
 * `extend` blocks. The type is written without its label (`repeated string` gives `string`), as
 * descriptor.proto keeps label and type apart; field options become annotations.
 */
import type { SourceFacts } from '../../facts';
import { collectSchemaFacts, type SchemaFactsCollector } from './schemaFacts';
import { IDENTIFIER_WORD, type LexicalSyntax } from './tokenizer';
import { TokenStream } from './tokenStream';

const PROTOBUF_SYNTAX: LexicalSyntax = {
  lineComment: /\/\//y,
  blockComments: true,
  stringQuotes: `"'`,
  identifierQuotes: {},
  word: IDENTIFIER_WORD,
  multilineStrings: false,
};

const LABELS = ['optional', 'required', 'repeated'];
/** Statements inside a message that declare no field. */
const NON_FIELD_STATEMENTS = ['enum', 'service', 'option', 'reserved', 'extensions', 'group'];

export function protobufFacts(text: string, languageId: string): SourceFacts {
  return collectSchemaFacts(text, languageId, (facts) => {
    const tokens = new TokenStream(text, PROTOBUF_SYNTAX, (start, end) => facts.comment(start, end), isDefinitionStart);
    while (tokens.peek()) {
      if (!readBlockStart(tokens, facts)) {
        tokens.skipItem(); // syntax, package, import, option, and enum and service bodies
      }
    }
  });
}

/** `message Name {` or `extend some.Type {`, read to its end; false if the tokens start neither. */
function readBlockStart(tokens: TokenStream, facts: SchemaFactsCollector): boolean {
  const header = readBlockHeader(tokens);
  if (header?.owner !== undefined) {
    readBody(tokens, facts, header.owner);
  }
  return header !== undefined;
}

/** `message Name {`, consumed to its `{`: its name (undefined for a block without one); undefined if the tokens start no block. */
function readBlockHeader(tokens: TokenStream): { readonly owner: string | undefined } | undefined {
  if (!tokens.isKeyword(0, 'message', 'extend')) {
    return undefined;
  }
  tokens.next();
  let owner: string | undefined;
  while (tokens.peek()?.kind === 'word' || tokens.isPunctuation(0, '.')) {
    const token = tokens.next()!;
    owner = token.kind === 'word' ? token.text : owner;
  }
  if (owner === undefined || !tokens.accept('{')) {
    return { owner: undefined };
  }
  return { owner };
}

/**
 * The members of a message, oneof or extend block whose `{` was just read, to the matching `}`.
 * Nested blocks are kept on a stack of owners rather than read by recursion, so a file of
 * messages nested thousands deep cannot overflow the call stack.
 */
function readBody(tokens: TokenStream, facts: SchemaFactsCollector, owner: string): void {
  const owners = [owner];
  while (owners.length > 0 && tokens.peek()) {
    if (tokens.accept('}')) {
      owners.pop();
      continue;
    }
    const current = owners[owners.length - 1]!;
    const nested = readBlockHeader(tokens);
    if (nested) {
      if (nested.owner !== undefined) {
        owners.push(nested.owner);
      }
    } else if (tokens.isKeyword(0, 'oneof') && tokens.isPunctuation(2, '{')) {
      tokens.next();
      tokens.next();
      tokens.next();
      owners.push(current); // a oneof's members belong to its message
    } else if (tokens.isKeyword(0, ...NON_FIELD_STATEMENTS)) {
      skipStatement(tokens);
    } else if (tokens.peek()!.kind === 'word' || tokens.isPunctuation(0, '.')) {
      readField(tokens, facts, current);
    } else {
      tokens.skipItem(); // empty statements and strays
    }
  }
}

/** `[label] Type name = number [options];`; a field typed as far as its name already counts. */
function readField(tokens: TokenStream, facts: SchemaFactsCollector, owner: string): void {
  if (tokens.isKeyword(0, ...LABELS)) {
    tokens.next();
  }
  if (tokens.isKeyword(0, 'group')) {
    skipStatement(tokens); // proto2's deprecated `optional group Result = 1 { ... }`
    return;
  }
  const typeStart = tokens.peek()?.start ?? 0;
  const typeEnd = readFieldType(tokens);
  const name = tokens.peek();
  if (typeEnd === undefined || name?.kind !== 'word') {
    skipStatement(tokens);
    return;
  }
  tokens.next();
  // `= 4`; a line break ends it too, so a `;` not yet typed does not swallow the next field.
  while (tokens.peek()?.lineBreakBefore === false && !tokens.isPunctuation(0, '[') && !isStatementEnd(tokens)) {
    tokens.next();
  }
  const annotations = tokens.isPunctuation(0, '[') ? readOptions(tokens, facts.text) : [];
  facts.field({ name: name.text, start: name.start, end: name.end, owner, typeText: facts.text.slice(typeStart, typeEnd), annotations });
  tokens.accept(';');
}

/** `string`, `.pkg.Type`, `google.protobuf.Timestamp`, `map<string, Contact>`: the end offset of the type. */
function readFieldType(tokens: TokenStream): number | undefined {
  if (tokens.isKeyword(0, 'map') && tokens.isPunctuation(1, '<')) {
    while (tokens.peek() && !tokens.isPunctuation(0, '>') && !isStatementEnd(tokens)) {
      tokens.next();
    }
    return tokens.accept('>')?.end;
  }
  let end = tokens.accept('.')?.end;
  while (tokens.peek()?.kind === 'word') {
    end = tokens.next()!.end;
    if (!tokens.isPunctuation(0, '.')) {
      break;
    }
    tokens.next();
  }
  return end;
}

/** `[json_name = "email", (validate.rules).string.email = true]`: each option as written. */
function readOptions(tokens: TokenStream, text: string): string[] {
  const options: string[] = [];
  let start: number | undefined;
  let end = 0;
  const endOption = (): void => {
    if (start !== undefined) {
      options.push(text.slice(start, end));
    }
    start = undefined;
  };
  tokens.next();
  while (tokens.peek() && !isStatementEnd(tokens) && !tokens.accept(']')) {
    if (tokens.accept(',')) {
      endOption();
      continue;
    }
    start ??= tokens.peek()!.start;
    end = tokens.skipItem()!.end;
  }
  endOption();
  return options;
}

/** `message X {`, `enum X {`, `service X {`: never inside a bracketed group, so an unclosed one ends there. */
function isDefinitionStart(tokens: TokenStream): boolean {
  return tokens.isKeyword(0, 'message', 'enum', 'service') && tokens.peek(1)?.kind === 'word' && tokens.isPunctuation(2, '{');
}

function isStatementEnd(tokens: TokenStream): boolean {
  return tokens.isPunctuation(0, ';') || tokens.isPunctuation(0, '}');
}

/** To the `;` that ends the statement, or past the `{...}` body that ends it; never past the enclosing `}`. */
function skipStatement(tokens: TokenStream): void {
  while (tokens.peek() && !tokens.isPunctuation(0, '}')) {
    const last = tokens.skipItem()!;
    if (last.text === ';' || last.text === '}') {
      return;
    }
  }
}
