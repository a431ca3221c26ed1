/**
 * Where facts sit relative to each other. Facts are flat lists (a literal does not say which call's
 * argument list or which option object it is in), so the configuration rules relate them by
 * range: the calls around a literal, the argument it is in, the text before it in that argument.
 */
import type { Call, Declaration, Expression, Literal, Reference, SourceFacts } from '../facts';
import { comparePositions, type Position, type TextRange } from '../model';
import { builtOnce, groupBy } from './factIndex';

export function containsRange(outer: TextRange, inner: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function sameRange(a: TextRange, b: TextRange): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** The calls whose range holds `range`, innermost first. */
export function callsAround(calls: readonly Call[], range: TextRange): Call[] {
  return callsOnLine(calls, range.start.line)
    .filter((call) => containsRange(call.range, range) && !sameRange(call.range, range))
    .sort((a, b) => comparePositions(b.range.start, a.range.start) || comparePositions(a.range.end, b.range.end));
}

/** Calls by the lines they cover, built once per list: the rules ask what is around every literal. */
const CALLS_BY_LINE = new WeakMap<readonly Call[], Map<number, Call[]>>();

/** The calls whose range covers a line. */
export function callsOnLine(calls: readonly Call[], line: number): readonly Call[] {
  const byLine = builtOnce(CALLS_BY_LINE, calls, (all) =>
    groupBy(all, (call) => Array.from({ length: call.range.end.line - call.range.start.line + 1 }, (_, i) => call.range.start.line + i)),
  );
  return byLine.get(line) ?? [];
}

/** The argument of `call` that holds `range`, with its position. */
export function argumentAround(call: Call, range: TextRange): { readonly index: number; readonly argument: Expression } | undefined {
  const index = call.arguments.findIndex((argument) => containsRange(argument.range, range));
  return index < 0 ? undefined : { index, argument: call.arguments[index]! };
}

/**
 * The call a chained call is made on: `crypto.createHash('md5')` in `crypto.createHash('md5').update(pw)`,
 * `MD5.Create()` in `MD5.Create().ComputeHash(b)`. Adapters give a chained call its final name
 * only, and its range starts where the receiver's does.
 */
export function receiverCall(calls: readonly Call[], call: Call): Call | undefined {
  return callsOnLine(calls, call.range.start.line)
    .filter((inner) => comparePositions(inner.range.start, call.range.start) === 0 && containsRange(call.range, inner.range) && !sameRange(inner.range, call.range))
    .sort((a, b) => comparePositions(b.range.end, a.range.end))[0];
}

/** The literals inside `range`, in document order. */
export function literalsInside(literals: readonly Literal[], range: TextRange): Literal[] {
  const lines = range.end.line - range.start.line + 1;
  const nearby = lines > 64 ? literals : Array.from({ length: lines }, (_, i) => literalsOnLine(literals, range.start.line + i)).flat();
  return nearby.filter((literal) => containsRange(range, literal.range)).sort((a, b) => comparePositions(a.range.start, b.range.start));
}

const LITERALS_BY_LINE = new WeakMap<readonly Literal[], Map<number, Literal[]>>();

/** The literals that start on a line. */
export function literalsOnLine(literals: readonly Literal[], line: number): readonly Literal[] {
  return builtOnce(LITERALS_BY_LINE, literals, (all) => groupBy(all, (literal) => [literal.range.start.line])).get(line) ?? [];
}

/** Every reference in every call's arguments, in the order of the calls and their arguments, by the line it starts on. */
const ARGUMENT_REFERENCES_BY_LINE = new WeakMap<readonly Call[], Map<number, { readonly reference: Reference; readonly order: number }[]>>();

/**
 * The references in calls' arguments that lie inside `range`, in the order of the calls and their
 * arguments (a reference in nested calls' arguments comes once per call, the outer call's first).
 */
export function argumentReferencesInside(calls: readonly Call[], range: TextRange): Reference[] {
  const byLine = builtOnce(ARGUMENT_REFERENCES_BY_LINE, calls, (all) =>
    groupBy(
      all.flatMap((call) => call.arguments.flatMap((a) => a.references)).map((reference, order) => ({ reference, order })),
      (entry) => [entry.reference.range.start.line],
    ),
  );
  const found: { readonly reference: Reference; readonly order: number }[] = [];
  for (let line = range.start.line; line <= range.end.line; line++) {
    found.push(...(byLine.get(line) ?? []).filter((entry) => containsRange(range, entry.reference.range)));
  }
  return found.sort((a, b) => a.order - b.order).map((entry) => entry.reference);
}

const DECLARATIONS_BY_LINE = new WeakMap<readonly Declaration[], Map<number, Declaration[]>>();

/** The declarations whose name is on a line. */
export function declarationsOnLine(declarations: readonly Declaration[], line: number): readonly Declaration[] {
  return builtOnce(DECLARATIONS_BY_LINE, declarations, (all) => groupBy(all, (declaration) => [declaration.range.start.line])).get(line) ?? [];
}

/** What is read around a literal in its argument's text: enough for a key and a bracket, never a whole file-wide callback. */
const NEARBY_CHARACTERS = 240;

/**
 * The text of an argument just before `position` (which must be inside it), at most
 * NEARBY_CHARACTERS: what a literal in a list is preceded by (`{ origin: [`, `allow_origins=[`,
 * `AllowOrigins: []string{`).
 */
export function argumentTextBefore(argument: Expression, position: Position): string | undefined {
  const offset = offsetIn(argument, position);
  return offset === undefined ? undefined : argument.text.slice(Math.max(0, offset - NEARBY_CHARACTERS), offset);
}

/** The text of an argument just from `position` (inside it), at most NEARBY_CHARACTERS. */
export function argumentTextAfter(argument: Expression, position: Position): string | undefined {
  const offset = offsetIn(argument, position);
  return offset === undefined ? undefined : argument.text.slice(offset, offset + NEARBY_CHARACTERS);
}

/** Where a position falls in an argument's text, counting line breaks only as far as needed. */
function offsetIn(argument: Expression, position: Position): number | undefined {
  const lineOffset = position.line - argument.range.start.line;
  let lineStart = 0;
  for (let line = 0; line < lineOffset; line++) {
    const next = argument.text.indexOf('\n', lineStart);
    if (next < 0) {
      return undefined;
    }
    lineStart = next + 1;
  }
  const column = lineOffset === 0 ? position.column - argument.range.start.column : position.column;
  return lineOffset < 0 || column < 0 ? undefined : Math.min(argument.text.length, lineStart + column);
}

/** Keys compared without case, quotes, `_`, `-` or spaces: `allow_origins`, `AllowOrigins` and `'allowed-origins'` alike. */
export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_\s'"`:$@]/g, '');
}

/** `true`, `True`, `'true'` (Spring's annotation attributes and header values are strings). */
export function isTrueValue(literal: Literal): boolean {
  return /^true$/i.test(literal.value);
}

/** `origin: ['a', ` before a list item: the key, an optional Go slice type, the opening bracket, earlier items. */
const KEY_BEFORE_LIST_ITEM = /(["']?)([A-Za-z_][\w:-]*)\1\s*(?::|=>|=)\s*(?:\[\]\s*\w+\s*)?[[{(]\s*(?:[^[\]{}()]*,\s*)?$/;

/**
 * The key a literal is given to. List items carry none in the code adapters' facts, so it is read
 * from what precedes them: the argument text (`allow_origins=[`, `"members": {`), else, outside
 * any call and when `isKey` is given, the nearest name before it on the line if `isKey` accepts it: an assignment
 * (`config.AllowOrigins = []string{`), an object key (`{ origin: [`) or a string key (PHP
 * `'allowed_origins' => [`).
 */
export function keyOf(literal: Literal, facts: SourceFacts, isKey?: (name: string) => boolean): string | undefined {
  if (literal.key !== undefined) {
    return literal.key;
  }
  const [innermost] = callsAround(facts.calls, literal.range);
  if (innermost) {
    const argument = argumentAround(innermost, literal.range)?.argument;
    const before = argument ? argumentTextBefore(argument, literal.range.start) : undefined;
    return before === undefined ? undefined : KEY_BEFORE_LIST_ITEM.exec(before)?.[2];
  }
  if (!isKey) {
    return undefined;
  }
  const nearest = namesEndingOn(facts, literal.range.start.line)
    .filter((name) => comparePositions(name.range.end, literal.range.start) <= 0)
    .sort((a, b) => comparePositions(b.range.end, a.range.end))[0];
  return nearest && isKey(nearest.name) ? nearest.name : undefined;
}

interface NameAt {
  readonly name: string;
  readonly range: TextRange;
}

const NAMES_BY_LINE = new WeakMap<SourceFacts, Map<number, NameAt[]>>();

/** Assigned names, object keys and strings, by the line they end on, built once per file. */
function namesEndingOn(facts: SourceFacts, line: number): readonly NameAt[] {
  const byLine = builtOnce(NAMES_BY_LINE, facts, (file) => {
    const names: NameAt[] = [
      ...(file.assignments ?? []).map((a) => ({ name: a.name.split(/\.|->|::/).pop() ?? '', range: a.range })),
      ...file.declarations.filter((d) => d.kind === 'objectProperty').map((d) => ({ name: d.name, range: d.range })),
      ...(file.literals ?? []).filter((l) => l.kind === 'string').map((l) => ({ name: l.value, range: l.range })),
    ];
    return groupBy(names, (name) => [name.range.end.line]);
  });
  return byLine.get(line) ?? [];
}
