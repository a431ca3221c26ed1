/**
 * Whether a permissive CORS setting comes with credentials allowed, for `permissive-cors`'s
 * wording. Credentials count when they are set for the same configuration: inside the outermost
 * call around the setting in the same function or lambda (`app.use(cors({...}))`,
 * `builder.SetIsOriginAllowed(...).AllowCredentials()`); in a sibling call of the same function on
 * the same variable (`config.addAllowedOrigin("*"); config.setAllowCredentials(true)`,
 * `res.setHeader(...)` twice) or, in a configuration block, a bare sibling call (rack-cors
 * `origins '*'` and `resource '*', credentials: true`). Settings outside any call (Django
 * settings, an options object) go with credentials outside any call.
 */
import type { Call, Literal, SourceFacts } from '../facts';
import type { TextRange } from '../model';
import type { CorsSignal } from './corsOptions';
import { argumentAround, callsAround, callsOnLine, isTrueValue, literalsInside, normaliseKey, receiverCall, sameRange } from './factRanges';

/** Settings that allow credentials when true (normalised keys). */
const CREDENTIAL_KEYS = new Set(['credentials', 'supportscredentials', 'allowcredentials', 'corsallowcredentials']);
/** Calls that allow credentials when given true (Spring), or by being called (ASP.NET Core's `AllowCredentials()`). */
const CREDENTIAL_SETTERS = new Set(['allowcredentials', 'setallowcredentials', 'supportscredentials']);
const ALLOW_CREDENTIALS_HEADER = 'access-control-allow-credentials';
/** Calls that only wrap the origins in a list: Java's `List.of("*")`, Kotlin's `listOf`. */
const LIST_BUILDERS = new Set(['of', 'asList', 'listOf', 'setOf', 'arrayOf']);

export class CorsCredentials {
  /** Calls that hold (or are) a credentials setting. */
  private readonly holders = new Set<Call>();
  private readonly outsideCalls: boolean;
  /** Per function and receiver (`scope receiver`), whether some call there holds credentials. */
  private readonly siblingGroups = new Map<string, boolean>();
  /** Names of variables and parameters: the receivers whose calls are siblings. */
  private readonly variables: ReadonlySet<string>;

  constructor(private readonly facts: SourceFacts) {
    const ranges = credentialRanges(facts);
    ranges.forEach((range) => this.callsAt(range).forEach((call) => this.holders.add(call)));
    this.outsideCalls = ranges.some((range) => callsAround(facts.calls, range).length === 0);
    this.variables = new Set(facts.declarations.filter((d) => d.kind === 'variable' || d.kind === 'parameter').map((d) => d.name));
    for (const call of facts.calls) {
      const key = call.scope ? this.groupKey(call) : undefined;
      if (key !== undefined) {
        this.siblingGroups.set(key, this.siblingGroups.get(key) === true || this.holders.has(call));
      }
    }
  }

  allowedFor(signal: CorsSignal): boolean {
    const around = this.callsAt(signal.range);
    const [innermost] = around;
    if (!innermost) {
      return this.outsideCalls;
    }
    const outermost = around.filter((call) => call.scope === innermost.scope).pop() ?? innermost;
    // The call that takes the setting, past list builders: `setAllowedOrigins` for `setAllowedOrigins(List.of("*"))`.
    const setting = signal.setting ?? callsAround(this.facts.calls, signal.range).find((call) => !LIST_BUILDERS.has(lastName(call))) ?? innermost;
    const group = setting.scope ? this.groupKey(setting) : undefined;
    return this.holders.has(outermost) || (group !== undefined && this.siblingGroups.get(group) === true);
  }

  /**
   * The sibling group of a call: its function and the variable it is made on, or its function
   * alone for bare calls in a block; none for calls on anything else (a package, a class).
   */
  private groupKey(call: Call): string | undefined {
    const receiver = receiverName(call, this.facts.calls);
    if (receiver === undefined) {
      return call.calleePath.length === 1 && !receiverCall(this.facts.calls, call) ? `${call.scope}\u0000` : undefined;
    }
    return this.variables.has(receiver) ? `${call.scope}\u0000${receiver}` : undefined;
  }

  /** The call that is this range, if any, then the calls around it, innermost first. */
  private callsAt(range: TextRange): Call[] {
    return [...callsOnLine(this.facts.calls, range.start.line).filter((call) => sameRange(call.range, range)), ...callsAround(this.facts.calls, range)];
  }
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
  const fromHeaders = literals.filter((literal) => literal.kind === 'string' && isCredentialsHeader(literal, facts));
  return [...fromLiterals, ...fromCalls, ...fromHeaders].map((fact) => fact.range);
}

/** `Access-Control-Allow-Credentials: true` as one string, or the header's name with `'true'` after it in the same call. */
function isCredentialsHeader(literal: Literal, facts: SourceFacts): boolean {
  const lower = literal.value.toLowerCase();
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

function lastName(call: Call): string {
  return call.calleePath[call.calleePath.length - 1] ?? '';
}
