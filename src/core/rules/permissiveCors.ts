/**
 * `permissive-cors`: CORS that lets every website read this server's responses in its visitors'
 * browsers: any origin (`*`, `cors()` with its defaults, `AllowAnyOrigin()`), or the caller's own
 * origin sent back (`origin: true`, a reflected Origin header). With credentials allowed as well,
 * a page the user happens to visit can read their personal data as them.
 *
 * Severity is per rule (settings), so credentials raise the wording, not the severity.
 */
import type { Call, SourceFacts } from '../facts';
import type { RawFinding, TextRange } from '../model';
import { headerSignals } from './corsHeaders';
import { annotationSignals, anyOriginCallSignals, type CorsSignal, lastName, originOptionSignals, originSetterSignals } from './corsOptions';
import { argumentAround, callsAround, containsRange, isTrueValue, literalsInside, normaliseKey, receiverCall, sameRange } from './factRanges';
import type { Rule } from './rule';

const ACCESS_CONTROL = ['access-control'];

/** Settings that allow credentials when true (normalised keys). */
const CREDENTIAL_KEYS = new Set(['credentials', 'supportscredentials', 'allowcredentials', 'corsallowcredentials']);
/** Calls that allow credentials when given true (Spring), or by being called (ASP.NET Core's `AllowCredentials()`). */
const CREDENTIAL_SETTERS = new Set(['allowcredentials', 'setallowcredentials', 'supportscredentials']);
const ALLOW_CREDENTIALS_HEADER = 'access-control-allow-credentials';
/** Calls that only wrap the origins in a list: Java's `List.of("*")`, Kotlin's `listOf`. */
const LIST_BUILDERS = new Set(['of', 'asList', 'listOf', 'setOf', 'arrayOf']);

export const PERMISSIVE_CORS: Rule = {
  id: 'permissive-cors',
  description: 'CORS that allows every origin (`*`, defaults, a reflected Origin), worse with credentials: any website can read the responses in its visitors\' browsers.',
  defaultSeverity: 'warning',
  checklist: ACCESS_CONTROL,
  check: (facts) => {
    const signals = distinct([...originOptionSignals(facts), ...originSetterSignals(facts), ...anyOriginCallSignals(facts), ...annotationSignals(facts), ...headerSignals(facts)]);
    const credentials = credentialRanges(facts);
    return signals.map((signal) => corsFinding(signal, allowsCredentials(signal, credentials, facts)));
  },
};

function corsFinding(signal: CorsSignal, withCredentials: boolean): RawFinding {
  const allows =
    signal.kind === 'reflect'
      ? `${signal.what} sends back whatever origin asks, so every website is allowed`
      : `${signal.what} allows every origin`;
  const consequence = withCredentials
    ? ', and credentials are allowed too: a page the user visits can call this API with their cookies or tokens and read their personal data as them.'
    : ': any website can call this API from its visitors\' browsers and read the responses, personal data included.';
  return {
    ruleId: PERMISSIVE_CORS.id,
    message: `${allows}${consequence} Allow only the origins you trust, listed in configuration.`,
    range: signal.range,
    dataCategories: [],
    checklist: ACCESS_CONTROL,
  };
}

/** One finding per place: `cors({ origin: '*' })` is one setting however many readings find it. */
function distinct(signals: readonly CorsSignal[]): CorsSignal[] {
  return signals.filter((signal, i) => signals.findIndex((other) => containsRange(other.range, signal.range) || containsRange(signal.range, other.range)) === i);
}

/**
 * Whether credentials are allowed for the same configuration: inside the outermost call around it
 * in the same function or lambda (`app.use(cors({...}))`, `builder.SetIsOriginAllowed(...).AllowCredentials()`),
 * or in a sibling call of the same function: on the same variable (`config.addAllowedOrigin("*");
 * config.setAllowCredentials(true)`, `res.setHeader(...)` twice) or, in a configuration block, a
 * bare call (rack-cors `origins '*'` and `resource '*', credentials: true`). Settings outside any
 * call (Django settings, an options object) go with settings outside any call.
 */
function allowsCredentials(signal: CorsSignal, credentials: readonly TextRange[], facts: SourceFacts): boolean {
  const around = [...facts.calls.filter((call) => sameRange(call.range, signal.range)), ...callsAround(facts.calls, signal.range)];
  const [innermost] = around;
  if (!innermost) {
    return credentials.some((range) => callsAround(facts.calls, range).length === 0);
  }
  const outermost = around.filter((call) => call.scope === innermost.scope).pop() ?? innermost;
  // The call that takes the setting, past list builders: `setAllowedOrigins` for `setAllowedOrigins(List.of("*"))`.
  const setting = signal.setting ?? callsAround(facts.calls, signal.range).find((call) => !LIST_BUILDERS.has(lastName(call))) ?? innermost;
  const siblings = setting.scope ? facts.calls.filter((call) => call.scope === setting.scope && isSibling(call, setting, facts)) : [];
  return credentials.some((range) => [outermost, ...siblings].some((call) => containsRange(call.range, range)));
}

function isSibling(call: Call, of: Call, facts: SourceFacts): boolean {
  const receiver = receiverName(of, facts.calls);
  if (receiver === undefined) {
    return call.calleePath.length === 1 && !receiverCall(facts.calls, call) && !receiverCall(facts.calls, of);
  }
  const isVariable = facts.declarations.some((d) => d.name === receiver && (d.kind === 'variable' || d.kind === 'parameter'));
  return isVariable && receiverName(call, facts.calls) === receiver;
}

/**
 * The variable a call is made on, through accessors: `w` for `w.Header().Set(...)`, `config` for
 * `config.addAllowedOrigin(...)`. None through a call that takes arguments: each
 * `registry.addMapping(path)` starts a configuration of its own.
 */
function receiverName(call: Call, calls: readonly Call[]): string | undefined {
  if (call.calleePath.length > 1) {
    return call.calleePath[0] === 'this' || call.calleePath[0] === 'self' ? call.calleePath.slice(0, 2).join('.') : call.calleePath[0];
  }
  const inner = receiverCall(calls, call);
  return inner && inner.arguments.length === 0 ? receiverName(inner, calls) : undefined;
}

/** Where credentials are allowed: option values, setters, `AllowCredentials()`, and the Access-Control-Allow-Credentials header. */
function credentialRanges(facts: SourceFacts): TextRange[] {
  const literals = facts.literals ?? [];
  const fromLiterals = literals.filter((literal) => {
    const key = literal.key === undefined ? '' : normaliseKey(literal.key);
    const setter = literal.calleePath ? normaliseKey(literal.calleePath[literal.calleePath.length - 1] ?? '') : '';
    const header = (literal.key ?? '').toLowerCase().includes(ALLOW_CREDENTIALS_HEADER);
    return isTrueValue(literal) && (CREDENTIAL_KEYS.has(key) || CREDENTIAL_SETTERS.has(setter) || header);
  });
  const fromCalls = facts.calls.filter((call) => lastName(call) === 'AllowCredentials');
  const fromHeaders = literals.filter((literal) => literal.kind === 'string' && isCredentialsHeader(literal.value, literal, facts));
  return [...fromLiterals, ...fromCalls, ...fromHeaders].map((fact) => fact.range);
}

/** `Access-Control-Allow-Credentials: true` as one string, or the header's name with `'true'` after it in the same call. */
function isCredentialsHeader(value: string, literal: { readonly range: TextRange; readonly calleePath?: readonly string[] }, facts: SourceFacts): boolean {
  const lower = value.toLowerCase();
  if (/^access-control-allow-credentials\s*:\s*true$/.test(lower)) {
    return true;
  }
  if (lower !== ALLOW_CREDENTIALS_HEADER || !literal.calleePath) {
    return false;
  }
  const call = callsAround(facts.calls, literal.range)[0];
  const at = call ? argumentAround(call, literal.range) : undefined;
  const values = call && at ? call.arguments.slice(at.index + 1) : [];
  return values.some((argument) => literalsInside(facts.literals ?? [], argument.range).some(isTrueValue));
}
