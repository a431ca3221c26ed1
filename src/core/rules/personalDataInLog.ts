/**
 * `personal-data-in-log`: a logging call that writes personal data, either a field
 * (`patient.email`, `email`) or a whole person record (`patient`).
 */
import type { Call, Reference, SourceFacts } from '../facts';
import { LocalFlow } from '../analysis/localFlow';
import type { RawFinding, TextRange } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import { splitIdentifier } from '../taxonomy/identifiers';
import type { Classification } from '../taxonomy/classifier';
import type { Classifier } from '../taxonomy/vocabulary';
import type { Rule, RuleContext } from './rule';
import { receiverCallOf } from './factQueries';
import { declaredRecordType, memberRead } from './valueReads';

/** Methods that write a log line, after normalising (see logLevelOf). */
const LOG_METHODS = new Set(['log', 'info', 'information', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'critical', 'exception', 'verbose', 'silly', 'notice', 'print']);
/** What comes out of these is a count or a yes/no about the data, not the data: `len(patients)`. */
const AGGREGATES = new Set(['len', 'count', 'size', 'length', 'sum', 'min', 'max', 'avg', 'average', 'mean', 'any', 'all', 'bool', 'isEmpty', 'is_empty', 'exists', 'Count', 'Len', 'Any']);

/** Methods that turn a whole record into loggable data: what they give is every field of it. */
const WHOLE_RECORD_SERIALISERS = new Set(['toJSON', 'toObject', 'toArray', 'toJson', 'model_dump', 'dict', 'to_dict', 'as_json', 'to_h', 'to_json', 'attributes', 'inspect', 'getAttributes', 'attributesToArray', 'serialize']);

/** Words that name a logger object: `console`, `logger`, `this.log`, `auditLogger`, `logging`, Go's `slog` and `zap`. */
const LOGGER_WORDS = new Set(['console', 'log', 'logger', 'logging', 'winston', 'pino', 'bunyan', 'loguru', 'slog', 'zap', 'sugar', 'logrus', 'zerolog', 'serilog']);

export const PERSONAL_DATA_IN_LOG: Rule = {
  id: 'personal-data-in-log',
  description: 'Personal data written to a log: mask it or log an opaque id instead.',
  defaultSeverity: 'warning',
  checklist: ['logging-minimisation'],
  check: (facts: SourceFacts, context: RuleContext) => {
    const flow = new LocalFlow(facts.assignments);
    return facts.calls.filter((call) => isLoggingCall(call, facts.calls)).flatMap((call) => findingsInCall(call, facts, context, flow));
  },
};

/** Whether a call writes a log line; `calls` (the file's) let a logger a call returns count: `s.log.Sugar().Infow(...)`. */
export function isLoggingCall(call: Call, calls: readonly Call[] = []): boolean {
  const method = call.calleePath[call.calleePath.length - 1];
  const receiverCall = receiverCallOf(call, calls)?.calleePath ?? [];
  const receiver = call.calleePath[call.calleePath.length - 2] ?? receiverCall[receiverCall.length - 1];
  // zap's package functions (`zap.String`, `zap.Error`) build fields; a *zap.Logger logs.
  if (!method || !receiver || !LOG_METHODS.has(logLevelOf(method)) || (call.calleePath.length === 2 && receiver === 'zap')) {
    return false;
  }
  return splitIdentifier(receiver).some((w) => LOGGER_WORDS.has(w));
}

/**
 * The level a logging method names, across languages' spellings: `Infof`, `Println` and
 * `Errorw` (Go), `LogInformation` (.NET), `info` (everyone else).
 */
export function logLevelOf(method: string): string {
  return method
    .toLowerCase()
    .replace(/^log(?=[a-z])/, '')
    .replace(/(ln|f|w|context|ctx)$/, '');
}

/** One finding per logging call, naming every piece of personal data it writes; it points at the first. */
function findingsInCall(call: Call, facts: SourceFacts, context: RuleContext, flow: LocalFlow): RawFinding[] {
  const written = call.arguments.flatMap((argument) => argument.references.flatMap((reference) => personalValue(reference, call, facts, flow, context)));
  const [first] = written;
  if (!first) {
    return [];
  }
  const callee = call.calleePath.join('.');
  const what = listInWords(written.map((w) => w.description));
  const origins = written.flatMap((w) => (w.origin ? [{ range: w.origin, message: `the personal data comes from here` }] : []));
  return [
    {
      ruleId: PERSONAL_DATA_IN_LOG.id,
      message: `${callee}() writes ${what} to the log: logs are kept long and read widely, so personal data there outlives its purpose. Log an opaque id or a masked value instead.`,
      range: first.reference.range,
      dataCategories: [...new Set(written.map((w) => w.category))],
      checklist: PERSONAL_DATA_IN_LOG.checklist,
      ...(origins.length > 0 ? { related: origins } : {}),
    },
  ];
}

interface PersonalValue {
  readonly reference: Reference;
  readonly category: string;
  readonly description: string;
  readonly origin?: TextRange;
}

/**
 * The personal data a reference written to the log holds: the value itself, or what its variable
 * was assigned (`e`, from `user.email`). A source that went through a sanitiser
 * (`maskEmail(user.email)`) is no longer plaintext personal data. An accessor call reads the
 * member it is named after (`request.email()`), and a record serialised whole (`this.toJSON()`)
 * is the record.
 */
function personalValue(reference: Reference, call: Call, facts: SourceFacts, flow: LocalFlow, { classifier }: RuleContext): PersonalValue[] {
  const written = reference.path.join('.');
  for (const source of flow.sourcesOf(reference, call.scope)) {
    if (source.through.some((name) => classifier.isSanitizer(name) || AGGREGATES.has(name))) {
      continue;
    }
    const read = memberRead(source, facts.calls);
    const path = withoutSerialisers(read.path);
    const leaf = path[path.length - 1];
    if (!leaf) {
      continue;
    }
    const from = source.origin ? `, from ${read.text}` : '';
    const origin = source.origin ? { origin: source.origin } : {};
    const classification = path.length > 1 || !isSelf(leaf) ? classifyMember(path, reference, call, facts, classifier) : undefined;
    if (classification && path.length === read.path.length) {
      return [{ reference, category: classification.category, description: `${written} (${categoryLabel(classification.category)}${from})`, ...origin }];
    }
    if (isWholeRecord(path, reference, call, facts, classifier)) {
      const record = path.length === 1 && isSelf(leaf) ? `${recordTypeOf(leaf, reference, call, facts) ?? leaf} (${read.text})` : source.origin ? read.text : written;
      return [{ reference, category: 'user', description: `the whole ${record} record${source.origin ? ` (as ${written})` : ''}`, ...origin }];
    }
  }
  return [];
}

/** A member in the context of its owner: the type the owner stands for first (`this` in `Tenant`), then the owner's name. */
function classifyMember(path: readonly string[], reference: Reference, call: Call, facts: SourceFacts, classifier: Classifier): Classification | undefined {
  const leaf = path[path.length - 1]!;
  const owner = path[path.length - 2];
  const recordType = path.length === 2 && owner ? recordTypeOf(owner, reference, call, facts) : undefined;
  return (recordType ? classifier.classify(leaf, { owner: recordType }) : undefined) ?? classifier.classify(leaf, owner ? { owner } : {});
}

function isSelf(name: string): boolean {
  return name === 'this' || name === 'self' || name === '$this';
}

/**
 * The type a variable stands for: the class of the method for `this`/`self`, else the type it
 * was declared with (`SignupRequest request`).
 */
function recordTypeOf(variable: string, reference: Reference, call: Call, facts: SourceFacts): string | undefined {
  if (isSelf(variable)) {
    return (facts.functions ?? []).find((f) => f.scope === call.scope)?.owner;
  }
  return declaredRecordType(variable, reference, facts);
}

/**
 * Whether a value holds a whole person record: its name says so (`patient`, `trip.rider`), or,
 * for a variable, its type does, by name (`Customer`) or by the personal fields this file
 * declares for it.
 */
function isWholeRecord(path: readonly string[], reference: Reference, call: Call, facts: SourceFacts, classifier: Classifier): boolean {
  const leaf = path[path.length - 1]!;
  if (!isSelf(leaf) && classifier.isPersonRecordName(leaf)) {
    return true;
  }
  const type = path.length === 1 ? recordTypeOf(leaf, reference, call, facts) : undefined;
  return type !== undefined && (classifier.isPersonRecordName(type) || declaresPersonalFields(type, facts, classifier));
}

/** A type this file declares with a field that holds personal data (`record SignupRequest(String email, ...)`). */
function declaresPersonalFields(type: string, facts: SourceFacts, classifier: Classifier): boolean {
  return facts.declarations.some((d) => d.kind === 'field' && d.owner === type && classifier.classify(d.name, { owner: type }) !== undefined);
}

/** `this.toJSON()`, `customer.model_dump()`, `attributes.inspect`: the record, every field of it. */
function withoutSerialisers(path: readonly string[]): readonly string[] {
  let end = path.length;
  while (end > 1 && WHOLE_RECORD_SERIALISERS.has(path[end - 1]!)) {
    end--;
  }
  return path.slice(0, end);
}

/** "a", "a and b", "a, b and c" */
function listInWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}
