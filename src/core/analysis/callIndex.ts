/**
 * Calls in their context, over facts: what a call is chained on (`res.status(404).json(...)`:
 * `json` on `res.status`), which call or type created the object a method is called on
 * (`mp = Mixpanel(TOKEN)` then `mp.track(...)`), and values handed to constructors that are not
 * Call facts of their own (`new Cookie("email", email)` inside `response.addCookie(...)`).
 * Sink rules read these to tell an SDK's `track` from a local `order.track()`.
 */
import type { Call, Reference, SourceFacts } from '../facts';
import { comparePositions, type TextRange } from '../model';

/** Receivers through which a bare global is called: `window.gtag(...)` is `gtag(...)`. */
const GLOBAL_RECEIVERS = new Set(['window', 'globalThis', 'self', 'global', '$window']);

/**
 * Whether a call path ends with a pattern: `analytics.track` matches `window.analytics.track` and
 * `this.analytics.track`. A one-name pattern (`gtag`, `redirect`) matches only a bare call or a
 * global's; `*.x` matches `x` on any receiver (`*.set_cookie`).
 */
export function pathMatches(path: readonly string[], pattern: string): boolean {
  const anyReceiver = pattern.startsWith('*.');
  const wanted = (anyReceiver ? pattern.slice(2) : pattern).split('.');
  if (wanted.length > path.length || wanted.some((segment, i) => segment !== path[path.length - wanted.length + i])) {
    return false;
  }
  const prefix = path.slice(0, path.length - wanted.length);
  return anyReceiver ? prefix.length > 0 : wanted.length > 1 || prefix.every((segment) => GLOBAL_RECEIVERS.has(segment));
}

/** Whether a path ends with a dotted pattern, whatever comes before: `mixpanel.Mixpanel` ends with `Mixpanel`. */
export function endsWithPath(path: readonly string[], pattern: string): boolean {
  const wanted = pattern.split('.');
  return wanted.length <= path.length && wanted.every((segment, i) => segment === path[path.length - wanted.length + i]);
}

/** Whether a range lies inside another (or is it). */
export function within(inner: TextRange, outer: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** A type as written, reduced to its path: `*analytics.Client` and `Optional<MixpanelAPI>` to `analytics.Client` and `MixpanelAPI`. */
function typePath(typeText: string): string[] {
  const outer = typeText.replace(/<.*$/s, '').replace(/[*&?[\]\s]|^(final|var|const|readonly)\b/g, '');
  return outer.split(/\.|::|\\/).filter((s) => s.length > 0);
}

/** References handed to a constructor that is no Call fact of its own, grouped by the fact that holds them. */
export interface ConstructedSite {
  /** The constructor's name as the adapter records it in `through` (`Cookie`, `Uri`, `IllegalArgumentException`). */
  readonly name: string;
  readonly references: readonly Reference[];
  readonly scope?: string;
}

export class CallIndex {
  private readonly byStart = new Map<string, Call[]>();

  constructor(private readonly facts: SourceFacts) {
    for (const call of facts.calls) {
      const key = positionKey(call.range);
      this.byStart.set(key, [...(this.byStart.get(key) ?? []), call]);
    }
  }

  /** The calls this one is chained on, the first first: `[res.status]` for `res.status(404).json()`. */
  chainOf(call: Call): Call[] {
    return (this.byStart.get(positionKey(call.range)) ?? [])
      .filter((other) => other !== call && comparePositions(other.range.end, call.range.end) < 0)
      .sort((a, b) => comparePositions(a.range.end, b.range.end));
  }

  /**
   * The path a chain spells: `['res', 'status', 'json']` for `res.status(404).json()`. A call whose
   * own path has several names already spells its chain (Java's adapter reads
   * `Amplitude.getInstance().logEvent` as `Amplitude.instance.logEvent`).
   */
  fullPath(call: Call): string[] {
    return call.calleePath.length > 1 ? [...call.calleePath] : [...this.chainOf(call).flatMap((c) => c.calleePath), ...call.calleePath];
  }

  /**
   * What created the object a variable or field holds, as paths: its declared or inferred type
   * (`MixpanelAPI`, `mixpanel.Mixpanel`), or the outermost call assigned to it on the same line
   * (`Mixpanel.init` in `const mp = Mixpanel.init(TOKEN)`).
   */
  originsOf(name: string): string[][] {
    const typed = this.facts.declarations.filter((d) => d.name === name && d.typeText).map((d) => typePath(d.typeText!));
    const assigned = (this.facts.assignments ?? [])
      .filter((a) => a.name === name || a.name.endsWith(`.${name}`))
      .flatMap((a) => {
        const call = this.firstCallAfter(a.range);
        return call ? [this.fullPath(call)] : [];
      });
    return [...typed, ...assigned];
  }

  /** Calls whose range holds the given range (the range itself included). */
  callsHolding(range: TextRange): Call[] {
    return this.facts.calls.filter((c) => within(range, c.range));
  }

  /**
   * Values handed to a constructor that is not a Call fact (Java's and C#'s `new Cookie(...)`,
   * `new Uri(...)`): adapters record the constructor in the `through` of each reference inside it.
   * A reference inside a Call fact of that name is left to the rule that reads the call.
   */
  constructedSites(isConstructor: (name: string) => boolean): ConstructedSite[] {
    const holders = [
      ...this.facts.calls.map((c) => ({ references: c.arguments.flatMap((a) => a.references), scope: c.scope })),
      ...(this.facts.assignments ?? []).map((a) => ({ references: a.value, scope: a.scope })),
    ];
    return holders.flatMap(({ references, scope }) => {
      const byName = new Map<string, Reference[]>();
      for (const reference of references) {
        const name = (reference.through ?? []).find(isConstructor);
        if (name && !this.callsHolding(reference.range).some((c) => c.calleePath[c.calleePath.length - 1] === name)) {
          byName.set(name, [...(byName.get(name) ?? []), reference]);
        }
      }
      return [...byName].map(([name, held]) => ({ name, references: held, ...(scope !== undefined ? { scope } : {}) }));
    });
  }

  /** The outermost call that starts first after a range on its line: the right-hand side of an assignment. */
  private firstCallAfter(range: TextRange): Call | undefined {
    const after = this.facts.calls.filter((c) => c.range.start.line === range.end.line && comparePositions(range.end, c.range.start) <= 0);
    const first = after.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(b.range.end, a.range.end))[0];
    return first;
  }
}

function positionKey(range: TextRange): string {
  return `${range.start.line}:${range.start.column}`;
}
