/**
 * `personal-data-in-log`: a logging call that writes personal data, either a field
 * (`patient.email`, `email`) or a whole person record (`patient`).
 */
import type { Call, Reference, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import { splitIdentifier } from '../taxonomy/identifiers';
import type { Rule, RuleContext } from './rule';

/** Methods that write a log line, after normalising (see logLevelOf). */
const LOG_METHODS = new Set(['log', 'info', 'information', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'critical', 'exception', 'verbose', 'silly', 'notice', 'print']);
/** Words that name a logger object: `console`, `logger`, `this.log`, `auditLogger`, `logging`, Go's `slog` and `zap`. */
const LOGGER_WORDS = new Set(['console', 'log', 'logger', 'logging', 'winston', 'pino', 'bunyan', 'loguru', 'slog', 'zap', 'sugar', 'logrus', 'zerolog', 'serilog']);

export const PERSONAL_DATA_IN_LOG: Rule = {
  id: 'personal-data-in-log',
  description: 'Personal data written to a log: mask it or log an opaque id instead.',
  defaultSeverity: 'warning',
  checklist: ['logging-minimisation'],
  check: (facts: SourceFacts, context: RuleContext) => facts.calls.filter(isLoggingCall).flatMap((call) => findingsInCall(call, context)),
};

export function isLoggingCall(call: Call): boolean {
  const method = call.calleePath[call.calleePath.length - 1];
  const receiver = call.calleePath[call.calleePath.length - 2];
  if (!method || !receiver || !LOG_METHODS.has(logLevelOf(method))) {
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
function findingsInCall(call: Call, context: RuleContext): RawFinding[] {
  const written = call.arguments.flatMap((argument) => argument.references.flatMap((reference) => personalValue(reference, context)));
  const [first] = written;
  if (!first) {
    return [];
  }
  const callee = call.calleePath.join('.');
  const what = listInWords(written.map((w) => w.description));
  return [
    {
      ruleId: PERSONAL_DATA_IN_LOG.id,
      message: `${callee}() writes ${what} to the log: logs are kept long and read widely, so personal data there outlives its purpose. Log an opaque id or a masked value instead.`,
      range: first.reference.range,
      dataCategories: [...new Set(written.map((w) => w.category))],
      checklist: PERSONAL_DATA_IN_LOG.checklist,
    },
  ];
}

interface PersonalValue {
  readonly reference: Reference;
  readonly category: string;
  readonly description: string;
}

function personalValue(reference: Reference, { classifier }: RuleContext): PersonalValue[] {
  const leaf = reference.path[reference.path.length - 1];
  // A value that went through a sanitiser (`maskEmail(user.email)`) is no longer plaintext personal data.
  if (!leaf || leaf === 'this' || leaf === 'self' || reference.through?.some((name) => classifier.isSanitizer(name))) {
    return [];
  }
  const owner = reference.path[reference.path.length - 2];
  const written = reference.path.join('.');
  const classification = classifier.classify(leaf, owner ? { owner } : {});
  if (classification) {
    return [{ reference, category: classification.category, description: `${written} (${categoryLabel(classification.category)})` }];
  }
  if (classifier.isPersonRecordName(leaf)) {
    return [{ reference, category: 'user', description: `the whole ${written} record` }];
  }
  return [];
}

/** "a", "a and b", "a, b and c" */
function listInWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}
