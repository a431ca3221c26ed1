/**
 * Tokens with look-ahead and the few moves every schema reader needs: test a keyword, skip a
 * bracketed group, read a name. Readers lex lazily through it, so a large SQL dump is never held
 * as one token array.
 */
import { Lexer, type LexicalSyntax, type Token } from './tokenizer';

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"', '`': '`', '[': ']' };

export class TokenStream {
  private readonly lexer: Lexer;
  private readonly buffer: Token[] = [];
  private ended = false;

  /**
   * @param isGroupBoundary where a bracketed group left open (while typing) is given up: a token
   * that cannot stand inside one, such as SQL's `;` or the start of the next Prisma model. Without
   * it an unclosed `(` would swallow the rest of the file.
   */
  constructor(
    text: string,
    syntax: LexicalSyntax,
    onComment: (start: number, end: number) => void,
    private readonly isGroupBoundary: (tokens: TokenStream) => boolean = () => false,
  ) {
    this.lexer = new Lexer(text, syntax, onComment);
  }

  peek(ahead = 0): Token | undefined {
    while (this.buffer.length <= ahead && !this.ended) {
      const token = this.lexer.next();
      if (token) {
        this.buffer.push(token);
      } else {
        this.ended = true;
      }
    }
    return this.buffer[ahead];
  }

  next(): Token | undefined {
    const token = this.peek();
    this.buffer.shift();
    return token;
  }

  /** Whether the token `ahead` is one of these unquoted keywords, in any case. */
  isWord(ahead: number, ...words: readonly string[]): boolean {
    const token = this.peek(ahead);
    return token?.kind === 'word' && words.includes(token.text.toUpperCase());
  }

  /** Whether the token `ahead` is one of these keywords, exactly: Prisma, GraphQL and protobuf keywords are lower case. */
  isKeyword(ahead: number, ...words: readonly string[]): boolean {
    const token = this.peek(ahead);
    return token?.kind === 'word' && words.includes(token.text);
  }

  isPunctuation(ahead: number, char: string): boolean {
    const token = this.peek(ahead);
    return token?.kind === 'punctuation' && token.text === char;
  }

  /** Consumes the next token if it is this punctuation. */
  accept(char: string): Token | undefined {
    return this.isPunctuation(0, char) ? this.next() : undefined;
  }

  /** Consumes the next tokens while they spell these keywords in order; all or nothing. */
  acceptWords(...words: readonly string[]): boolean {
    if (!words.every((word, i) => this.isWord(i, word))) {
      return false;
    }
    words.forEach(() => this.next());
    return true;
  }

  /**
   * Consumes one token, or a whole bracketed group if the next token opens one (to its matching
   * close, a group boundary, or the end of the text). Returns the last token consumed.
   */
  skipItem(): Token | undefined {
    let last = this.next();
    let depth = last && isOpener(last) ? 1 : 0;
    while (depth > 0 && this.peek() && !this.isGroupBoundary(this)) {
      const token = this.next()!;
      depth += isOpener(token) ? 1 : isCloser(token) ? -1 : 0;
      last = token;
    }
    return last;
  }
}

function isOpener(token: Token): boolean {
  return token.kind === 'punctuation' && OPENERS.has(token.text);
}

function isCloser(token: Token): boolean {
  return token.kind === 'punctuation' && CLOSERS.has(token.text);
}

export interface NameToken {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** The name a word or quoted identifier stands for, with the offsets of the name inside its quotes. */
export function nameOf(token: Token | undefined): NameToken | undefined {
  if (token?.kind === 'word') {
    return { name: token.text, start: token.start, end: token.end };
  }
  if (token?.kind !== 'quotedName') {
    return undefined;
  }
  const closing = QUOTE_PAIRS[token.text[0] ?? ''];
  const closed = token.text.length >= 2 && token.text.endsWith(closing ?? '"');
  const end = closed ? token.end - 1 : token.end;
  return { name: token.text.slice(1, end - token.start), start: token.start + 1, end };
}
