/**
 * CORS settings that allow every origin, read from literal and call facts: option objects and
 * keyword arguments (`origin: '*'`, `allow_origins=["*"]`, `AllowAllOrigins: true`,
 * `CORS_ALLOW_ALL_ORIGINS = True`), origin setters (`allowedOrigins("*")`, `WithOrigins("*")`,
 * rack-cors `origins '*'`), and calls whose defaults allow every origin (`cors()`, `CORS(app)`,
 * `AllowAnyOrigin()`, Go's `cors.Default()`).
 */
import type { Call, Literal, SourceFacts } from '../facts';
import type { TextRange } from '../model';
import { argumentAround, argumentTextAfter, argumentTextBefore, callsAround, declarationsOnLine, isTrueValue, keyOf, literalsInside, normaliseKey, receiverCall } from './factRanges';

export interface CorsSignal {
  readonly range: TextRange;
  /** What the code says, for the message: `origin = '*'`, `cors()`, `AllowAnyOrigin()`. */
  readonly what: string;
  /** `any`: every origin is allowed; `reflect`: the caller's own origin is sent back, which allows every origin too. */
  readonly kind: 'any' | 'reflect';
  /** The call the setting is given to, where it is not simply the innermost call around it (a header setter, the call itself). */
  readonly setting?: Call;
}

/** Keys whose value lists the allowed origins (normalised: see normaliseKey). */
const ORIGIN_LIST_KEYS = new Set([
  'origin', 'origins', 'alloworigin', 'alloworigins', 'allowedorigin', 'allowedorigins', 'allowedoriginpatterns', 'alloworiginpatterns',
  'corsallowedorigins', 'corsoriginwhitelist', 'corsoriginallowlist', 'corsorigins',
]);
/** Switches that allow every origin when true: gin's `AllowAllOrigins`, django-cors-headers' `CORS_ALLOW_ALL_ORIGINS` and its old `CORS_ORIGIN_ALLOW_ALL`. */
const ALLOW_ALL_SWITCHES = new Set(['allowallorigins', 'corsallowallorigins', 'corsoriginallowall']);
/** Keys whose value is a pattern origins must match: FastAPI's `allow_origin_regex`. */
const ORIGIN_PATTERN_KEYS = new Set(['alloworiginregex', 'corsallowedoriginregexes']);
const MATCH_EVERYTHING = new Set(['*', '.*', '.+', '^.*$', '^.+$', '^.*', '.*$']);
/** Calls that take allowed origins as arguments (normalised names). */
const ORIGIN_SETTERS = new Set(['allowedorigins', 'allowedoriginpatterns', 'addallowedorigin', 'addallowedoriginpattern', 'setallowedorigins', 'setallowedoriginpatterns', 'withorigins', 'origins']);

/** Every-origin settings given as option values, keyword arguments and settings. */
export function originOptionSignals(facts: SourceFacts): CorsSignal[] {
  const literals = facts.literals ?? [];
  // Only values that can allow every origin need their key worked out.
  const candidates = literals.filter((literal) => isTrueValue(literal) || (literal.kind === 'string' && MATCH_EVERYTHING.has(literal.value)));
  return candidates.flatMap((literal): CorsSignal[] => {
    const key = keyOf(literal, facts, (name) => ORIGIN_LIST_KEYS.has(normaliseKey(name)));
    const normalised = key === undefined ? '' : normaliseKey(key);
    if (ALLOW_ALL_SWITCHES.has(normalised) && isTrueValue(literal)) {
      return [{ range: literal.range, what: `${key} = ${literal.value}`, kind: 'any' }];
    }
    if (ORIGIN_PATTERN_KEYS.has(normalised) && literal.kind === 'string' && MATCH_EVERYTHING.has(literal.value)) {
      return [{ range: literal.range, what: `${key} = '${literal.value}'`, kind: 'any' }];
    }
    if (normalised === 'cors' && isTrueValue(literal) && callsAround(facts.calls, literal.range).some((call) => call.calleePath[0] === 'NestFactory')) {
      return [{ range: literal.range, what: 'cors = true', kind: 'any' }]; // NestJS: the cors package's defaults
    }
    if (!ORIGIN_LIST_KEYS.has(normalised)) {
      return [];
    }
    if (literal.kind === 'string' && literal.value === '*') {
      return [{ range: loneListItemRange(literal, facts) ?? literal.range, what: `${key} = '*'`, kind: 'any' }];
    }
    // `origin: true` (the cors package, Fastify, socket.io) sends back whatever origin asks; elsewhere
    // `origin: true` may be something else entirely (a Prisma `select`), so it needs a CORS context.
    return literal.kind === 'boolean' && isTrueValue(literal) && inCorsContext(literal.range, literal.key, facts) ? [{ range: literal.range, what: `${key} = ${literal.value}`, kind: 'reflect' }] : [];
  });
}

/** `'*'` given to an origin setter, directly or inside a list it is given: `allowedOrigins("*")`, `setAllowedOrigins(List.of("*"))`. */
export function originSetterSignals(facts: SourceFacts): CorsSignal[] {
  return (facts.literals ?? []).flatMap((literal): CorsSignal[] => {
    if (literal.kind !== 'string' || literal.value !== '*') {
      return [];
    }
    const setter = callsAround(facts.calls, literal.range).find((call) => ORIGIN_SETTERS.has(normaliseKey(lastName(call))));
    return setter ? [{ range: loneListItemRange(literal, facts) ?? literal.range, what: `${lastName(setter)}("*")`, kind: 'any', setting: setter }] : [];
  });
}

/** Calls that allow every origin by what they are, or by their defaults when given no origins. */
export function anyOriginCallSignals(facts: SourceFacts): CorsSignal[] {
  return facts.calls.flatMap((call): CorsSignal[] => {
    const what = allowsEveryOrigin(call, facts);
    return what ? [{ range: methodRange(call), what, kind: what.startsWith('SetIsOriginAllowed') ? 'reflect' : 'any', setting: call }] : [];
  });
}

/**
 * A chained call from its method's name on (`.AllowAnyOrigin()` on the fourth line of
 * `app.UseCors(policy => policy⏎.AllowAnyOrigin()...)`): the call fact starts at the receiver, lines
 * above the setting.
 */
function methodRange(call: Call): TextRange {
  const { start, end } = call.range;
  if (start.line === end.line) {
    return call.range;
  }
  const name = lastName(call);
  const [first] = call.arguments;
  if (!first) {
    const column = end.column - name.length - 2; // `Name()`
    return column >= 0 ? { start: { line: end.line, column }, end } : call.range;
  }
  const column = first.range.start.column - name.length - 1; // `Name(` just before the first argument
  return column >= 0 ? { start: { line: first.range.start.line, column }, end } : call.range;
}

function allowsEveryOrigin(call: Call, facts: SourceFacts): string | undefined {
  const name = lastName(call);
  const callee = call.calleePath.join('.');
  const noArguments = call.arguments.length === 0;
  if (name === 'AllowAnyOrigin' || name === 'applyPermitDefaultValues') {
    return `${name}()`; // ASP.NET Core's policy builder; Spring's CorsConfiguration defaults
  }
  if (name === 'SetIsOriginAllowed' && call.arguments.some((a) => /=>\s*true\s*$/.test(a.text))) {
    return `SetIsOriginAllowed(${call.arguments[0]?.text ?? ''})`;
  }
  if (callee === 'cors.Default' || callee === 'cors.AllowAll') {
    return `${callee}()`; // gin-contrib/cors, rs/cors and go-chi/cors: every origin by default
  }
  // The cors package and NestJS allow every origin when given no options. A `cors()` made on
  // something (Spring Security's chained `http.cors()`) is another method.
  const isCorsFunction = name === 'cors' && call.calleePath.length === 1 && !receiverCall(facts.calls, call);
  if ((isCorsFunction || name === 'enableCors') && noArguments) {
    return `${callee}()`;
  }
  // Fastify's @fastify/cors registered without options: every origin.
  if (name === 'register' && call.arguments.length === 1 && /cors/i.test(call.arguments[0]!.text)) {
    return `${callee}(${call.arguments[0]!.text})`;
  }
  // Flask-CORS with no origins anywhere in its arguments: every origin.
  if ((name === 'CORS' || name === 'cross_origin') && !namesOrigins(call, facts)) {
    return `${callee}(${call.arguments.map((a) => a.text).join(', ')})`;
  }
  return undefined;
}

function namesOrigins(call: Call, facts: SourceFacts): boolean {
  const literalKeys = literalsInside(facts.literals ?? [], call.range).flatMap((l) => (l.key ? [l.key] : l.kind === 'string' ? [l.value] : []));
  const argumentKeys = call.arguments.flatMap((a) => /^\s*(\w+)\s*=/.exec(a.text)?.[1] ?? []);
  return [...literalKeys, ...argumentKeys].some((key) => ORIGIN_LIST_KEYS.has(normaliseKey(key)));
}

/**
 * Spring's `@CrossOrigin` with no origins (every origin, by its default) or with `"*"`, on a class
 * or a method. Read from function and type facts, where the adapter emits them.
 */
export function annotationSignals(facts: SourceFacts): CorsSignal[] {
  const annotated = [...(facts.types ?? []), ...(facts.functions ?? [])];
  return annotated.flatMap((declaration) =>
    declaration.annotations.flatMap((a, index): CorsSignal[] =>
      /^@CrossOrigin\s*(\(\s*(["']\*["'])?\s*\))?$/.test(a.trim()) ? [{ range: annotationRange(declaration, index), what: a.trim(), kind: 'any' }] : [],
    ),
  );
}

/**
 * Where the `index`th annotation is written, taking one annotation per line from the start of the
 * declaration (which includes its annotations); the declaration's name where that does not fit.
 */
function annotationRange(declaration: { readonly range: TextRange; readonly nameRange: TextRange; readonly annotations: readonly string[] }, index: number): TextRange {
  const linesBefore = declaration.annotations.slice(0, index).reduce((lines, a) => lines + a.split('\n').length, 0);
  const line = declaration.range.start.line + linesBefore;
  if (line >= declaration.nameRange.start.line) {
    return declaration.nameRange;
  }
  // The column is unknown past the first line: the range runs from the line's start.
  const column = linesBefore === 0 ? declaration.range.start.column : 0;
  const text = declaration.annotations[index]!;
  return { start: { line, column }, end: { line, column: column + text.split('\n')[0]!.length } };
}

/** What an origin callback gives back when it allows every origin: `true`, or Node's `cb(null, true)`. */
const ALLOWS_EVERY_ORIGIN = /^(true|True|\w+\(\s*(null|None|nil|undefined)\s*,\s*true\s*\))$/;
/** A Ruby block that is just `true`: rack-cors' `origins { |source, env| true }`. */
const BLOCK_OF_TRUE = /^(\{|do\b)\s*(\|[^|]*\|)?\s*true\s*(\}|end)$/;

/**
 * Origin callbacks that allow whatever origin asks, in a CORS configuration: the cors package's and
 * Fastify's `origin: (origin, cb) => cb(null, true)`, rack-cors' `origins { |source, env| true }`.
 * A callback that checks the origin gives back something else somewhere (a look-up, `false`, an error).
 */
export function originCallbackSignals(facts: SourceFacts): CorsSignal[] {
  const callbacks = (facts.functions ?? []).filter(
    (fn) => ORIGIN_LIST_KEYS.has(normaliseKey(fn.name)) && fn.returns.length > 0 && fn.returns.every((r) => ALLOWS_EVERY_ORIGIN.test(r.text.trim())) && inCorsContext(fn.range, fn.name, facts),
  );
  const blocks = facts.calls.filter(
    (call) => ORIGIN_SETTERS.has(normaliseKey(lastName(call))) && call.arguments.length === 1 && BLOCK_OF_TRUE.test(call.arguments[0]!.text.trim()) && inCorsContext(call.range, undefined, facts),
  );
  return [
    ...callbacks.map((fn): CorsSignal => ({ range: fn.nameRange, what: `an ${fn.name} callback that always answers ${fn.returns[0]!.text.trim()}`, kind: 'reflect' })),
    ...blocks.map((call): CorsSignal => ({ range: call.arguments[0]!.range, what: `${lastName(call)} ${call.arguments[0]!.text.trim()}`, kind: 'reflect', setting: call })),
  ];
}

/** `['*']` rather than `'*'` when the star is a list's only item, so that a fix can put a whole list in its place. */
function loneListItemRange(literal: Literal, facts: SourceFacts): TextRange | undefined {
  const [innermost] = callsAround(facts.calls, literal.range);
  const argument = innermost ? argumentAround(innermost, literal.range)?.argument : undefined;
  const before = argument ? argumentTextBefore(argument, literal.range.start) : undefined;
  const after = argument ? argumentTextAfter(argument, literal.range.end) : undefined;
  const open = before === undefined ? undefined : /\[\s*$/.exec(before);
  const close = after === undefined ? undefined : /^\s*\]/.exec(after);
  if (!open || !close || literal.range.start.line !== literal.range.end.line || open[0].includes('\n') || close[0].includes('\n')) {
    return undefined;
  }
  const { line } = literal.range.start;
  return { start: { line, column: literal.range.start.column - open[0].length }, end: { line, column: literal.range.end.column + close[0].length } };
}

/** Inside a call about CORS (`cors(...)`, `enableCors`, `register(fastifyCors, ...)`), or an object whose owner names it (`corsOptions`, `cors: {...}`). */
function inCorsContext(range: TextRange, key: string | undefined, facts: SourceFacts): boolean {
  // Another, short argument naming CORS: `register(fastifyCors, {...})`; not a file-wide callback that mentions it somewhere.
  const inCorsCall = callsAround(facts.calls, range).some(
    (call) => /cors/i.test(call.calleePath.join('.')) || call.arguments.some((a) => a.text.length <= 120 && /cors/i.test(a.text)),
  );
  const owner = declarationsOnLine(facts.declarations, range.start.line).find((d) => d.name === key && /cors/i.test(d.owner ?? ''));
  return inCorsCall || owner !== undefined;
}

export function lastName(call: Call): string {
  return call.calleePath[call.calleePath.length - 1] ?? '';
}
