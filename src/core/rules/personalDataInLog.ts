/**
 * `personal-data-in-log`: a logging call that writes personal data, either a field
 * (`patient.email`, `email`) or a whole person record (`patient`).
 */
import type { Call, Reference, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import { classifyIdentifier, isPersonRecordName } from '../taxonomy/classifier';
import { splitIdentifier } from '../taxonomy/identifiers';
import type { Rule } from './rule';

/** Methods that write a log line, after normalising (see logLevelOf). */
const LOG_METHODS = new Set(['log', 'info', 'information', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'critical', 'exception', 'verbose', 'silly', 'notice', 'print']);
/** Words that name a logger object: `console`, `logger`, `this.log`, `auditLogger`, `logging`, Go's `slog` and `zap`. */
const LOGGER_WORDS = new Set(['console', 'log', 'logger', 'logging', 'winston', 'pino', 'bunyan', 'loguru', 'slog', 'zap', 'sugar', 'logrus', 'zerolog', 'serilog']);

export const PERSONAL_DATA_IN_LOG: Rule = {
  id: 'personal-data-in-log',
  description: 'Personal data written to a log: mask it or log an opaque id instead.',
  defaultSeverity: 'warning',
  checklist: ['logging-minimisation'],
  check: (facts: SourceFacts) => facts.calls.filter(isLoggingCall).flatMap(findingsInCall),
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

function findingsInCall(call: Call): RawFinding[] {
  const callee = call.calleePath.join('.');
  return call.arguments.flatMap((argument) => argument.references.flatMap((reference) => findingForReference(reference, callee)));
}

function findingForReference(reference: Reference, callee: string): RawFinding[] {
  const leaf = reference.path[reference.path.length - 1];
  if (!leaf || leaf === 'this' || leaf === 'self') {
    return [];
  }
  const owner = reference.path[reference.path.length - 2];
  const written = reference.path.join('.');
  const classification = classifyIdentifier(leaf, owner ? { owner } : {});
  if (classification) {
    return [finding(reference, `${callee}() writes ${written} (${categoryLabel(classification.category)}) to the log`, classification.category)];
  }
  if (isPersonRecordName(leaf)) {
    return [finding(reference, `${callee}() writes the whole ${written} record to the log`, 'user')];
  }
  return [];
}

function finding(reference: Reference, what: string, category: string): RawFinding {
  return {
    ruleId: PERSONAL_DATA_IN_LOG.id,
    message: `${what}: logs are kept long and read widely, so personal data there outlives its purpose. Log an opaque id or a masked value instead.`,
    range: reference.range,
    dataCategories: [category],
    checklist: PERSONAL_DATA_IN_LOG.checklist,
  };
}
