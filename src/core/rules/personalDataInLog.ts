/**
 * `personal-data-in-log`: a logging call that writes personal data, either a field
 * (`patient.email`, `email`) or a whole person record (`patient`).
 */
import type { Call, Reference, SourceFacts } from '../facts';
import { LocalFlow, type Source } from '../analysis/localFlow';
import type { RawFinding, TextRange } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import { splitIdentifier } from '../taxonomy/identifiers';
import type { Rule, RuleContext } from './rule';

/** Methods that write a log line, after normalising (see logLevelOf). */
const LOG_METHODS = new Set(['log', 'info', 'information', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'critical', 'exception', 'verbose', 'silly', 'notice', 'print']);
/** What comes out of these is a count or a yes/no about the data, not the data: `len(patients)`. */
const AGGREGATES = new Set(['len', 'count', 'size', 'length', 'sum', 'min', 'max', 'avg', 'average', 'mean', 'any', 'all', 'bool', 'isEmpty', 'is_empty', 'exists', 'Count', 'Len', 'Any']);

/** Words that name a logger object: `console`, `logger`, `this.log`, `auditLogger`, `logging`, Go's `slog` and `zap`. */
const LOGGER_WORDS = new Set(['console', 'log', 'logger', 'logging', 'winston', 'pino', 'bunyan', 'loguru', 'slog', 'zap', 'sugar', 'logrus', 'zerolog', 'serilog']);

export const PERSONAL_DATA_IN_LOG: Rule = {
  id: 'personal-data-in-log',
  description: 'Personal data written to a log: mask it or log an opaque id instead.',
  defaultSeverity: 'warning',
  checklist: ['logging-minimisation'],
  check: (facts: SourceFacts, context: RuleContext) => {
    const flow = new LocalFlow(facts.assignments);
    return facts.calls.filter(isLoggingCall).flatMap((call) => findingsInCall(call, context, flow));
  },
};

export function isLoggingCall(call: Call): boolean {
  const method = call.calleePath[call.calleePath.length - 1];
  const receiver = call.calleePath[call.calleePath.length - 2];
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
function findingsInCall(call: Call, context: RuleContext, flow: LocalFlow): RawFinding[] {
  const written = call.arguments.flatMap((argument) => argument.references.flatMap((reference) => personalValue(reference, flow.sourcesOf(reference, call.scope), context)));
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
 * (`maskEmail(user.email)`) is no longer plaintext personal data.
 */
function personalValue(reference: Reference, sources: readonly Source[], { classifier }: RuleContext): PersonalValue[] {
  const written = reference.path.join('.');
  for (const source of sources) {
    const leaf = source.path[source.path.length - 1];
    if (!leaf || leaf === 'this' || leaf === 'self' || source.through.some((name) => classifier.isSanitizer(name) || AGGREGATES.has(name))) {
      continue;
    }
    const owner = source.path[source.path.length - 2];
    const from = source.origin ? `, from ${source.path.join('.')}` : '';
    const origin = source.origin ? { origin: source.origin } : {};
    const classification = classifier.classify(leaf, owner ? { owner } : {});
    if (classification) {
      return [{ reference, category: classification.category, description: `${written} (${categoryLabel(classification.category)}${from})`, ...origin }];
    }
    if (classifier.isPersonRecordName(leaf)) {
      return [{ reference, category: 'user', description: `the whole ${source.origin ? source.path.join('.') : written} record${source.origin ? ` (as ${written})` : ''}`, ...origin }];
    }
  }
  return [];
}

/** "a", "a and b", "a, b and c" */
function listInWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}
