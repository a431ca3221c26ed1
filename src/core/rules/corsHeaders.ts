/**
 * `Access-Control-Allow-Origin` written by hand: `*`, or the request's own Origin header sent
 * back (reflection), which allows every origin and, unlike `*`, is honoured with credentials.
 *
 * Reflection after a check against an allow-list is the right way to allow several origins, and
 * the check leaves no fact when it is an `in` (Python), `==` or a map look-up (Go). So only a
 * header set straight from the request (`res.setHeader('Access-Control-Allow-Origin',
 * req.headers.origin)`) is reported, and only where the function reads the Origin header nowhere
 * else (a read elsewhere is most likely the check).
 */
import type { Literal, Reference, SourceFacts } from '../facts';
import { comparePositions, type TextRange } from '../model';
import type { CorsSignal } from './corsOptions';
import { argumentAround, callsAround, containsRange, literalsInside, sameRange } from './factRanges';

const ALLOW_ORIGIN = 'access-control-allow-origin';
/** `Access-Control-Allow-Origin: *` as one string (PHP's `header()`). */
const ALLOW_ORIGIN_LINE = /^access-control-allow-origin\s*:\s*(.*)$/i;
/** The request header that names the caller's origin, as a getter argument or a server variable. */
const ORIGIN_HEADER = /^(http_)?origin$/i;
/** Names that hold the request in a member chain ending in `origin`: `req.headers.origin`, `$_SERVER['HTTP_ORIGIN']`, Ruby's `request.origin`. */
const REQUEST_WORD = /^(req|request|headers?|_server|server|meta|ctx|context|r)$/i;

/** Findings for every hand-written Access-Control-Allow-Origin in the file. */
export function headerSignals(facts: SourceFacts): CorsSignal[] {
  const reads = originReads(facts);
  return (facts.literals ?? []).flatMap((literal) => headerSignal(literal, facts, reads));
}

interface OriginRead {
  readonly range: TextRange;
  readonly scope: string | undefined;
}

function headerSignal(literal: Literal, facts: SourceFacts, reads: readonly OriginRead[]): CorsSignal[] {
  // `{ 'Access-Control-Allow-Origin': '*' }`, `headers['Access-Control-Allow-Origin'] = '*'`
  if (literal.key?.toLowerCase().includes(ALLOW_ORIGIN)) {
    return literal.value === '*' ? [{ range: literal.range, what: 'Access-Control-Allow-Origin: *', kind: 'any' }] : [];
  }
  if (literal.kind !== 'string') {
    return [];
  }
  const line = ALLOW_ORIGIN_LINE.exec(literal.value);
  if (line) {
    return line[1]!.trim() === '*' ? [{ range: literal.range, what: 'Access-Control-Allow-Origin: *', kind: 'any' }] : reflectionIn(literal.range, facts, reads);
  }
  if (literal.value.toLowerCase() !== ALLOW_ORIGIN) {
    return [];
  }
  return literal.calleePath ? valueArguments(literal, facts, reads) : restOfLine(literal, facts, reads);
}

/** `res.setHeader('Access-Control-Allow-Origin', value)`: the arguments after the header's name. */
function valueArguments(literal: Literal, facts: SourceFacts, reads: readonly OriginRead[]): CorsSignal[] {
  const callee = literal.calleePath!.join('.');
  const call = callsAround(facts.calls, literal.range).find((c) => c.calleePath.join('.') === callee);
  const at = call ? argumentAround(call, literal.range) : undefined;
  if (!call || !at) {
    return [];
  }
  return call.arguments.slice(at.index + 1).flatMap((value): CorsSignal[] => {
    const star = literalsInside(facts.literals ?? [], value.range).find((l) => l.kind === 'string' && l.value === '*');
    if (star) {
      return [{ range: star.range, what: 'Access-Control-Allow-Origin: *', kind: 'any', setting: call }];
    }
    return isSoleRead(value.range, call.scope, reads) ? [{ range: value.range, what: `Access-Control-Allow-Origin set to ${value.text}`, kind: 'reflect', setting: call }] : [];
  });
}

/** `response.headers['Access-Control-Allow-Origin'] = request.headers['Origin']`: what follows on the line. */
function restOfLine(literal: Literal, facts: SourceFacts, reads: readonly OriginRead[]): CorsSignal[] {
  const { line } = literal.range.end;
  const after = (facts.literals ?? []).filter((l) => l.range.start.line === line && comparePositions(l.range.start, literal.range.end) >= 0);
  const star = after.find((l) => l.kind === 'string' && l.value === '*' && l.key === undefined);
  if (star) {
    return [{ range: star.range, what: 'Access-Control-Allow-Origin: *', kind: 'any' }];
  }
  const rest: TextRange = { start: literal.range.end, end: { line, column: Number.MAX_SAFE_INTEGER } };
  const read = reads.find((r) => containsRange(rest, r.range));
  if (!read || !isSoleRead(read.range, undefined, reads)) {
    return [];
  }
  // Point at the getter (`request.headers.get("Origin")`) rather than at its argument.
  const getter = callsAround(facts.calls, read.range).filter((call) => containsRange(rest, call.range)).pop();
  return [{ range: getter?.range ?? read.range, what: "Access-Control-Allow-Origin set to the request's Origin header", kind: 'reflect' }];
}

/** PHP's `header("Access-Control-Allow-Origin: " . $_SERVER['HTTP_ORIGIN'])`: the origin read inside the same argument. */
function reflectionIn(range: TextRange, facts: SourceFacts, reads: readonly OriginRead[]): CorsSignal[] {
  const call = callsAround(facts.calls, range)[0];
  const argument = call ? argumentAround(call, range)?.argument : undefined;
  if (!call || !argument) {
    return [];
  }
  return isSoleRead(argument.range, call.scope, reads) ? [{ range: argument.range, what: `Access-Control-Allow-Origin set to ${argument.text}`, kind: 'reflect', setting: call }] : [];
}

/** Whether `range` reads the request's Origin and the function reads it nowhere else. */
function isSoleRead(range: TextRange, scope: string | undefined, reads: readonly OriginRead[]): boolean {
  const inside = reads.filter((r) => containsRange(range, r.range));
  const sameFunction = reads.filter((r) => scope === undefined || r.scope === undefined || r.scope === scope);
  return inside.length > 0 && sameFunction.length === inside.length;
}

/**
 * Every read of the request's Origin header: getter arguments (`req.get('Origin')`,
 * `r.Header.Get("Origin")`, `Request.Headers["Origin"]`) and member chains (`req.headers.origin`).
 * A read inside another (`'HTTP_ORIGIN'` in `$_SERVER['HTTP_ORIGIN']`) counts once.
 */
function originReads(facts: SourceFacts): OriginRead[] {
  const scopeAt = (range: TextRange): string | undefined => callsAround(facts.calls, range)[0]?.scope;
  const fromLiterals = (facts.literals ?? []).filter((l) => l.kind === 'string' && ORIGIN_HEADER.test(l.value)).map((l) => ({ range: l.range, scope: scopeAt(l.range) }));
  const references: { reference: Reference; scope: string | undefined }[] = [
    ...facts.calls.flatMap((call) => call.arguments.flatMap((a) => a.references.map((reference) => ({ reference, scope: call.scope })))),
    ...(facts.assignments ?? []).flatMap((a) => a.value.map((reference) => ({ reference, scope: a.scope }))),
  ];
  const fromReferences = references.filter(({ reference }) => isOriginChain(reference.path)).map(({ reference, scope }) => ({ range: reference.range, scope }));
  const unique = [...fromReferences, ...fromLiterals].filter((read, i, all) => all.findIndex((other) => sameRange(other.range, read.range)) === i);
  return unique.filter((read) => !unique.some((other) => other !== read && containsRange(other.range, read.range) && !sameRange(other.range, read.range)));
}

function isOriginChain(path: readonly string[]): boolean {
  const last = path[path.length - 1] ?? '';
  return path.length >= 2 && ORIGIN_HEADER.test(last) && path.slice(0, -1).some((name) => REQUEST_WORD.test(name));
}
