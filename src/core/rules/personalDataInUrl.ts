/**
 * `personal-data-in-url`: personal data put in a URL, in its path or query string: an HTTP client
 * call, a redirect or navigation, or a query-string builder (urlSinks.ts). URLs end up in server
 * and proxy logs, browser history and Referer headers. An opaque or pseudonymous id in a path is
 * how REST works and is not reported, nor is a username (a public handle by design) or a link to
 * the person's photo (the URL is the data's address, not the data).
 */
import type { Call, Expression, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { argumentsAt, SinkMatcher, SinkTable } from './callSinks';
import { ruleInfo } from './catalogue';
import { EXPOSURE_FLOW, PersonalDataFinder, type PersonalValue, type ReachOptions, sinkFinding, sinkLanguage } from './personalDataReaching';
import type { Rule, RuleContext } from './rule';
import { namesParams, NAVIGATING_TARGET, URL_CONSTRUCTORS, URL_SINKS, type UrlSink } from './urlSinks';

const IN_URL: ReachOptions = {
  ...EXPOSURE_FLOW,
  wholeRecords: false,
  ignoreCategory: (category) => category.startsWith('user.unique_id') || category.startsWith('user.account.username') || category.startsWith('user.content'),
};

const WHY = 'URLs end up in server and proxy logs, browser history and Referer headers, where personal data outlives its purpose and reaches people it was not meant for.';
const INSTEAD = 'Send it in the request body or a header, or use an opaque id.';

export const PERSONAL_DATA_IN_URL: Rule = {
  ...ruleInfo('personal-data-in-url'),
  check: (facts: SourceFacts, context: RuleContext) => {
    const language = sinkLanguage(facts.languageId);
    if (!language) {
      return [];
    }
    const sinks = URL_SINKS.filter((s) => s.languages.includes(language));
    const urls = new UrlSinks(facts, context);
    // Requests and redirects first: a query string built on one line and requested on the next is
    // reported where it is requested; a builder whose URL goes nowhere visible is reported itself.
    const requests = new SinkTable(sinks.filter((s) => !isBuilder(s)));
    const builders = new SinkTable(sinks.filter(isBuilder));
    return [
      ...facts.calls.flatMap((call) => urls.findingsFor(call, requests)),
      ...urls.navigationFindings(),
      ...urls.constructedFindings(),
      ...facts.calls.flatMap((call) => urls.findingsFor(call, builders)),
    ];
  },
};

class UrlSinks {
  private readonly matcher: SinkMatcher;
  private readonly finder: PersonalDataFinder;

  constructor(
    private readonly facts: SourceFacts,
    context: RuleContext,
  ) {
    this.matcher = new SinkMatcher(facts);
    this.finder = new PersonalDataFinder(facts, context);
  }

  findingsFor(call: Call, sinks: SinkTable<UrlSink>): RawFinding[] {
    const sink = this.matcher.find(call, sinks, (s) => !s.textStart || s.textStart.test(argumentsAt(call, s.url)[0]?.text ?? ''));
    if (!sink) {
      return [];
    }
    // A URL argument that is nothing but a personal value (`fetch(user.avatarUrl)`) is an address,
    // not data put in one; a query builder's bare value (`searchParams.set('email', email)`) is.
    const bareIsAddress = sink.url !== undefined || sink.redirect === true;
    const urlValues = argumentsAt(call, sink.url).flatMap((a) => this.valuesIn(a, call.scope, bareIsAddress));
    const paramValues = [...argumentsAt(call, sink.params ?? []).filter((a) => namesParams(a.text)), ...argumentsAt(call, sink.query ?? [])].flatMap((a) => this.valuesIn(a, call.scope, false));
    const callee = this.matcher.pathOf(call).join('.');
    return this.finding([...urlValues, ...paramValues], sink.redirect ? `${callee}() redirects to a URL holding` : `${callee}() puts`);
  }

  /** `new URI("...?email=" + email)`, `new Uri(...)`: constructors that are no Call facts yet. */
  constructedFindings(): RawFinding[] {
    return this.matcher.index
      .constructedSites((name) => URL_CONSTRUCTORS.has(name))
      .flatMap((site) => this.finding(this.finder.personalValuesIn(site.references, site.scope, IN_URL), `new ${site.name}() puts`));
  }

  /** `window.location.href = '/p?email=' + email`: navigation by assignment. */
  navigationFindings(): RawFinding[] {
    return (this.facts.assignments ?? [])
      .filter((a) => NAVIGATING_TARGET.test(a.name))
      .flatMap((a) => this.finding(this.finder.personalValuesIn(a.value, a.scope, IN_URL), `${a.name} = navigates to a URL holding`));
  }

  private valuesIn(argument: Expression, scope: string | undefined, bareIsAddress: boolean): PersonalValue[] {
    const [only, ...others] = argument.references;
    const bare = only !== undefined && others.length === 0 && (only.through ?? []).length === 0 && !this.matcher.index.literalsWithin(argument.range).some((l) => l.kind === 'string');
    return this.finder.personalValuesIn(argument.references, scope, IN_URL).filter((v) => !(bareIsAddress && bare && v.origin === undefined));
  }

  private finding(values: readonly PersonalValue[], lead: string): RawFinding[] {
    const fresh = this.finder.unreported(values);
    const verb = lead.endsWith(' puts') ? (what: string) => `${lead} ${what} in a URL` : (what: string) => `${lead} ${what}`;
    return sinkFinding(PERSONAL_DATA_IN_URL, fresh, (what) => `${verb(what)}: ${WHY} ${INSTEAD}`);
  }
}

/** A query-string or URL builder: it neither sends nor follows the URL it makes. */
function isBuilder(sink: UrlSink): boolean {
  return sink.url === undefined && sink.redirect !== true;
}
