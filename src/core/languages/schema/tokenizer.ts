/**
 * A small configurable lexer shared by the SQL, Prisma, GraphQL and protobuf readers. These
 * formats need no full grammar to find fields: only tokens that strings and comments can never
 * fake, with exact offsets. Unterminated strings, quotes and comments end at the end of the text
 * (or of the line, where the format's strings are one-line), so half-typed input still lexes.
 */

export interface LexicalSyntax {
  /** Sticky (`y`) pattern of what starts a comment running to the end of the line. */
  readonly lineComment: RegExp;
  readonly blockComments: boolean;
  /** Characters that open a string literal. */
  readonly stringQuotes: string;
  /** Opening character of a quoted identifier, to its closing one (`"`, `` ` ``, `[` in SQL). */
  readonly identifierQuotes: Readonly<Record<string, string>>;
  /** Sticky (`y`) pattern of an unquoted identifier or keyword. */
  readonly word: RegExp;
  /** Whether a string may run over several lines (SQL); elsewhere a line break ends it, which keeps typing local. */
  readonly multilineStrings: boolean;
  /** GraphQL's `"""block strings"""`. */
  readonly tripleQuotedStrings?: boolean;
  /** PostgreSQL's `$$body$$` and `$tag$body$tag$`, which hold whole function bodies. */
  readonly dollarQuotedStrings?: boolean;
}

export type TokenKind = 'word' | 'quotedName' | 'string' | 'number' | 'punctuation';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Whether a line break separates this token from the one before: Prisma is line-based. */
  readonly lineBreakBefore: boolean;
}

export const IDENTIFIER_WORD = /[\p{L}_][\p{L}\p{N}_]*/uy;
const WHITESPACE = /\s+/y;
const NUMBER = /[0-9][0-9A-Za-z_.]*/y;
const DOLLAR_TAG = /\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/y;
const REST_OF_LINE = /[^\r\n]*/y;

export class Lexer {
  private offset = 0;

  constructor(
    private readonly text: string,
    private readonly syntax: LexicalSyntax,
    private readonly onComment: (start: number, end: number) => void,
  ) {}

  /** The next token, reporting the comments before it; undefined at the end of the text. */
  next(): Token | undefined {
    const lineBreakBefore = this.skipWhitespaceAndComments();
    if (this.offset >= this.text.length) {
      return undefined;
    }
    const start = this.offset;
    const kind = this.scanToken();
    return { kind, text: this.text.slice(start, this.offset), start, end: this.offset, lineBreakBefore };
  }

  private skipWhitespaceAndComments(): boolean {
    let lineBreak = this.offset === 0;
    for (;;) {
      const whitespace = this.match(WHITESPACE);
      if (whitespace !== undefined) {
        lineBreak ||= /[\n\r]/.test(whitespace);
        this.offset += whitespace.length;
      }
      const start = this.offset;
      if (this.match(this.syntax.lineComment) !== undefined) {
        this.offset = this.lineEnd(start);
      } else if (this.syntax.blockComments && this.text.startsWith('/*', start)) {
        const close = this.text.indexOf('*/', start + 2);
        this.offset = close < 0 ? this.text.length : close + 2;
      } else {
        return lineBreak;
      }
      this.onComment(start, this.offset);
    }
  }

  private scanToken(): TokenKind {
    const char = this.text[this.offset]!;
    if (this.syntax.tripleQuotedStrings && this.text.startsWith('"""', this.offset)) {
      const close = this.text.indexOf('"""', this.offset + 3);
      this.offset = close < 0 ? this.text.length : close + 3;
      return 'string';
    }
    if (this.syntax.stringQuotes.includes(char)) {
      this.offset = this.quotedEnd(char, { multiline: this.syntax.multilineStrings, backslashEscapes: true });
      return 'string';
    }
    const closingQuote = this.syntax.identifierQuotes[char];
    if (closingQuote !== undefined) {
      this.offset = this.quotedEnd(closingQuote, { multiline: false, backslashEscapes: false });
      return 'quotedName';
    }
    if (this.syntax.dollarQuotedStrings && char === '$' && this.scanDollarQuoted()) {
      return 'string';
    }
    const word = this.match(this.syntax.word) ?? this.match(NUMBER);
    if (word !== undefined) {
      this.offset += word.length;
      return /[0-9]/.test(char) ? 'number' : 'word';
    }
    this.offset += 1;
    return 'punctuation';
  }

  /** End of a literal opened at the current offset: escapes and doubled quotes (`'it''s'`, `"a""b"`) stay inside. */
  private quotedEnd(close: string, options: { multiline: boolean; backslashEscapes: boolean }): number {
    const { multiline, backslashEscapes } = options;
    for (let i = this.offset + 1; i < this.text.length; i++) {
      const char = this.text[i];
      if (char === '\\' && backslashEscapes) {
        i++;
      } else if (char === close) {
        if (this.text[i + 1] !== close || close === ']') {
          return i + 1;
        }
        i++;
      } else if (!multiline && (char === '\n' || char === '\r')) {
        return i;
      }
    }
    return this.text.length;
  }

  private scanDollarQuoted(): boolean {
    const tag = this.match(DOLLAR_TAG);
    if (tag === undefined) {
      return false;
    }
    const close = this.text.indexOf(tag, this.offset + tag.length);
    this.offset = close < 0 ? this.text.length : close + tag.length;
    return true;
  }

  private lineEnd(from: number): number {
    REST_OF_LINE.lastIndex = from;
    return from + (REST_OF_LINE.exec(this.text)?.[0].length ?? 0);
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.offset;
    return pattern.exec(this.text)?.[0];
  }
}
