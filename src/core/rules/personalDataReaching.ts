/**
 * What the exposure rules share: which personal data reaches a sink. A sink is a logging call, a
 * third-party SDK, a URL, client-side storage or an error; what reaches it is found among the
 * references it is given, followed through local data flow (aliases, destructuring, member chains)
 * and stopped by sanitisers (`maskEmail(user.email)` is no longer plaintext personal data).
 */
import type { Call, Reference, SourceFacts } from '../facts';
import { LocalFlow, type Source } from '../analysis/localFlow';
import { languageFamily } from '../languages/languageRegistry';
import { comparePositions, type RawFinding, type RelatedLocation, type TextRange } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import type { Classification } from '../taxonomy/classifier';
import { declaredRecordType, memberRead } from './valueReads';
import type { RuleContext } from './rule';

/** What comes out of these is a count or a yes/no about the data, not the data: `len(patients)`. */
const AGGREGATES = new Set(['len', 'count', 'size', 'length', 'sum', 'min', 'max', 'avg', 'average', 'mean', 'any', 'all', 'bool', 'isEmpty', 'is_empty', 'exists', 'Count', 'Len', 'Any']);

/** The seven languages sinks are listed for, by family (languageRegistry's `languageFamily`: `typescript` covers JavaScript, TSX and JSX). */
export type SinkLanguage = 'typescript' | 'python' | 'java' | 'go' | 'php' | 'ruby' | 'csharp';

/** One-language lists for the sink tables (`{ languages: js, calls: [...] }`). */
export const SINK_LANGUAGE_LISTS = {
  js: ['typescript'] as SinkLanguage[],
  py: ['python'] as SinkLanguage[],
  java: ['java'] as SinkLanguage[],
  go: ['go'] as SinkLanguage[],
  php: ['php'] as SinkLanguage[],
  rb: ['ruby'] as SinkLanguage[],
  cs: ['csharp'] as SinkLanguage[],
};

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
  /** Read `dob.iso8601`, `email.toLowerCase`, `name.strip` as the data they format. */
  readonly readThroughFormatting?: boolean;
  /** A local collection holds what was put into it before the sink: `q.Set("postcode", p)`, `props.put("email", e)`. */
  readonly followMutations?: boolean;
  /** Read a no-argument method of the value as a member: `request.email()` (a Java record's accessor) as `request.email`. */
  readonly readAccessors?: boolean;
  /**
   * Read records by their types: `this` as its class (`$this->mobile` in `Tenant`), a variable by
   * the type it was declared with (`SignupRequest request`), and a record serialised whole
   * (`this.toJSON()`, `app.model_dump()`, `recipient.inspect`) as the record.
   */
  readonly readRecords?: boolean;
}

/** Methods that turn a whole record into data to write: what they give is every field of it. */
const WHOLE_RECORD_SERIALISERS = new Set(['toJSON', 'toObject', 'toArray', 'toJson', 'model_dump', 'dict', 'to_dict', 'as_json', 'to_h', 'to_json', 'attributes', 'inspect', 'getAttributes', 'attributesToArray', 'serialize']);

/** What the exposure rules read beyond the logging rule: formatting and collections filled before the sink. */
export const EXPOSURE_FLOW: ReachOptions = { readThroughFormatting: true, followMutations: true, readAccessors: true };

/** Members and methods that format a value without removing the data: `dob.iso8601`, `email.toLowerCase()`. */
const FORMATTERS = new Set([
  'iso8601', 'to_s', 'toString', 'ToString', 'toISOString', 'toLocaleString', 'toLocaleDateString', 'toDateString', 'isoformat', 'strftime',
  'toLowerCase', 'toUpperCase', 'lower', 'upper', 'downcase', 'upcase', 'capitalize', 'title', 'strip', 'trim', 'Trim', 'ToLower', 'ToUpper',
  'ToLowerInvariant', 'ToUpperInvariant', 'String', 'str',
]);

/** Calls that put a value into a local collection or query builder. */
const MUTATORS = new Set(['Set', 'Add', 'set', 'add', 'append', 'put', 'Put', 'push', 'Append', 'setdefault']);

/** Finds the personal data among the references a sink is given, within one file's facts. */
export class PersonalDataFinder {
  private readonly flow: LocalFlow;
  private readonly reported = new Set<string>();
  /** Mutating calls (`q.Set(...)`) by scope and receiver. */
  private readonly mutations = new Map<string, Call[]>();
  /** Per mutating call, and whether whole records count (the one option that varies within a rule). */
  private readonly putValues = new Map<string, Map<Call, PersonalValue[]>>();
  /** Paths of calls made without arguments (`request.email`), which may be accessors. */
  private readonly noArgumentCalls = new Set<string>();

  constructor(
    private readonly facts: SourceFacts,
    private readonly context: RuleContext,
  ) {
    this.flow = new LocalFlow(facts.assignments);
    for (const call of facts.calls) {
      if (call.arguments.length === 0) {
        this.noArgumentCalls.add(call.calleePath.join('.'));
      }
      const [receiver, method] = call.calleePath;
      if (call.calleePath.length === 2 && receiver !== undefined && MUTATORS.has(method!)) {
        const key = `${call.scope ?? ''}\u0000${receiver}`;
        const same = this.mutations.get(key);
        if (same) {
          same.push(call);
        } else {
          this.mutations.set(key, [call]);
        }
      }
    }
  }

  /**
   * The values not yet reported by this check, now marked as reported: where two sinks hold the
   * same value (`sentry.ConfigureScope(func(s) { s.SetUser(...) })`), one finding is enough.
   */
  unreported(values: readonly PersonalValue[]): PersonalValue[] {
    // A value whose origin was itself reported at a sink (`claims` built from `new Claim(...)`) is that same data again.
    const fresh = values.filter((v) => !this.reported.has(rangeKey(v.reference.range)) && !(v.origin && this.reported.has(rangeKey(v.origin))));
    for (const v of fresh) {
      this.reported.add(rangeKey(v.reference.range));
      if (v.origin) {
        this.reported.add(rangeKey(v.origin));
      }
    }
    return fresh;
  }

  /** The personal data the references hold, in their order; `scope` is the enclosing function, for local flow. */
  personalValuesIn(references: readonly Reference[], scope: string | undefined, options: ReachOptions = {}): PersonalValue[] {
    return references.flatMap((reference) => {
      const direct = options.readRecords ? this.recordValue(reference, scope) : this.personalValue(reference, this.flow.sourcesOf(reference, scope), options);
      return direct.length > 0 || !options.followMutations ? direct : this.putInto(reference, scope, options);
    });
  }

  /** `request` read through `email` where `request.email()` is a call without arguments: `request.email`. */
  private withAccessor(source: Source): readonly string[] {
    const method = source.through[source.through.length - 1];
    return method !== undefined && this.noArgumentCalls.has([...source.path, method].join('.')) ? [...source.path, method] : source.path;
  }

  /**
   * What was put into a local collection before it reached the sink: `q` in `http.Get(base + q.Encode())`
   * holds the postcode of `q.Set("postcode", rx.Postcode)`. The value keeps pointing at the sink and
   * its origin at what was put in.
   */
  private putInto(reference: Reference, scope: string | undefined, options: ReachOptions): PersonalValue[] {
    const [name, ...rest] = reference.path;
    if (name === undefined || rest.length > 0) {
      return [];
    }
    const before = (this.mutations.get(`${scope ?? ''}\u0000${name}`) ?? []).filter((c) => comparePositions(c.range.start, reference.range.start) < 0);
    const written = reference.path.join('.');
    return before.flatMap((call) =>
      this.putBy(call, scope, options).map((inner) => ({
        reference,
        category: inner.category,
        description: `${written} (${inner.category === 'user' ? 'a whole person record' : categoryLabel(inner.category)}, from ${inner.reference.path.join('.')})`,
        origin: inner.origin ?? inner.reference.range,
      })),
    );
  }

  /** The personal data one mutating call puts in (its key aside), read once per call. */
  private putBy(call: Call, scope: string | undefined, options: ReachOptions): PersonalValue[] {
    const variant = String(options.wholeRecords !== false);
    const cache = this.putValues.get(variant) ?? new Map<Call, PersonalValue[]>();
    this.putValues.set(variant, cache);
    let values = cache.get(call);
    if (!values) {
      const given = call.arguments.length > 1 ? call.arguments.slice(1) : call.arguments;
      values = this.personalValuesIn(given.flatMap((a) => a.references), scope, { ...options, followMutations: false });
      cache.set(call, values);
    }
    return values;
  }

  /**
   * The personal data a reference holds: the value itself, or what its variable was assigned (`e`,
   * from `user.email`). A source that went through a sanitiser or an aggregate is skipped.
   */
  private personalValue(reference: Reference, sources: readonly Source[], options: ReachOptions): PersonalValue[] {
    const { classifier } = this.context;
    const written = reference.path.join('.');
    for (const source of sources) {
      const read = options.readAccessors ? this.withAccessor(source) : source.path;
      const path = options.readThroughFormatting ? withoutFormatting(read) : read;
      const leaf = path[path.length - 1];
      if (!leaf || leaf === 'this' || leaf === 'self' || options.ignoreSource?.(source.path) || source.through.some((name) => classifier.isSanitizer(name) || AGGREGATES.has(name))) {
        continue;
      }
      const owner = path[path.length - 2];
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

  /**
   * The personal data a reference holds, reading records by their types (see ReachOptions.readRecords);
   * accessor calls read as members, sanitisers and aggregates stop it.
   */
  private recordValue(reference: Reference, scope: string | undefined): PersonalValue[] {
    const { classifier } = this.context;
    const written = reference.path.join('.');
    for (const source of this.flow.sourcesOf(reference, scope)) {
      if (source.through.some((name) => classifier.isSanitizer(name) || AGGREGATES.has(name))) {
        continue;
      }
      const read = memberRead(source, this.facts.calls);
      const path = withoutSerialisers(read.path);
      const leaf = path[path.length - 1];
      if (!leaf) {
        continue;
      }
      const from = source.origin ? `, from ${read.text}` : '';
      const origin = source.origin ? { origin: source.origin } : {};
      const classification = path.length > 1 || !isSelf(leaf) ? this.classifyMember(path, reference, scope) : undefined;
      if (classification && path.length === read.path.length) {
        return [{ reference, category: classification.category, description: `${written} (${categoryLabel(classification.category)}${from})`, ...origin }];
      }
      if (this.isWholeRecord(path, reference, scope)) {
        const record = path.length === 1 && isSelf(leaf) ? `${this.recordTypeOf(leaf, reference, scope) ?? leaf} (${read.text})` : source.origin ? read.text : written;
        return [{ reference, category: 'user', description: `the whole ${record} record${source.origin ? ` (as ${written})` : ''}`, ...origin }];
      }
    }
    return [];
  }

  /** A member in the context of its owner: the type the owner stands for first (`this` in `Tenant`), then the owner's name. */
  private classifyMember(path: readonly string[], reference: Reference, scope: string | undefined): Classification | undefined {
    const { classifier } = this.context;
    const leaf = path[path.length - 1]!;
    const owner = path[path.length - 2];
    const recordType = path.length === 2 && owner ? this.recordTypeOf(owner, reference, scope) : undefined;
    return (recordType ? classifier.classify(leaf, { owner: recordType }) : undefined) ?? classifier.classify(leaf, owner ? { owner } : {});
  }

  /** The type a variable stands for: the method's class for `this`/`self`, else the type it was declared with. */
  private recordTypeOf(variable: string, reference: Reference, scope: string | undefined): string | undefined {
    if (isSelf(variable)) {
      return (this.facts.functions ?? []).find((f) => f.scope === scope)?.owner;
    }
    return declaredRecordType(variable, reference, this.facts);
  }

  /** Whether a value is a whole person record: by its name (`patient`), or, for a variable, by its type's name or the personal fields this file declares for that type. */
  private isWholeRecord(path: readonly string[], reference: Reference, scope: string | undefined): boolean {
    const { classifier } = this.context;
    const leaf = path[path.length - 1]!;
    if (!isSelf(leaf) && classifier.isPersonRecordName(leaf)) {
      return true;
    }
    const type = path.length === 1 ? this.recordTypeOf(leaf, reference, scope) : undefined;
    return type !== undefined && (classifier.isPersonRecordName(type) || this.facts.declarations.some((d) => d.kind === 'field' && d.owner === type && classifier.classify(d.name, { owner: type }) !== undefined));
  }
}

/** `this.toJSON()`, `customer.model_dump()`, `attributes.inspect`: the record, every field of it. */
function withoutSerialisers(path: readonly string[]): readonly string[] {
  let end = path.length;
  while (end > 1 && WHOLE_RECORD_SERIALISERS.has(path[end - 1]!)) {
    end--;
  }
  return path.slice(0, end);
}

function isSelf(name: string): boolean {
  return name === 'this' || name === 'self' || name === '$this';
}

/** `visit.patient.date_of_birth.iso8601` read as `visit.patient.date_of_birth`. */
function withoutFormatting(path: readonly string[]): readonly string[] {
  let end = path.length;
  while (end > 1 && FORMATTERS.has(path[end - 1]!)) {
    end--;
  }
  return end === path.length ? path : path.slice(0, end);
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
