/**
 * `personal-data-in-client-storage`: personal data stored where the person's device, or anyone
 * holding their token, can read it: localStorage, sessionStorage, IndexedDB and device storage,
 * cookies (set in the browser or by the server), and JWT claims (a JWT payload is only
 * base64-encoded). The sinks are data (clientStorageSinks.ts). A pseudonymous id is the
 * recommended alternative and is not reported.
 */
import type { Reference, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { SinkMatcher, SinkTable } from './callSinks';
import { ruleInfo } from './catalogue';
import { CLIENT_STORAGE_SINKS, type ClientStorageSink, type ClientStore, JWT_MAKERS, STORING_CONSTRUCTORS, STORING_TARGETS } from './clientStorageSinks';
import { EXPOSURE_FLOW, PersonalDataFinder, type ReachOptions, sinkFinding, sinkLanguage } from './personalDataReaching';
import type { Rule, RuleContext } from './rule';

/** Classes whose constants name a claim rather than hold one: `ClaimTypes.Email`. */
const CLAIM_NAMES = new Set(['ClaimTypes', 'JwtRegisteredClaimNames', 'JwtClaimTypes']);

/** Identifiers made to be kept on the device, and pseudonymous ids: what to store instead. */
const ON_THE_CLIENT: ReachOptions = {
  ...EXPOSURE_FLOW,
  ignoreCategory: (category) => category.startsWith('user.unique_id') || category.startsWith('user.device.device_id') || category.startsWith('user.device.cookie'),
  ignoreSource: (path) => path.length > 1 && CLAIM_NAMES.has(path[path.length - 2]!),
};

/** Where it lands, why that matters, and what to do instead. */
const STORES: Readonly<Record<ClientStore, { readonly where: string; readonly why: string }>> = {
  'browser-storage': {
    where: 'stores {what} in browser storage',
    why: 'any script on the page (an injected one, a third-party tag) can read it, and it stays on shared devices after logout. Keep it on the server and store an opaque id.',
  },
  cookie: {
    where: 'puts {what} in a cookie',
    why: 'the cookie sits on the device, travels with every request and is readable by scripts unless HttpOnly. Keep it on the server behind a session id.',
  },
  token: {
    where: "puts {what} in a token's claims",
    why: 'a JWT payload is only base64-encoded, so anyone holding the token (the browser, logs, proxies) can read it. Put an opaque subject id in the token and look the rest up on the server.',
  },
};

export const PERSONAL_DATA_IN_CLIENT_STORAGE: Rule = {
  ...ruleInfo('personal-data-in-client-storage'),
  check: (facts: SourceFacts, context: RuleContext) => {
    const language = sinkLanguage(facts.languageId);
    if (!language) {
      return [];
    }
    // Only C#'s `Claim` depends on it: other languages skip the pass over the file.
    const jwtFile = language === 'csharp' && makesJwt(facts);
    const sinks = new SinkTable(CLIENT_STORAGE_SINKS.filter((s) => s.languages.includes(language) && (!s.inJwtFile || jwtFile)));
    const storage = new ClientStorage(facts, context, sinks);
    return [...storage.callFindings(), ...storage.constructedFindings(jwtFile), ...storage.assignmentFindings()];
  },
};

class ClientStorage {
  private readonly matcher: SinkMatcher;
  private readonly finder: PersonalDataFinder;

  constructor(
    private readonly facts: SourceFacts,
    context: RuleContext,
    private readonly sinks: SinkTable<ClientStorageSink>,
  ) {
    this.matcher = new SinkMatcher(facts);
    this.finder = new PersonalDataFinder(facts, context);
  }

  callFindings(): RawFinding[] {
    return this.facts.calls.flatMap((call) => {
      const sink = this.matcher.find(call, this.sinks);
      const references = call.arguments.flatMap((a) => a.references);
      return sink ? this.finding(references, call.scope, sink.store, `${this.matcher.pathOf(call).join('.')}()`) : [];
    });
  }

  /** `new Cookie("email", email)` in Java, `new Claim(ClaimTypes.Email, user.Email)` in C#: constructors that are no Call facts yet. */
  constructedFindings(jwtFile: boolean): RawFinding[] {
    const isStoring = (name: string): boolean => STORING_CONSTRUCTORS.has(name) && (name !== 'Claim' || jwtFile);
    return this.matcher.index.constructedSites(isStoring).flatMap((site) => this.finding(site.references, site.scope, STORING_CONSTRUCTORS.get(site.name)!, `new ${site.name}()`));
  }

  /** `localStorage.email = ...`, `document.cookie = ...`. */
  assignmentFindings(): RawFinding[] {
    return (this.facts.assignments ?? []).flatMap((a) => {
      const target = STORING_TARGETS.find((t) => t.target.test(a.name));
      return target ? this.finding(a.value, a.scope, target.store, `${a.name} =`) : [];
    });
  }

  private finding(references: readonly Reference[], scope: string | undefined, store: ClientStore, sink: string): RawFinding[] {
    const values = this.finder.unreported(this.finder.personalValuesIn(references, scope, ON_THE_CLIENT));
    const { where, why } = STORES[store];
    return sinkFinding(PERSONAL_DATA_IN_CLIENT_STORAGE, values, (what) => `${sink} ${where.replace('{what}', what)}: ${why}`);
  }
}

/** Whether the file makes a JWT: a call, type or constructor named in JWT_MAKERS anywhere in it. */
function makesJwt(facts: SourceFacts): boolean {
  const named = (r: Reference): boolean => r.path.some((n) => JWT_MAKERS.has(n)) || (r.through ?? []).some((n) => JWT_MAKERS.has(n));
  return (
    facts.calls.some((c) => c.calleePath.some((n) => JWT_MAKERS.has(n)) || c.arguments.some((a) => a.references.some(named))) ||
    (facts.assignments ?? []).some((a) => a.value.some(named)) ||
    facts.declarations.some((d) => d.typeText !== undefined && JWT_MAKERS.has(d.typeText))
  );
}
