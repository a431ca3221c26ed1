/**
 * `permissive-cors`: CORS that lets every website read this server's responses in its visitors'
 * browsers: any origin (`*`, `cors()` with its defaults, `AllowAnyOrigin()`), or the caller's own
 * origin sent back (`origin: true`, a reflected Origin header). With credentials allowed as well,
 * a page the user happens to visit can read their personal data as them.
 *
 * Severity is per rule (settings), so credentials raise the wording, not the severity.
 */
import type { RawFinding } from '../model';
import { ruleInfo } from './catalogue';
import { CorsCredentials } from './corsCredentials';
import { headerSignals } from './corsHeaders';
import { annotationSignals, anyOriginCallSignals, type CorsSignal, originCallbackSignals, originOptionSignals, originSetterSignals } from './corsOptions';
import { containsRange } from './factRanges';
import type { Rule } from './rule';

const ACCESS_CONTROL = ruleInfo('permissive-cors').checklist;

export const PERMISSIVE_CORS: Rule = {
  ...ruleInfo('permissive-cors'),
  check: (facts) => {
    const signals = distinct([...originOptionSignals(facts), ...originSetterSignals(facts), ...anyOriginCallSignals(facts), ...annotationSignals(facts), ...originCallbackSignals(facts), ...headerSignals(facts)]);
    const credentials = signals.length > 0 ? new CorsCredentials(facts) : undefined;
    return signals.map((signal) => corsFinding(signal, credentials?.allowedFor(signal) === true));
  },
};

function corsFinding(signal: CorsSignal, withCredentials: boolean): RawFinding {
  const allows =
    signal.kind === 'reflect'
      ? `${signal.what} sends back whatever origin asks, so every website is allowed`
      : `${signal.what} allows every origin`;
  const consequence = withCredentials
    ? ', and credentials are allowed too: a page the user visits can call this API with their cookies or tokens and read their personal data as them.'
    : ': any website can call this API from its visitors\' browsers and read the responses, personal data included.';
  return {
    ruleId: PERMISSIVE_CORS.id,
    message: `${allows}${consequence} Allow only the origins you trust, listed in configuration.`,
    range: signal.range,
    dataCategories: [],
    checklist: ACCESS_CONTROL,
  };
}

/** One finding per place, the first reading's: `cors({ origin: '*' })` is one setting however many readings find it. */
function distinct(signals: readonly CorsSignal[]): CorsSignal[] {
  const keptByLine = new Map<number, CorsSignal[]>();
  return signals.filter((signal) => {
    const nearby = keptByLine.get(signal.range.start.line) ?? [];
    if (nearby.some((kept) => containsRange(kept.range, signal.range) || containsRange(signal.range, kept.range))) {
      return false;
    }
    for (let line = signal.range.start.line; line <= signal.range.end.line; line++) {
      keptByLine.set(line, [...(keptByLine.get(line) ?? []), signal]);
    }
    return true;
  });
}
