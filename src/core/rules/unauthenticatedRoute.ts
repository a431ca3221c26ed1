/**
 * `unauthenticated-personal-data-route`: an HTTP route that returns or accepts personal data and
 * shows no authentication or authorisation guard in its file, at route, router, controller or app
 * level. The frameworks and their guards are in ./routes; this module decides and words the finding.
 */
import type { SourceFacts } from '../facts';
import { LocalFlow } from '../analysis/localFlow';
import type { RawFinding } from '../model';
import { splitIdentifier } from '../taxonomy/identifiers';
import { ruleInfo } from './catalogue';
import { findCallRoutes } from './routes/callRoutes';
import { findControllerRoutes } from './routes/controllerRoutes';
import { findDecoratedRoutes } from './routes/decoratedRoutes';
import { findDjangoViews } from './routes/djangoViews';
import { FactIndex } from './routes/factIndex';
import { FRAMEWORK_ADVICE } from './routes/frameworks';
import { GuardNames } from './routes/guards';
import { GuardScopes } from './routes/guardScopes';
import { findNextRoutes } from './routes/nextRoutes';
import { PersonalValues, type PersonalValue } from './routes/personalValues';
import { RecordShapes } from './routes/recordShapes';
import type { Route, RouteFinder, RouteSearch } from './routes/route';
import { type RouteData, routeDataOf } from './routes/routeData';
import type { Rule, RuleContext } from './rule';

const ACCESS_CONTROL = ruleInfo('unauthenticated-personal-data-route').checklist;

/** Call-style finders first: a Django view also routed by `path()` in the same file is reported once. */
const FINDERS: readonly RouteFinder[] = [findCallRoutes, findDecoratedRoutes, findNextRoutes, findControllerRoutes, findDjangoViews];

/**
 * Routes that must answer anonymous callers: signing up, logging in, resetting a password,
 * third-party callbacks. They accept the caller's own data and answer with it by design.
 */
const AUTHENTICATION_FLOWS = new Set([
  'login', 'logout', 'signin', 'signup', 'register', 'registration', 'registrations', 'session', 'sessions', 'password', 'passwords',
  'forgot', 'oauth', 'callback', 'webhook', 'webhooks', 'otp', 'magic',
]);
/**
 * Forms anyone may submit: what they accept is public by design, what they return is not (a
 * seller's `contact_card` gives the seller's phone number to anyone).
 */
const PUBLIC_FORMS = new Set(['subscribe', 'unsubscribe', 'newsletter', 'contact', 'waitlist']);

export const UNAUTHENTICATED_PERSONAL_DATA_ROUTE: Rule = {
  ...ruleInfo('unauthenticated-personal-data-route'),
  check: (facts: SourceFacts, context: RuleContext) => {
    if (!facts.functions && !facts.calls.length) {
      return [];
    }
    const guards = new GuardNames(context.classifier);
    const index = new FactIndex(facts);
    const search: RouteSearch = { facts, index, guards, scopes: new GuardScopes(facts, index, guards) };
    const open = distinct(FINDERS.flatMap((find) => find(search))).filter((route) => route.guard !== 'guarded' && !namedFor(route, AUTHENTICATION_FLOWS, /sign[-_ ]?(up|in)/i));
    if (open.length === 0) {
      return [];
    }
    // What records hold is learnt from the whole file: only worth it when some route is open.
    const values = new PersonalValues(context.classifier, new LocalFlow(facts.assignments), facts.languageId, new RecordShapes(facts, index, context.classifier));
    return open.flatMap((route) => {
      const data = routeDataOf(route, search, values, context.classifier);
      const exposed = namedFor(route, PUBLIC_FORMS) ? { ...data, accepted: [] } : data;
      return exposed.returned.length + exposed.accepted.length > 0 ? [findingFor(route, exposed)] : [];
    });
  },
};

/** One route per handler: the first finder to claim a handler wins. */
function distinct(routes: readonly Route[]): Route[] {
  const seen = new Set<string>();
  return routes.filter((route) => {
    const { start } = route.handler.range;
    const key = `${start.line}:${start.column}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** Whether the route's path or handler is named with one of these words (`POST /signup`, `def contact_form`), or matches the pattern. */
function namedFor(route: Route, words: ReadonlySet<string>, pattern?: RegExp): boolean {
  const names = [route.label, route.handler.function?.name ?? ''];
  return names.some((name) => splitIdentifier(name).some((w) => words.has(w)) || pattern?.test(name));
}

function findingFor(route: Route, data: RouteData): RawFinding {
  const advice = FRAMEWORK_ADVICE[route.framework];
  const what = [
    data.returned.length > 0 ? `returns ${listInWords(data.returned.map((v) => v.description))}` : '',
    data.accepted.length > 0 ? `accepts ${listInWords(data.accepted.map((v) => v.description))}` : '',
  ].filter((part) => part !== '');
  const why = route.guard === 'public' ? 'is marked public' : 'has no authentication or authorisation guard in this file';
  const elsewhere = route.mayBeGuardedElsewhere && route.guard !== 'public' && advice.elsewhere ? ` If ${advice.elsewhere} guards it, suppress this finding with that reason.` : '';
  const all = [...data.returned, ...data.accepted];
  return {
    ruleId: UNAUTHENTICATED_PERSONAL_DATA_ROUTE.id,
    message: `${route.label} (${route.framework}) ${what.join(' and ')}, and ${why}: anyone who can reach it can read or submit that personal data. ${advice.howToGuard} Name your own guards in the \`privacyLens.authGuards\` setting.${elsewhere}`,
    range: route.declaredAt,
    dataCategories: [...new Set(all.map((v) => v.category))],
    checklist: ACCESS_CONTROL,
    related: all.map((v) => ({ range: v.range, message: relatedMessage(v, data) })),
  };
}

function relatedMessage(value: PersonalValue, data: RouteData): string {
  return data.returned.includes(value) ? `returned here: ${value.description}` : `read from the request here: ${value.description}`;
}

/** "a", "a and b", "a, b and c" */
function listInWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}
