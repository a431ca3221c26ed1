/**
 * `personal-data-in-error`: personal data in an exception or error message (`new Error(...)`,
 * `raise ValueError(f"...")`, `fmt.Errorf(...)`, `raise ArgumentError, "..."`) or in the body of an
 * HTTP error response (`res.status(404).json(...)`, `abort(404, ...)`, `http.Error(...)`,
 * `render json: ..., status: :not_found`, `BadRequest(...)`). Error messages end up in logs and
 * error trackers, and error responses in front of whoever made the request. Sinks: errorSinks.ts.
 */
import type { Call, Reference, SourceFacts } from '../facts';
import { within } from '../analysis/callIndex';
import { comparePositions, type RawFinding } from '../model';
import { SinkMatcher, SinkTable } from './callSinks';
import { ruleInfo } from './catalogue';
import { ERROR_SINKS, type ErrorSink, isErrorStatusNumber, isExceptionName, isTypeQualifier, namesErrorStatus, STATUS_KEYS } from './errorSinks';
import { isLoggingCall } from './personalDataInLog';
import { EXPOSURE_FLOW, PersonalDataFinder, sinkFinding, sinkLanguage } from './personalDataReaching';
import type { Rule, RuleContext } from './rule';

const MESSAGES = {
  exception: (sink: string, what: string) =>
    `${sink} puts ${what} in an error message: error messages end up in logs and error trackers, and often in front of users. Name the record by an opaque id and leave the personal data out.`,
  response: (sink: string, what: string) =>
    `${sink} returns ${what} in an error response: error responses are logged by proxies and clients and shown to whoever made the request. Say what went wrong without the personal data.`,
};

/** Python's `return jsonify(...), 404`: the status follows the call on its line, after a comma. */
const TUPLE_STATUS_GAP = 4;

export const PERSONAL_DATA_IN_ERROR: Rule = {
  ...ruleInfo('personal-data-in-error'),
  check: (facts: SourceFacts, context: RuleContext) => {
    const language = sinkLanguage(facts.languageId);
    if (!language) {
      return [];
    }
    const errors = new ErrorSinks(facts, context, new SinkTable(ERROR_SINKS.filter((s) => s.languages.includes(language))));
    return [...facts.calls.flatMap((call) => errors.findingsFor(call)), ...errors.constructedFindings()];
  },
};

class ErrorSinks {
  private readonly matcher: SinkMatcher;
  private readonly finder: PersonalDataFinder;

  constructor(
    private readonly facts: SourceFacts,
    context: RuleContext,
    private readonly sinks: SinkTable<ErrorSink>,
  ) {
    this.matcher = new SinkMatcher(facts);
    this.finder = new PersonalDataFinder(facts, context);
  }

  findingsFor(call: Call): RawFinding[] {
    const makes = this.errorMadeBy(call);
    const references = call.arguments.flatMap((a) => a.references);
    return makes ? this.finding(references, call.scope, `${this.matcher.pathOf(call).join('.')}()`, makes) : [];
  }

  /** `Mono.error(new NotFoundException("..." + email))`: exceptions that are no Call facts yet, inside one that is. */
  constructedFindings(): RawFinding[] {
    return this.matcher.index.constructedSites(isExceptionName).flatMap((site) => this.finding(site.references, site.scope, `new ${site.name}()`, 'exception'));
  }

  private errorMadeBy(call: Call): ErrorSink['makes'] | undefined {
    const path = this.matcher.pathOf(call);
    const name = path[path.length - 1] ?? '';
    // `Error(...)` and `Exception(...)` qualified by anything are a logger's or a tracker's methods (`zap.L().Error`).
    const bareOnly = name === 'Error' || name === 'Exception';
    if (isExceptionName(name) && (bareOnly ? path.length === 1 : isTypeQualifier(path[path.length - 2])) && !isLoggingCall({ ...call, calleePath: path })) {
      return 'exception';
    }
    const sink = this.matcher.find(call, this.sinks, (s) => !s.needsErrorStatus || this.hasErrorStatus(call));
    return sink?.makes;
  }

  /** A 4xx or 5xx status given to the call or its chain: a number, a named constant, a Ruby symbol, or Python's tuple. */
  private hasErrorStatus(call: Call): boolean {
    const chain = [...this.matcher.index.chainOf(call), call];
    const chainPaths = new Set(chain.map((c) => c.calleePath.join('.')));
    // The call and a few columns after it on its last line, where Python's tuple puts the status.
    const around = { start: call.range.start, end: { line: call.range.end.line, column: call.range.end.column + TUPLE_STATUS_GAP + 3 } };
    const numbers = this.matcher.index.literalsWithin(around).filter((l) => l.kind === 'number' && isErrorStatusNumber(l.value));
    const given = numbers.some((l) => within(l.range, call.range) && ((l.key !== undefined && STATUS_KEYS.has(l.key)) || chainPaths.has(l.calleePath?.join('.') ?? '')));
    const afterCall = numbers.some((l) => l.range.start.line === call.range.end.line && l.range.start.column > call.range.end.column && l.range.start.column - call.range.end.column <= TUPLE_STATUS_GAP);
    const named = chain.some((c) => c.arguments.some((a) => a.references.some((r) => namesErrorStatus(r.path[r.path.length - 1] ?? '')) || rubyStatusSymbol(a.text)));
    return given || afterCall || named || this.errorHeaderWritten(call);
  }

  /** Go: `w.WriteHeader(<4xx/5xx>)` earlier in the function, on the writer this call writes to (`fmt.Fprintf(w, ...)`, `w.Write(...)`). */
  private errorHeaderWritten(call: Call): boolean {
    const writer = call.calleePath.length === 2 && call.calleePath[1] === 'Write' ? call.calleePath[0] : call.arguments[0]?.text;
    if (writer === undefined || !/^\w+$/.test(writer)) {
      return false;
    }
    const headers = this.facts.calls.filter((c) => c.scope === call.scope && c.calleePath.join('.') === `${writer}.WriteHeader` && comparePositions(c.range.start, call.range.start) < 0);
    const last = headers.sort((a, b) => comparePositions(b.range.start, a.range.start))[0];
    return last !== undefined && last.arguments.some((a) => isErrorStatusNumber(a.text) || a.references.some((r) => namesErrorStatus(r.path[r.path.length - 1] ?? '')));
  }

  private finding(references: readonly Reference[], scope: string | undefined, sink: string, makes: ErrorSink['makes']): RawFinding[] {
    const values = this.finder.unreported(this.finder.personalValuesIn(references, scope, EXPOSURE_FLOW));
    return sinkFinding(PERSONAL_DATA_IN_ERROR, values, (what) => MESSAGES[makes](sink, what));
  }
}

/** `status: :unprocessable_entity`: Rails gives statuses as symbols, which are no literal facts. */
function rubyStatusSymbol(argumentText: string): boolean {
  const symbol = /^status:\s*:(\w+)$/.exec(argumentText.trim())?.[1];
  return symbol !== undefined && namesErrorStatus(symbol);
}
