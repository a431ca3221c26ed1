/**
 * Calls in their context, over facts: what a call is chained on (`res.status(404).json(...)`:
 * `json` on `res.status`), which call or type created the object a method is called on
 * (`mp = Mixpanel(TOKEN)` then `mp.track(...)`), and values handed to constructors that are not
 * Call facts of their own (`new Cookie("email", email)` inside `response.addCookie(...)`).
 * Sink rules read these to tell an SDK's `track` from a local `order.track()`.
 */
import type { Call, Literal, Reference, SourceFacts } from '../facts';
import { comparePositions, type TextRange } from '../model';

/** Receivers through which a bare global is called: `window.gtag(...)` is `gtag(...)`. */
const GLOBAL_RECEIVERS = new Set(['window', 'globalThis', 'self', 'global', '$window']);

/**
 * Whether a call path ends with a pattern: `analytics.track` matches `window.analytics.track` and
 * `this.analytics.track`. A one-name pattern (`gtag`, `redirect`) matches only a bare call or a
 * global's; `*.x` matches `x` on any receiver (`*.set_cookie`).
 */
export function pathMatches(path: readonly string[], pattern: string): boolean {
  const { anyReceiver, segments } = parsePattern(pattern);
  if (segments.length > path.length) {
    return false;
  }
  const offset = path.length - segments.length;
  for (let i = 0; i < segments.length; i++) {
    if (segments[i] !== path[offset + i]) {
      return false;
    }
  }
  return anyReceiver ? offset > 0 : segments.length > 1 || path.slice(0, offset).every((segment) => GLOBAL_RECEIVERS.has(segment));
}

/** Patterns are data read for every call: split each once. */
const PARSED_PATTERNS = new Map<string, { readonly anyReceiver: boolean; readonly segments: readonly string[] }>();

function parsePattern(pattern: string): { readonly anyReceiver: boolean; readonly segments: readonly string[] } {
  let parsed = PARSED_PATTERNS.get(pattern);
  if (!parsed) {
    const anyReceiver = pattern.startsWith('*.');
    parsed = { anyReceiver, segments: (anyReceiver ? pattern.slice(2) : pattern).split('.') };
    PARSED_PATTERNS.set(pattern, parsed);
  }
  return parsed;
}

/** Whether a path ends with a dotted pattern, whatever comes before: `mixpanel.Mixpanel` ends with `Mixpanel`. */
export function endsWithPath(path: readonly string[], pattern: string): boolean {
  const wanted = parsePattern(pattern).segments;
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

/** One index per file's facts, shared by the rules that read it. */
const INDEXES = new WeakMap<SourceFacts, CallIndex>();

export class CallIndex {
  private readonly byStart = new Map<string, Call[]>();
  /** Calls and literals by start position, for range look-ups by binary search (a minified file is one long line). */
  private readonly callsInOrder: readonly Call[];
  private readonly literalsInOrder: readonly Literal[];
  /** Calls by the last name of their path: is this reference inside a Call fact of that constructor? */
  private readonly byLastName = new Map<string, Call[]>();
  private readonly paths = new Map<Call, string[]>();
  private readonly origins = new Map<string, string[][]>();

  private constructor(private readonly facts: SourceFacts) {
    for (const call of facts.calls) {
      addTo(this.byLastName, call.calleePath[call.calleePath.length - 1] ?? '', call);
      addTo(this.byStart, positionKey(call.range), call);
    }
    this.callsInOrder = [...facts.calls].sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(b.range.end, a.range.end));
    this.literalsInOrder = [...(facts.literals ?? [])].sort((a, b) => comparePositions(a.range.start, b.range.start));
  }

  static of(facts: SourceFacts): CallIndex {
    let index = INDEXES.get(facts);
    if (!index) {
      index = new CallIndex(facts);
      INDEXES.set(facts, index);
    }
    return index;
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
    let path = this.paths.get(call);
    if (!path) {
      path = call.calleePath.length > 1 ? [...call.calleePath] : [...this.chainOf(call).flatMap((c) => c.calleePath), ...call.calleePath];
      this.paths.set(call, path);
    }
    return path;
  }

  /**
   * What created the object a variable or field holds, as paths: its declared or inferred type
   * (`MixpanelAPI`, `mixpanel.Mixpanel`), or the outermost call assigned to it on the same line
   * (`Mixpanel.init` in `const mp = Mixpanel.init(TOKEN)`).
   */
  originsOf(name: string): string[][] {
    let found = this.origins.get(name);
    if (!found) {
      found = this.findOrigins(name);
      this.origins.set(name, found);
    }
    return found;
  }

  /** Declared types, the call assigned on the same line, or what an alias was assigned (`const db = await dbPromise`). */
  private findOrigins(name: string, seen: Set<string> = new Set()): string[][] {
    seen.add(name);
    const typed = this.facts.declarations.filter((d) => d.name === name && d.typeText).map((d) => typePath(d.typeText!));
    const assigned = (this.facts.assignments ?? [])
      // Ruby's instance variables are assigned as `@tracker` and read as `self.tracker`.
      .filter((a) => a.name.replace(/^@+/, '') === name || a.name.endsWith(`.${name}`))
      .flatMap((a) => {
        const call = this.firstCallAfter(a.range);
        if (call) {
          return [this.fullPath(call)];
        }
        const alias = a.value.length === 1 && a.value[0]!.path.length === 1 ? a.value[0]!.path[0]! : undefined;
        return alias !== undefined && !seen.has(alias) ? this.findOrigins(alias, seen) : [];
      });
    return [...typed, ...assigned];
  }

  /** Literals inside a range. */
  literalsWithin(range: TextRange): Literal[] {
    const found: Literal[] = [];
    for (let i = firstAtOrAfter(this.literalsInOrder, range.start); i < this.literalsInOrder.length; i++) {
      const literal = this.literalsInOrder[i]!;
      if (comparePositions(literal.range.start, range.end) > 0) {
        break;
      }
      if (within(literal.range, range)) {
        found.push(literal);
      }
    }
    return found;
  }

  /**
   * Values handed to a constructor that is not a Call fact (Java's and C#'s `new Cookie(...)`,
   * `new Uri(...)`): adapters record the constructor in the `through` of each reference inside it.
   * A reference inside a Call fact of that name is left to the rule that reads the call.
   */
  constructedSites(isConstructor: (name: string) => boolean): ConstructedSite[] {
    const sites = new Map<string, { name: string; references: Reference[]; scope?: string }>();
    for (const { reference, holder, scope } of this.referencesThroughCalls()) {
      const name = reference.through?.find(isConstructor);
      if (!name || (this.byLastName.get(name) ?? []).some((c) => within(reference.range, c.range))) {
        continue;
      }
      const key = `${holder}\u0000${name}`;
      const site = sites.get(key);
      if (site) {
        site.references.push(reference);
      } else {
        sites.set(key, { name, references: [reference], ...(scope !== undefined ? { scope } : {}) });
      }
    }
    return [...sites.values()];
  }

  private throughReferences?: { readonly reference: Reference; readonly holder: number; readonly scope?: string }[];

  /** References that passed through a call, with the call argument or assignment holding them (numbered); gathered once per file. */
  private referencesThroughCalls(): readonly { readonly reference: Reference; readonly holder: number; readonly scope?: string }[] {
    if (!this.throughReferences) {
      const found: { reference: Reference; holder: number; scope?: string }[] = [];
      const gather = (references: readonly Reference[], holder: number, scope: string | undefined): void => {
        for (const reference of references) {
          if (reference.through !== undefined && reference.through.length > 0) {
            found.push({ reference, holder, ...(scope !== undefined ? { scope } : {}) });
          }
        }
      };
      this.facts.calls.forEach((call, holder) => call.arguments.forEach((argument) => gather(argument.references, holder, call.scope)));
      (this.facts.assignments ?? []).forEach((assignment, i) => gather(assignment.value, this.facts.calls.length + i, assignment.scope));
      this.throughReferences = found;
    }
    return this.throughReferences;
  }

  /** The outermost call that starts first after a range on its line: the right-hand side of an assignment. */
  private firstCallAfter(range: TextRange): Call | undefined {
    const first = this.callsInOrder[firstAtOrAfter(this.callsInOrder, range.end)];
    return first && first.range.start.line === range.end.line ? first : undefined;
  }
}

/** The index of the first item starting at or after a position, in items sorted by start. */
function firstAtOrAfter(items: readonly { readonly range: TextRange }[], position: TextRange['start']): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (comparePositions(items[middle]!.range.start, position) < 0) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) {
    values.push(value);
  } else {
    map.set(key, [value]);
  }
}

function positionKey(range: TextRange): string {
  return `${range.start.line}:${range.start.column}`;
}
