/**
 * Where facts sit relative to each other. Facts are flat lists (a literal does not say which call's
 * argument list or which option object it is in), so the configuration rules relate them by
 * range: the calls around a literal, the argument it is in, the text before it in that argument.
 */
import type { Call, Expression, Literal, SourceFacts } from '../facts';
import { comparePositions, type Position, type TextRange } from '../model';

export function containsRange(outer: TextRange, inner: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function sameRange(a: TextRange, b: TextRange): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** The calls whose range holds `range`, innermost first. */
export function callsAround(calls: readonly Call[], range: TextRange): Call[] {
  return calls
    .filter((call) => containsRange(call.range, range) && !sameRange(call.range, range))
    .sort((a, b) => comparePositions(b.range.start, a.range.start) || comparePositions(a.range.end, b.range.end));
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
  return callsInside(calls, call.range).find((inner) => comparePositions(inner.range.start, call.range.start) === 0);
}

/** The calls strictly inside `range`, outermost first. */
export function callsInside(calls: readonly Call[], range: TextRange): Call[] {
  return calls
    .filter((call) => containsRange(range, call.range) && !sameRange(call.range, range))
    .sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(b.range.end, a.range.end));
}

/** The literals inside `range`, in document order. */
export function literalsInside(literals: readonly Literal[], range: TextRange): Literal[] {
  return literals.filter((literal) => containsRange(range, literal.range)).sort((a, b) => comparePositions(a.range.start, b.range.start));
}

/**
 * The text of an argument from its start up to `position` (which must be inside it): what a
 * literal in a list is preceded by (`{ origin: [`, `allow_origins=[`, `AllowOrigins: []string{`).
 */
export function argumentTextBefore(argument: Expression, position: Position): string | undefined {
  const lines = argument.text.split('\n');
  const lineOffset = position.line - argument.range.start.line;
  if (lineOffset < 0 || lineOffset >= lines.length) {
    return undefined;
  }
  const column = lineOffset === 0 ? position.column - argument.range.start.column : position.column;
  return [...lines.slice(0, lineOffset), (lines[lineOffset] ?? '').slice(0, Math.max(0, column))].join('\n');
}

/** The text of an argument from `position` (inside it) to its end. */
export function argumentTextAfter(argument: Expression, position: Position): string | undefined {
  const lines = argument.text.split('\n');
  const lineOffset = position.line - argument.range.start.line;
  if (lineOffset < 0 || lineOffset >= lines.length) {
    return undefined;
  }
  const column = lineOffset === 0 ? position.column - argument.range.start.column : position.column;
  return [(lines[lineOffset] ?? '').slice(Math.max(0, column)), ...lines.slice(lineOffset + 1)].join('\n');
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
 * any call, the nearest name before it on the line that `isKey` accepts: an assignment
 * (`config.AllowOrigins = []string{`), an object key (`{ origin: [`) or a string key (PHP
 * `'allowed_origins' => [`).
 */
export function keyOf(literal: Literal, facts: SourceFacts, isKey: (name: string) => boolean): string | undefined {
  if (literal.key !== undefined) {
    return literal.key;
  }
  const [innermost] = callsAround(facts.calls, literal.range);
  if (innermost) {
    const argument = argumentAround(innermost, literal.range)?.argument;
    const before = argument ? argumentTextBefore(argument, literal.range.start) : undefined;
    return before === undefined ? undefined : KEY_BEFORE_LIST_ITEM.exec(before)?.[2];
  }
  const line = literal.range.start.line;
  const isBefore = (range: TextRange): boolean => range.end.line === line && comparePositions(range.end, literal.range.start) <= 0;
  const candidates = [
    ...(facts.assignments ?? []).filter((a) => isBefore(a.range)).map((a) => ({ name: a.name.split(/\.|->|::/).pop() ?? '', range: a.range })),
    ...facts.declarations.filter((d) => d.kind === 'objectProperty' && isBefore(d.range)).map((d) => ({ name: d.name, range: d.range })),
    ...(facts.literals ?? []).filter((l) => l.kind === 'string' && isBefore(l.range)).map((l) => ({ name: l.value, range: l.range })),
  ];
  const nearest = candidates.sort((a, b) => comparePositions(b.range.end, a.range.end))[0];
  return nearest && isKey(nearest.name) ? nearest.name : undefined;
}
