/**
 * Where facts sit relative to each other. Facts carry ranges but no tree, so "the variable this
 * value is given to" or "the call this option belongs to" is answered from positions: a range
 * inside another, a name just before a value on the same line, calls starting at the same place.
 */
import type { Call, FunctionDeclaration, SourceFacts } from '../facts';
import { comparePositions, type TextRange } from '../model';

/** Whether `inner` lies within `outer` (bounds included). */
export function within(inner: TextRange, outer: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export interface NamedPlace {
  readonly name: string;
  readonly range: TextRange;
}

/**
 * The declaration or assignment closest before `range` on its line: `token` in
 * `const token = Math.random()`, `sessionId` in `{ sessionId: rand() }`, `CookieOptions.Secure` in
 * C#'s `new CookieOptions { Secure = false }`. Names end before the value they are given, so the
 * nearest one to the left is the one the value belongs to (or an enclosing one, for a nested value).
 */
export function nameBefore(facts: SourceFacts, range: TextRange): NamedPlace | undefined {
  return closestBefore([...facts.declarations, ...(facts.assignments ?? [])], range);
}

/** nameBefore for many lookups in one file: the declarations and assignments indexed by the line they end on. */
export function nameBeforeIndex(facts: SourceFacts): (range: TextRange) => NamedPlace | undefined {
  const byLine = new Map<number, NamedPlace[]>();
  for (const place of [...facts.declarations, ...(facts.assignments ?? [])]) {
    const line = byLine.get(place.range.end.line) ?? [];
    line.push(place);
    byLine.set(place.range.end.line, line);
  }
  return (range) => closestBefore(byLine.get(range.start.line) ?? [], range);
}

function closestBefore(places: readonly NamedPlace[], range: TextRange): NamedPlace | undefined {
  let best: NamedPlace | undefined;
  for (const place of places) {
    const { end } = place.range;
    if (end.line !== range.start.line || comparePositions(end, range.start) > 0) {
      continue;
    }
    if (!best || comparePositions(best.range.end, end) < 0) {
      best = place;
    }
  }
  return best;
}

/** Assignments whose value reads something inside `range`: `token` for a call in `token = ''.join(random.choice(...))`. */
export function assignmentsReading(facts: SourceFacts, range: TextRange): NamedPlace[] {
  return (facts.assignments ?? []).filter((a) => a.value.some((r) => within(r.range, range)));
}

/** Calls whose range holds `range`, innermost first. */
export function enclosingCalls(facts: SourceFacts, range: TextRange): Call[] {
  return facts.calls
    .filter((call) => within(range, call.range))
    .sort((a, b) => comparePositions(b.range.start, a.range.start) || comparePositions(a.range.end, b.range.end));
}

/**
 * The calls of one method chain: in `ResponseCookie.from(n, v).secure(false).build()` every call
 * starts where the chain does, and a callee that is not a plain chain keeps only its last name,
 * so the receiver is known from the call that starts at the same place.
 */
export function chainOf(facts: SourceFacts, call: Call): Call[] {
  return facts.calls.filter((other) => comparePositions(other.range.start, call.range.start) === 0);
}

/** The innermost function holding `range` (by the call's scope where given), where the adapter reports functions. */
export function enclosingFunction(facts: SourceFacts, range: TextRange, scope?: string): FunctionDeclaration | undefined {
  const functions = facts.functions ?? [];
  const byScope = scope ? functions.find((f) => f.scope === scope) : undefined;
  if (byScope) {
    return byScope;
  }
  return functions
    .filter((f) => within(range, f.range))
    .sort((a, b) => comparePositions(b.range.start, a.range.start))[0];
}

/** The last name of a key or path as written: `password` in `config["password"]`, `apiKey` in `this.apiKey`, `x` in `$opts->x`. */
export function lastName(key: string): string {
  const parts = key.split(/->|::|[.[\]'"`$@:()\s]+/).filter((p) => p.length > 0);
  return parts[parts.length - 1] ?? key;
}

/** The words of a name's last part (see lastName), lower case: `clientSecret`, `CLIENT_SECRET`, `client-secret` and `APIKey` all split. */
export function wordsOf(name: string): string[] {
  return splitWords(lastName(name));
}

/** The words of a whole text, lower case: `db.password` is `db`, `password`. */
export function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
