/**
 * Where a JSON text stops being JSON, as a line and column an editor can go to. V8's JSON.parse
 * message gives a position only sometimes, and otherwise quotes the whole input (a configuration
 * file, in one line of stderr), so the text is walked again here once JSON.parse has refused it.
 */

export interface JsonSyntaxError {
  /** 1-based, as editors count. */
  readonly line: number;
  readonly column: number;
  /** What was expected there, e.g. `expected a value`. */
  readonly expected: string;
}

/** Parses a JSON text that may start with a byte-order mark (editors on Windows write one). */
export function parseJson(text: string): { value: unknown } | { error: JsonSyntaxError } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) as unknown };
  } catch {
    const found = findJsonSyntaxError(body) ?? { offset: body.length, expected: 'valid JSON' };
    const before = body.slice(0, found.offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { error: { line: before.split('\n').length, column: found.offset - lineStart + 1, expected: found.expected } };
  }
}

/** "line 3, column 9: expected a value". */
export function describeJsonSyntaxError(error: JsonSyntaxError): string {
  return `line ${error.line}, column ${error.column}: ${error.expected}`;
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
// JSON forbids raw control characters in strings, so the pattern has to name them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

type Frame = 'object' | 'array';

/**
 * The first offset where the text is not strict JSON, and what was expected there. Iterative, with
 * its own stack: a hostile file nested ten thousand deep must not overflow the call stack.
 */
export function findJsonSyntaxError(text: string): { offset: number; expected: string } | undefined {
  const stack: Frame[] = [];
  let offset = skip(text, 0);
  // What the walker needs next: a value, or what may follow one inside the innermost container.
  let state: 'value' | 'afterValue' | 'firstInObject' | 'firstInArray' = 'value';
  for (;;) {
    const char = text[offset];
    if (state === 'firstInObject' || state === 'firstInArray') {
      const closing = state === 'firstInObject' ? '}' : ']';
      if (char === closing) {
        stack.pop();
        offset = skip(text, offset + 1);
        state = 'afterValue';
        continue;
      }
      if (state === 'firstInObject') {
        const keyEnd = objectKey(text, offset);
        if (typeof keyEnd !== 'number') {
          return keyEnd;
        }
        offset = keyEnd;
      }
      state = 'value';
      continue;
    }
    if (state === 'value') {
      if (char === '{' || char === '[') {
        stack.push(char === '{' ? 'object' : 'array');
        offset = skip(text, offset + 1);
        state = char === '{' ? 'firstInObject' : 'firstInArray';
        continue;
      }
      const end = match(STRING, text, offset) ?? match(NUMBER, text, offset) ?? match(LITERAL, text, offset);
      if (end === undefined && char === '"') {
        return { offset, expected: 'expected a string closed by a double quote on the same line, with valid escapes' };
      }
      if (end === undefined) {
        return { offset, expected: char === undefined ? 'expected a value, found the end of the file' : `expected a value, found ${quote(char)}` };
      }
      offset = skip(text, end);
      state = 'afterValue';
      continue;
    }
    const frame = stack[stack.length - 1];
    if (frame === undefined) {
      return char === undefined ? undefined : { offset, expected: `expected the end of the file after the JSON value, found ${quote(char)}` };
    }
    const closing = frame === 'object' ? '}' : ']';
    if (char === closing) {
      stack.pop();
      offset = skip(text, offset + 1);
      continue;
    }
    if (char !== ',') {
      return { offset, expected: `expected , or ${closing}${char === undefined ? ', found the end of the file' : `, found ${quote(char)}`}` };
    }
    offset = skip(text, offset + 1);
    if (frame === 'object') {
      const keyEnd = objectKey(text, offset);
      if (typeof keyEnd !== 'number') {
        return keyEnd;
      }
      offset = keyEnd;
    }
    state = 'value';
  }
}

/** A key and its colon: the offset of the value after them, or the error. */
function objectKey(text: string, offset: number): number | { offset: number; expected: string } {
  const keyEnd = match(STRING, text, offset);
  if (keyEnd === undefined) {
    const char = text[offset];
    return { offset, expected: `expected a property name in double quotes${char === undefined ? ', found the end of the file' : `, found ${quote(char)}`}` };
  }
  const colon = skip(text, keyEnd);
  if (text[colon] !== ':') {
    return { offset: colon, expected: 'expected : after the property name' };
  }
  return skip(text, colon + 1);
}

function match(pattern: RegExp, text: string, offset: number): number | undefined {
  pattern.lastIndex = offset;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

function skip(text: string, offset: number): number {
  WHITESPACE.lastIndex = offset;
  WHITESPACE.test(text);
  return WHITESPACE.lastIndex;
}

function quote(char: string): string {
  return JSON.stringify(char);
}
