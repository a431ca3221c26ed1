/**
 * Small questions rules ask of one file's facts: which function encloses a range, which calls
 * sit in the same function, whether two ranges share a line.
 */
import type { Call, FunctionDeclaration, Reference, SourceFacts } from '../facts';
import { comparePositions, type RawFinding, type TextRange } from '../model';
import { builtOnce, groupBy } from './factIndex';

export function contains(outer: TextRange, inner: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** The innermost function whose range holds `range`, where the adapter reports functions. */
export function enclosingFunction(facts: SourceFacts, range: TextRange): FunctionDeclaration | undefined {
  const holders = (facts.functions ?? []).filter((f) => contains(f.range, range));
  return holders.sort((a, b) => comparePositions(b.range.start, a.range.start))[0];
}

/** The name of the innermost named function around `range` ('' when none is named or reported). */
export function enclosingFunctionName(facts: SourceFacts, range: TextRange): string {
  let inner = enclosingFunction(facts, range);
  while (inner && inner.name === '') {
    const around = inner;
    inner = (facts.functions ?? []).filter((f) => f !== around && contains(f.range, around.range)).sort((a, b) => comparePositions(b.range.start, a.range.start))[0];
  }
  return inner?.name ?? '';
}

/**
 * The call a bare method is called on: in `redisTemplate.opsForValue().set(...)` or
 * `s.log.Sugar().Infow(...)` the callee path is the method alone, and its receiver is the call
 * the chain starts with.
 */
export function receiverCallOf(call: Call, calls: readonly Call[]): Call | undefined {
  if (call.calleePath.length > 1) {
    return undefined;
  }
  const startingHere = callsByStart(calls).get(startKey(call)) ?? [];
  return startingHere.find((c) => c !== call && contains(call.range, c.range));
}

/**
 * The file's calls by where they start, built once per list: rules ask receiverCallOf for every
 * call, and a scan of the whole list each time made a 20,000-line file cost quadratic time.
 */
const CALLS_BY_START = new WeakMap<readonly Call[], Map<string, Call[]>>();

function callsByStart(calls: readonly Call[]): Map<string, Call[]> {
  return builtOnce(CALLS_BY_START, calls, (all) => groupBy(all, (c) => [startKey(c)]));
}

function startKey(call: Call): string {
  return `${call.range.start.line}:${call.range.start.column}`;
}

/** Calls whose range overlaps the lines of `range` (a chained call on the same statement). */
export function callsOnLines(facts: SourceFacts, range: TextRange): Call[] {
  return facts.calls.filter((call) => call.range.start.line <= range.end.line && call.range.end.line >= range.start.line);
}

/** A name read by nested calls, or by a call and an assignment, is seen twice; one finding per place is enough. */
export function onePerPlace(findings: readonly RawFinding[]): RawFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const place = `${f.range.start.line}:${f.range.start.column}`;
    return seen.has(place) ? false : (seen.add(place), true);
  });
}

const VALUE_REFERENCES = new WeakMap<SourceFacts, readonly Reference[]>();

/**
 * Every name or member chain a file passes to a call or assigns: calls' argument references, then
 * assignments' values. Built once per file: several rules look through all of them for a constant.
 */
export function valueReferences(facts: SourceFacts): readonly Reference[] {
  return builtOnce(VALUE_REFERENCES, facts, (file) => [...file.calls.flatMap((call) => call.arguments.flatMap((a) => a.references)), ...(file.assignments ?? []).flatMap((a) => a.value)]);
}
