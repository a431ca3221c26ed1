/**
 * `insecure-cookie`: cookies and session cookies without Secure, HttpOnly or SameSite. Two kinds
 * of finding: a protection switched off explicitly (on the value that does it, see
 * cookieSwitches.ts), and a cookie set with no say about it (on the first line of the call or
 * constructor that sets it), where the framework's default leaves it off. A missing SameSite
 * counts, as the corpus convention has it: the browsers' Lax default is not universal and lets
 * cross-site POSTs through for two minutes after the cookie is set.
 */
import type { Call, SourceFacts } from '../facts';
import type { RawFinding, TextRange } from '../model';
import { ruleInfo } from './catalogue';
import { cookieSwitches } from './cookieSwitches';
import { cookieVariablesLeftOpen, missingOptions } from './cookieCalls';
import { within } from './nearbyFacts';
import type { Rule } from './rule';

const CHECKLIST = ruleInfo('insecure-cookie').checklist;

export const INSECURE_COOKIE: Rule = {
  ...ruleInfo('insecure-cookie'),
  check: (facts) => {
    const switches = cookieSwitches(facts);
    const switched = switches.map((s) => finding(s.range, `${s.what} switches ${s.attribute} off for this cookie`, [s.attribute]));
    const open = [...missingOptionFindings(facts, switches.map((s) => s.range)), ...cookieVariablesLeftOpen(facts).map((v) => finding(v.range, `${v.what} is never given ${list(v.missing)}`, v.missing))];
    return [...switched, ...open];
  },
};

/** Calls that set a cookie with some protection unsaid; a call already reported for a switch-off is not reported again. */
function missingOptionFindings(facts: SourceFacts, switchedOff: readonly TextRange[]): RawFinding[] {
  return facts.calls.flatMap((call) => {
    const missing = missingOptions(facts, call);
    if (!missing || switchedOff.some((range) => within(range, call.range))) {
      return [];
    }
    return missing.length > 0 ? [finding(call.range, `${callee(call)}(...) sets a cookie without ${list(missing)}`, missing)] : [];
  });
}

function callee(call: Call): string {
  return call.calleePath.join('.');
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const CONSEQUENCES: Readonly<Record<string, string>> = {
  Secure: 'the browser also sends it over plain HTTP, where anyone on the network can read it',
  HttpOnly: 'any script on the page can read it, so one cross-site scripting flaw hands over the session',
  SameSite: 'other sites can make the browser send it with their requests',
};

function finding(range: TextRange, what: string, missing: readonly string[]): RawFinding {
  const consequences = missing.map((m) => CONSEQUENCES[m]).filter((c): c is string => c !== undefined);
  return {
    ruleId: INSECURE_COOKIE.id,
    message: `${what}: ${consequences.join('; ')}. Set Secure and HttpOnly (and SameSite=Lax or Strict) on cookies that identify a user or a session.`,
    range,
    dataCategories: [],
    checklist: CHECKLIST,
  };
}
