/**
 * A JSON document written in pieces: exactly the text `JSON.stringify(value, null, indent)` gives,
 * without ever holding it as one string. A 1 GB monorepo's SARIF runs to half a gigabyte, past the
 * longest string V8 can make (about 512 MiB) and a large share of the memory a scan may use; in
 * pieces, a report is written out as it is serialised.
 */
import { StreamedList } from './reportList';

/**
 * A report file as the CLI writes it, `JSON.stringify(value, null, 2)` and a line break, in
 * pieces; it can be read more than once (each read serialises afresh).
 */
export function jsonDocument(value: unknown): Iterable<string> {
  return {
    *[Symbol.iterator]() {
      yield* jsonChunks(value, 2);
      yield '\n';
    },
  };
}

/**
 * Only what holds a long list is written in pieces (a report, its run, its list of findings); the
 * rest (one finding, one rule) is serialised whole, which is several times faster than piece by piece.
 */
const LONG_LIST = 64;
/** How deep a long list is looked for: a SARIF result list sits three levels down (runs, run, results). */
const LOOK_DEPTH = 3;

function holdsLongList(value: unknown, depth = 0): boolean {
  if (value instanceof StreamedList) {
    return true;
  }
  if (value === null || typeof value !== 'object' || depth > LOOK_DEPTH) {
    return false;
  }
  if (Array.isArray(value)) {
    return value.length >= LONG_LIST || value.some((item) => holdsLongList(item, depth + 1));
  }
  return Object.values(value).some((item) => holdsLongList(item, depth + 1));
}

export function* jsonChunks(value: unknown, indent = 2): Generator<string> {
  if (!Number.isInteger(indent) || indent < 1 || indent > 10) {
    throw new RangeError(`jsonChunks: indent must be 1 to 10 spaces, not ${indent}`);
  }
  const text = yield* chunksOf(value, ' '.repeat(indent), 0);
  if (text === undefined) {
    throw new TypeError('jsonChunks: the value has no JSON form (undefined, a function or a symbol)');
  }
}

/** Yields the pieces of `value` at `depth`; returns undefined, yielding nothing, where JSON.stringify would leave it out. */
function* chunksOf(value: unknown, unit: string, depth: number): Generator<string, true | undefined> {
  if (value instanceof StreamedList) {
    // Its toJSON would hold the whole list; walked here, one item is held at a time.
    return yield* arrayChunks(value, unit, depth);
  }
  // What JSON.stringify turns into something else first (a Date by toJSON, a boxed string) is a leaf.
  const isContainer =
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function' &&
    !(value instanceof String || value instanceof Number || value instanceof Boolean);
  if (!isContainer || !holdsLongList(value)) {
    const whole = JSON.stringify(value, null, unit) as string | undefined;
    if (whole === undefined) {
      return undefined;
    }
    // Nested, every line after the first sits deeper; JSON strings hold no raw line breaks.
    yield depth === 0 ? whole : whole.replace(/\n/g, `\n${unit.repeat(depth)}`);
    return true;
  }
  if (Array.isArray(value)) {
    return yield* arrayChunks(value, unit, depth);
  }
  const inner = `\n${unit.repeat(depth + 1)}`;
  const close = `\n${unit.repeat(depth)}`;
  let opened = false;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') {
      continue;
    }
    yield `${opened ? ',' : '{'}${inner}${JSON.stringify(key)}: `;
    opened = true;
    yield* chunksOf(item, unit, depth + 1);
  }
  yield opened ? `${close}}` : '{}';
  return true;
}

function* arrayChunks(items: Iterable<unknown>, unit: string, depth: number): Generator<string, true> {
  const inner = `\n${unit.repeat(depth + 1)}`;
  let first = true;
  for (const item of items) {
    yield `${first ? '[' : ','}${inner}`;
    first = false;
    // In an array, what JSON.stringify leaves out of an object is written as null.
    if ((yield* chunksOf(item, unit, depth + 1)) === undefined) {
      yield 'null';
    }
  }
  yield first ? '[]' : `\n${unit.repeat(depth)}]`;
  return true;
}
