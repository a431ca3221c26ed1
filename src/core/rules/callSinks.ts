/**
 * Sinks described as data and recognised over call facts: by the path a call is made through
 * (`res.redirect`, `localStorage.setItem`), by a method of an object the library created
 * (`store = tx.objectStore('s')`, then `store.put(...)`), with evidence in the call where a path
 * alone is too common. The exposure rules and the third-party SDK list share this matcher.
 */
import type { Call, Expression, SourceFacts } from '../facts';
import { CallIndex, endsWithPath, pathMatches } from '../analysis/callIndex';

export interface CallSink {
  /**
   * Call paths, receiver included, matched against the end of a call's path (`analytics.track`
   * matches `window.analytics.track`; chains count: `res.status(404).json` is `res.status.json`).
   * A one-name path (`gtag`) matches only a bare or global call; `*.x` matches `x` on any receiver.
   */
  readonly calls?: readonly string[];
  /** What creates the library's object: a factory call or a type (`Mixpanel.init`, `MixpanelAPI`, `url.Values`). */
  readonly clients?: readonly string[];
  /** Methods, or member paths ending in one, of such an object (`track`, `people.set`). */
  readonly clientMethods?: readonly string[];
  /** Needed in the call when set: a literal under one of these keys (`model`), or an argument that starts with one (`analytics.Track`). */
  readonly evidence?: readonly string[];
  /** The receiver's last name must match: `_httpClient.GetAsync`, not `_cache.GetAsync`. */
  readonly receiver?: RegExp;
}

/**
 * Sinks indexed by the last name of their paths, so a call is checked only against the sinks it
 * could be (`track` against the SDKs that have a `track`), not against the whole list.
 */
export class SinkTable<S extends CallSink> {
  private readonly byLastName = new Map<string, S[]>();

  constructor(sinks: readonly S[]) {
    for (const sink of sinks) {
      const names = new Set([...(sink.calls ?? []), ...(sink.clientMethods ?? [])].map((p) => p.slice(p.lastIndexOf('.') + 1)));
      for (const name of names) {
        this.byLastName.set(name, [...(this.byLastName.get(name) ?? []), sink]);
      }
    }
  }

  /** The sinks a call made through this path could be, in list order. */
  candidates(path: readonly string[]): readonly S[] {
    return this.byLastName.get(path[path.length - 1] ?? '') ?? [];
  }
}

export class SinkMatcher {
  readonly index: CallIndex;

  constructor(facts: SourceFacts) {
    this.index = CallIndex.of(facts);
  }

  /** The first sink in the table the call is made through, if any (and the extra condition holds). */
  find<S extends CallSink>(call: Call, table: SinkTable<S>, condition: (sink: S) => boolean = () => true): S | undefined {
    return table.candidates(this.index.fullPath(call)).find((sink) => this.matches(call, sink) && condition(sink));
  }

  /** The path a call is made through, chains spelled out: `res.status.json`. */
  pathOf(call: Call): string[] {
    return this.index.fullPath(call);
  }

  matches(call: Call, sink: CallSink): boolean {
    const path = this.index.fullPath(call);
    const byPath = (sink.calls ?? []).some((pattern) => pathMatches(path, pattern)) || (sink.clientMethods ?? []).some((method) => this.isClientMethod(call, path, method, sink.clients ?? []));
    if (!byPath) {
      return false;
    }
    const receiver = path[path.length - 2];
    return (sink.receiver === undefined || (receiver !== undefined && sink.receiver.test(receiver))) && (sink.evidence === undefined || this.hasEvidence(call, sink.evidence));
  }

  /**
   * `mp.track` where `mp` holds a `Mixpanel(...)`; `mixpanel.Mixpanel(TOKEN).track` chained on the
   * factory; `Jwts.builder().claim(...).setSubject(...)`, a builder chain that starts at the factory.
   */
  private isClientMethod(call: Call, path: readonly string[], method: string, clients: readonly string[]): boolean {
    if (!pathMatches(path, `*.${method}`)) {
      return false;
    }
    const receiver = path.slice(0, path.length - method.split('.').length);
    const isClient = (origin: readonly string[]): boolean => clients.some((client) => endsWithPath(origin, client));
    const holdsClient = (name: string | undefined): boolean => name !== undefined && this.index.originsOf(name).some(isClient);
    const chainRoot = this.index.chainOf(call)[0]?.calleePath ?? [];
    return isClient(receiver) || (chainRoot.length > 0 && isClient(chainRoot)) || holdsClient(receiver[receiver.length - 1]) || holdsClient(chainRoot[chainRoot.length - 2]);
  }

  /** A literal under one of the keys inside the call (`model: 'gpt-4o'`), or an argument that starts with one (`analytics.Track{...}`). */
  private hasEvidence(call: Call, evidence: readonly string[]): boolean {
    return call.arguments.some((a) => evidence.some((e) => a.text.startsWith(e))) || this.index.literalsWithin(call.range).some((l) => l.key !== undefined && evidence.includes(l.key));
  }
}

/** The arguments at the given positions, or all of them. */
export function argumentsAt(call: Call, positions: readonly number[] | undefined): Expression[] {
  return positions === undefined ? [...call.arguments] : positions.flatMap((i) => (call.arguments[i] ? [call.arguments[i]] : []));
}
