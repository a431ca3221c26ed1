/**
 * A small JSON reader into DocNode trees. JSON is YAML too, but the YAML parser takes over a
 * second per megabyte and published OpenAPI documents in JSON run to several megabytes; this
 * reader is some ten times faster. It tolerates what an editor sends: it stops at the first
 * thing it cannot read and keeps everything before it, and it skips `//` and `/* *\/` comments
 * (JSON with comments), reporting them.
 */
import { type DocEntry, type DocMap, type DocNode, type DocSeq, MAX_DOCUMENT_DEPTH } from './documentTree';

const STRING = /"(?:[^"\\\n\r]|\\.)*"?/y;
const LITERAL = /-?[0-9][0-9.eE+-]*|true|false|null/y;
const WHITESPACE = /\s*/y;
const LINE_COMMENT_REST = /[^\r\n]*/y;

export function readJsonDocument(text: string, onComment: (start: number, end: number) => void): DocNode | undefined {
  return new JsonReader(text, onComment).value();
}

class JsonReader {
  private offset = 0;
  /** Set at the first unreadable character: every open container then closes where it stands. */
  private stopped = false;
  /** Containers open around the current offset. */
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly onComment: (start: number, end: number) => void,
  ) {}

  value(): DocNode | undefined {
    this.skipSpace();
    const char = this.text[this.offset];
    if ((char === '{' || char === '[') && this.depth >= MAX_DOCUMENT_DEPTH) {
      this.skipContainer();
      return undefined;
    }
    if (char === '{') {
      return this.nested(() => this.object());
    }
    if (char === '[') {
      return this.nested(() => this.array());
    }
    const scalar = char === '"' ? this.string() : this.literal();
    this.stopped ||= scalar === undefined;
    return scalar;
  }

  private nested<T>(read: () => T): T {
    this.depth++;
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  /** Steps over a container nested too deep to read (MAX_DOCUMENT_DEPTH), without recursion: to its matching close or the end. */
  private skipContainer(): void {
    let open = 0;
    while (this.offset < this.text.length) {
      const char = this.text[this.offset]!;
      if (char === '"') {
        this.offset += this.match(STRING)!.length;
        continue;
      }
      open += char === '{' || char === '[' ? 1 : char === '}' || char === ']' ? -1 : 0;
      this.offset++;
      if (open === 0) {
        return;
      }
    }
  }

  private object(): DocMap {
    const entries: DocEntry[] = [];
    this.offset++;
    while (!this.stopped && this.skipSpace() && !this.accept('}')) {
      if (this.accept(',')) {
        continue;
      }
      const key = this.text[this.offset] === '"' ? this.string() : undefined;
      if (!key) {
        this.stopped = true;
        break;
      }
      this.skipSpace();
      const value = this.accept(':') ? this.value() : undefined;
      entries.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value });
    }
    return { kind: 'map', entries };
  }

  private array(): DocSeq {
    const items: DocNode[] = [];
    this.offset++;
    while (!this.stopped && this.skipSpace() && !this.accept(']')) {
      if (this.accept(',')) {
        continue;
      }
      const item = this.value();
      if (item) {
        items.push(item);
      }
    }
    return { kind: 'seq', items };
  }

  /** A string scalar, offsets inside the quotes; an unclosed one ends at the end of its line. */
  private string(): { kind: 'scalar'; value: string; start: number; end: number } {
    const raw = this.match(STRING)!;
    const start = this.offset + 1;
    this.offset += raw.length;
    const closed = raw.length >= 2 && raw.endsWith('"');
    const end = closed ? this.offset - 1 : this.offset;
    return { kind: 'scalar', value: decodeString(this.text.slice(start, end)), start, end };
  }

  private literal(): DocNode | undefined {
    const raw = this.match(LITERAL);
    if (raw === undefined) {
      return undefined;
    }
    const start = this.offset;
    this.offset += raw.length;
    const value: unknown = raw === 'null' ? null : raw === 'true' ? true : raw === 'false' ? false : Number(raw);
    return { kind: 'scalar', value, start, end: this.offset };
  }

  /** Skips whitespace and comments; false at the end of the text, so loops can test it. */
  private skipSpace(): boolean {
    for (;;) {
      this.offset += this.match(WHITESPACE)!.length;
      const start = this.offset;
      if (this.text.startsWith('//', start)) {
        this.offset += 2;
        this.offset += this.match(LINE_COMMENT_REST)!.length;
      } else if (this.text.startsWith('/*', start)) {
        const close = this.text.indexOf('*/', start + 2);
        this.offset = close < 0 ? this.text.length : close + 2;
      } else {
        return this.offset < this.text.length;
      }
      this.onComment(start, this.offset);
    }
  }

  private accept(char: string): boolean {
    if (this.text[this.offset] !== char) {
      return false;
    }
    this.offset++;
    return true;
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.offset;
    return pattern.exec(this.text)?.[0];
  }
}

/** Escapes are rare in keys and the few values read (`type`, `format`, `name`): decode only when present. */
function decodeString(raw: string): string {
  if (!raw.includes('\\')) {
    return raw;
  }
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch (_error) {
    return raw;
  }
}
