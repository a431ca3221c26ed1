/**
 * `personal-data-in-log`: a logging call that writes personal data, either a field
 * (`patient.email`, `email`) or a whole person record (`patient`).
 */
import type { Call, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { splitIdentifier } from '../taxonomy/identifiers';
import { ruleInfo } from './catalogue';
import { receiverCallOf } from './factQueries';
import { PersonalDataFinder, sinkFinding } from './personalDataReaching';
import type { Rule, RuleContext } from './rule';

/** Methods that write a log line, after normalising (see logLevelOf). */
const LOG_METHODS = new Set(['log', 'info', 'information', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'critical', 'exception', 'verbose', 'silly', 'notice', 'print']);
/** Words that name a logger object: `console`, `logger`, `this.log`, `auditLogger`, `logging`, Go's `slog` and `zap`. */
const LOGGER_WORDS = new Set(['console', 'log', 'logger', 'logging', 'winston', 'pino', 'bunyan', 'loguru', 'slog', 'zap', 'sugar', 'logrus', 'zerolog', 'serilog']);

export const PERSONAL_DATA_IN_LOG: Rule = {
  ...ruleInfo('personal-data-in-log'),
  check: (facts: SourceFacts, context: RuleContext) => {
    const finder = new PersonalDataFinder(facts, context);
    return facts.calls.filter((call) => isLoggingCall(call, facts.calls)).flatMap((call) => findingsInCall(call, finder));
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
function findingsInCall(call: Call, finder: PersonalDataFinder): RawFinding[] {
  const written = finder.personalValuesIn(call.arguments.flatMap((argument) => argument.references), call.scope, { readRecords: true });
  const callee = call.calleePath.join('.');
  return sinkFinding(
    PERSONAL_DATA_IN_LOG,
    written,
    (what) => `${callee}() writes ${what} to the log: logs are kept long and read widely, so personal data there outlives its purpose. Log an opaque id or a masked value instead.`,
  );
}
