/**
 * What the exposure rules share: which personal data reaches a sink. A sink is a logging call, a
 * third-party SDK, a URL, client-side storage or an error; what reaches it is found among the
 * references it is given, followed through local data flow (aliases, destructuring, member chains)
 * and stopped by sanitisers (`maskEmail(user.email)` is no longer plaintext personal data).
 */
import type { Reference, SourceFacts } from '../facts';
import { LocalFlow, type Source } from '../analysis/localFlow';
import { languageFamily } from '../languages/languageRegistry';
import type { RawFinding, RelatedLocation, TextRange } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import type { RuleContext } from './rule';

/** What comes out of these is a count or a yes/no about the data, not the data: `len(patients)`. */
const AGGREGATES = new Set(['len', 'count', 'size', 'length', 'sum', 'min', 'max', 'avg', 'average', 'mean', 'any', 'all', 'bool', 'isEmpty', 'is_empty', 'exists', 'Count', 'Len', 'Any']);

/** The seven languages sinks are listed for, by family (languageRegistry's `languageFamily`: `typescript` covers JavaScript, TSX and JSX). */
export type SinkLanguage = 'typescript' | 'python' | 'java' | 'go' | 'php' | 'ruby' | 'csharp';

const SINK_LANGUAGES: ReadonlySet<string> = new Set<SinkLanguage>(['typescript', 'python', 'java', 'go', 'php', 'ruby', 'csharp']);

/** The sink language of a file's facts; undefined for schema formats, which have no sinks. */
export function sinkLanguage(languageId: string): SinkLanguage | undefined {
  const family = languageFamily(languageId);
  return SINK_LANGUAGES.has(family) ? (family as SinkLanguage) : undefined;
}

/** One piece of personal data that reaches a sink, and where it entered the variable that carried it. */
export interface PersonalValue {
  readonly reference: Reference;
  readonly category: string;
  /** `e (email address, from user.email)`, `the whole patient record`. */
  readonly description: string;
  readonly origin?: TextRange;
}

export interface ReachOptions {
  /** Whether a whole person record (`patient`) counts; a URL holding one is a rendering bug more than a leak. */
  readonly wholeRecords?: boolean;
  /** Categories the sink does not mind: an opaque id in a URL path is how REST works. */
  readonly ignoreCategory?: (category: string) => boolean;
  /** Sources that name a kind of data rather than hold it: C#'s `ClaimTypes.Email`. */
  readonly ignoreSource?: (path: readonly string[]) => boolean;
}

/** Finds the personal data among the references a sink is given, within one file's facts. */
export class PersonalDataFinder {
  private readonly flow: LocalFlow;
  private readonly reported = new Set<string>();

  constructor(
    facts: SourceFacts,
    private readonly context: RuleContext,
  ) {
    this.flow = new LocalFlow(facts.assignments);
  }

  /**
   * The values not yet reported by this check, now marked as reported: where two sinks hold the
   * same value (`sentry.ConfigureScope(func(s) { s.SetUser(...) })`), one finding is enough.
   */
  unreported(values: readonly PersonalValue[]): PersonalValue[] {
    // A value whose origin was itself reported at a sink (`claims` built from `new Claim(...)`) is that same data again.
    const fresh = values.filter((v) => !this.reported.has(rangeKey(v.reference.range)) && !(v.origin && this.reported.has(rangeKey(v.origin))));
    fresh.forEach((v) => this.reported.add(rangeKey(v.reference.range)));
    return fresh;
  }

  /** The personal data the references hold, in their order; `scope` is the enclosing function, for local flow. */
  personalValuesIn(references: readonly Reference[], scope: string | undefined, options: ReachOptions = {}): PersonalValue[] {
    return references.flatMap((reference) => this.personalValue(reference, this.flow.sourcesOf(reference, scope), options));
  }

  /**
   * The personal data a reference holds: the value itself, or what its variable was assigned (`e`,
   * from `user.email`). A source that went through a sanitiser or an aggregate is skipped.
   */
  private personalValue(reference: Reference, sources: readonly Source[], options: ReachOptions): PersonalValue[] {
    const { classifier } = this.context;
    const written = reference.path.join('.');
    for (const source of sources) {
      const leaf = source.path[source.path.length - 1];
      if (!leaf || leaf === 'this' || leaf === 'self' || options.ignoreSource?.(source.path) || source.through.some((name) => classifier.isSanitizer(name) || AGGREGATES.has(name))) {
        continue;
      }
      const owner = source.path[source.path.length - 2];
      const from = source.origin ? `, from ${source.path.join('.')}` : '';
      const origin = source.origin ? { origin: source.origin } : {};
      const classification = classifier.classify(leaf, owner ? { owner } : {});
      if (classification) {
        return options.ignoreCategory?.(classification.category)
          ? []
          : [{ reference, category: classification.category, description: `${written} (${categoryLabel(classification.category)}${from})`, ...origin }];
      }
      if (options.wholeRecords !== false && classifier.isPersonRecordName(leaf)) {
        return [{ reference, category: 'user', description: `the whole ${source.origin ? source.path.join('.') : written} record${source.origin ? ` (as ${written})` : ''}`, ...origin }];
      }
    }
    return [];
  }
}

function rangeKey(range: TextRange): string {
  return `${range.start.line}:${range.start.column}:${range.end.line}:${range.end.column}`;
}

/** "a", "a and b", "a, b and c" */
export function listInWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}

/** "user.email (email address) and phone (phone number)": what reaches the sink, in one phrase. */
export function describeValues(values: readonly PersonalValue[]): string {
  return listInWords(values.map((v) => v.description));
}

/** Related locations pointing at where each value entered the variable that carried it. */
export function originsOf(values: readonly PersonalValue[]): RelatedLocation[] {
  return values.flatMap((v) => (v.origin ? [{ range: v.origin, message: 'the personal data comes from here' }] : []));
}

/**
 * One finding for one sink, naming every piece of personal data it is given and pointing at the
 * first; no finding when nothing personal reaches it.
 */
export function sinkFinding(rule: { readonly id: string; readonly checklist: readonly string[] }, values: readonly PersonalValue[], message: (what: string) => string): RawFinding[] {
  const [first] = values;
  if (!first) {
    return [];
  }
  const related = originsOf(values);
  return [
    {
      ruleId: rule.id,
      message: message(describeValues(values)),
      range: first.reference.range,
      dataCategories: [...new Set(values.map((v) => v.category))],
      checklist: rule.checklist,
      ...(related.length > 0 ? { related } : {}),
    },
  ];
}
