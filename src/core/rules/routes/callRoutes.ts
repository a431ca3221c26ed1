/**
 * Routes registered by a call: `app.get('/p', requireAuth, handler)` (Express), `fastify.get(...)` and
 * `fastify.route({...})` (Fastify), `r.GET("/p", handler)` (Gin), `Route::get('/p', fn)` (Laravel),
 * `path('p/', view)` (Django, when the view is in the same file), `app.MapGet("/p", ...)` (ASP.NET
 * Core minimal APIs). The handler is inline or a function of this file; a handler elsewhere cannot
 * be judged and is left alone.
 */
import type { Call, Expression, FunctionDeclaration, SourceFacts } from '../../facts';
import type { Framework } from './frameworks';
import type { FactIndex } from './factIndex';
import { contains, httpMethodOf, looksLikeFunction, type Route, type RouteHandler, type RouteSearch, unquote } from './route';

/** Names that hold an app or router in JavaScript: `app.get`, `router.post`, `fastify.put`. */
const JS_SERVER_NAMES = /^(app|router|server|fastify|instance|routes|api|v\d|admin|protectedRouter|publicRouter|\w+Router|\w+Routes)$/;
/** Calls that make an app or router: `express()`, `express.Router()`, `Router()`, `fastify()`, `gin.Default()`. */
const SERVER_FACTORIES = /^(express|Router|fastify|Fastify|Default|New|Group|Hono|Koa|createServer)$/;
/**
 * Calls that make the app itself: routes on an app made in this file are not mounted behind a
 * guard elsewhere, while a router or plugin may be (`app.use('/api', requireAuth, router)`).
 */
const APP_FACTORIES = /^(express|fastify|Fastify|Default|New|Build|createServer)$/;
/** First parameters of a handler: a request, so the function is one. */
const REQUEST_PARAMETERS = /^(_?req|_?request|ctx|c|context)$/;

export function findCallRoutes({ facts, index, guards, scopes }: RouteSearch): Route[] {
  const framework = frameworkOf(facts);
  if (!framework) {
    return [];
  }
  const fallbackPolicy = fallbackPolicyRequiresUser(framework, facts, index);
  return facts.calls.flatMap((call) => {
    const route = routeShape(call, index, framework);
    if (!route) {
      return [];
    }
    const { handler, middleware, wrappers, label, declaredAt } = route;
    const inlineGuard = middleware.some((a) => guards.mentionsGuard(optionsOutside(a, handler).text)) || wrappers.some((c) => guards.isGuard(lastName(c)));
    const chained = scopes.chainGuard(call);
    const receiver = call.calleePath[call.calleePath.length - 2];
    const routerWrapped = route.framework === 'net/http' && receiver !== undefined && wrappedInGuard(receiver, facts, guards);
    const guarded = inlineGuard || routerWrapped || chained === 'guarded' || scopes.registeredBefore(call.range, receiver) || scopes.inBody(handler.range) || fallbackPolicy;
    const mountable = framework !== 'Laravel' && framework !== 'Django' && !(receiver !== undefined && index.madeBy(receiver, APP_FACTORIES));
    const guard = chained === 'public' ? 'public' : guarded ? 'guarded' : 'unguarded';
    return [{ framework: route.framework, label, declaredAt, handler, guard, mayBeGuardedElsewhere: mountable }];
  });
}

function frameworkOf(facts: SourceFacts): Framework | undefined {
  switch (facts.languageId) {
    case 'typescript':
    case 'javascript':
    case 'typescriptreact':
    case 'javascriptreact':
      return facts.calls.some((c) => c.calleePath.some((s) => /^fastify$/i.test(s))) ? 'Fastify' : 'Express';
    case 'go':
      return 'Gin';
    case 'php':
      return 'Laravel';
    case 'python':
      return 'Django';
    case 'csharp':
      return 'ASP.NET Core';
    default:
      return undefined;
  }
}

interface CallRoute {
  readonly framework: Framework;
  readonly label: string;
  readonly declaredAt: Route['declaredAt'];
  readonly handler: RouteHandler;
  readonly middleware: readonly Expression[];
  /** Calls the handler is wrapped in: `requireSeller(http.HandlerFunc(s.printLabel))`. */
  readonly wrappers: readonly Call[];
}

function routeShape(call: Call, index: FactIndex, framework: Framework): CallRoute | undefined {
  const name = call.calleePath[call.calleePath.length - 1] ?? '';
  if (framework === 'Fastify' && name === 'route' && call.arguments.length === 1) {
    return fastifyRouteObject(call, index);
  }
  // Go's standard library (and gorilla/mux) registers every method with `HandleFunc`/`Handle`; Gin's `Handle` takes the method first.
  const routeFramework: Framework = framework === 'Gin' && /^Handle(Func)?$/.test(name) ? 'net/http' : framework;
  const method = framework === 'Django' ? (/^(path|re_path|url)$/.test(name) && call.calleePath.length === 1 ? 'ANY' : undefined) : routeFramework === 'net/http' ? 'ANY' : httpMethodOf(name);
  const [pathArgument, ...rest] = call.arguments;
  const handlerArgument = rest[rest.length - 1];
  if (!method || !pathArgument || !handlerArgument || !isPathLiteral(pathArgument, routeFramework) || !isRouteCallee(call, name, framework, index)) {
    return undefined;
  }
  const handler = handlerOf(handlerArgument, index);
  if (!handler || ((framework === 'Express' || framework === 'Fastify') && !isServerCall(call, handler, index))) {
    return undefined;
  }
  const wrappers = index.callsWithin(handlerArgument.range).filter((c) => !contains(handler.range, c.range));
  const label = `${method === 'ANY' ? '' : `${method} `}${unquote(pathArgument.text)}`;
  return { framework: routeFramework, label, declaredAt: pathArgument.range, handler, middleware: rest.slice(0, -1), wrappers };
}

function isPathLiteral(argument: Expression, framework: Framework): boolean {
  const value = /^["'`]/.test(argument.text.trim()) ? unquote(argument.text) : undefined;
  // Go 1.22 patterns may start with a method: `mux.HandleFunc("GET /track", ...)`.
  const path = framework === 'net/http' ? value?.replace(/^[A-Z]+\s+/, '') : value;
  return path !== undefined && (framework === 'Django' || path === '' || path.startsWith('/') || framework === 'Laravel');
}

/** net/http: `return requireAuth(mux)` hands every route of the mux to the guard first. */
function wrappedInGuard(router: string, facts: SourceFacts, guards: RouteSearch['guards']): boolean {
  return facts.calls.some((c) => guards.isGuard(lastName(c)) && c.arguments.some((a) => a.text.trim() === router));
}

function lastName(call: Call): string {
  return call.calleePath[call.calleePath.length - 1] ?? '';
}

/** Which calls of a verb's name register routes, per framework: Gin's verbs are upper case, Laravel's hang off `Route`, ASP.NET's are `Map*`. */
function isRouteCallee(call: Call, name: string, framework: Framework, index: FactIndex): boolean {
  switch (framework) {
    case 'Gin':
      return /^(GET|POST|PUT|PATCH|DELETE|Any|Handle|HandleFunc)$/.test(name) || /^(Get|Post|Put|Patch|Delete)$/.test(name);
    case 'Laravel':
      return call.calleePath[0] === 'Route' || /^\$?(router|app|route)$/.test(call.calleePath[0] ?? '') || index.callsStartingAt(call.range.start).some((c) => c.calleePath[0] === 'Route');
    case 'ASP.NET Core':
      return name.startsWith('Map');
    default:
      return true;
  }
}

/** An Express-style call is a route when its receiver is an app or router, or its handler takes a request. */
function isServerCall(call: Call, handler: RouteHandler, index: FactIndex): boolean {
  const receiver = call.calleePath[call.calleePath.length - 2];
  if (receiver === undefined) {
    return false;
  }
  const firstParameter = handler.function?.parameters[0]?.name;
  if (firstParameter !== undefined) {
    return REQUEST_PARAMETERS.test(firstParameter);
  }
  return JS_SERVER_NAMES.test(receiver) || index.madeBy(receiver, SERVER_FACTORIES);
}

/** ASP.NET Core: `AddAuthorization(o => o.FallbackPolicy = ...RequireAuthenticatedUser()...)` guards every endpoint without its own policy. */
function fallbackPolicyRequiresUser(framework: Framework, facts: SourceFacts, index: FactIndex): boolean {
  return (
    framework === 'ASP.NET Core' &&
    facts.calls.some((c) => /^AddAuthorization/.test(c.calleePath[c.calleePath.length - 1] ?? '') && c.arguments.some((a) => a.text.includes('FallbackPolicy')) && index.callsWithin(c.range).some((inner) => inner.calleePath.includes('RequireAuthenticatedUser')))
  );
}

/**
 * The handler an argument gives: an inline function, or a function of this file by name, given
 * as is or wrapped (`requireSeller(http.HandlerFunc(s.printLabel))`, `asyncHandler(getUser)`).
 */
function handlerOf(argument: Expression, index: FactIndex): RouteHandler | undefined {
  const inline = index.functionWithin(argument.range);
  if (inline) {
    return { range: inline.range, function: inline };
  }
  if (looksLikeFunction(argument.text)) {
    return { range: argument.range };
  }
  const named = [argument, ...index.callsWithin(argument.range).flatMap((c) => c.arguments)].map((a) => functionNamedBy(a, index)).find((f) => f !== undefined);
  return named ? { range: named.range, function: named } : undefined;
}

/** The function of this file an argument names by itself: `getUser`, `s.track`, `views.patient_detail`. */
function functionNamedBy(argument: Expression, index: FactIndex): FunctionDeclaration | undefined {
  const [reference] = argument.references;
  return argument.references.length === 1 && reference!.path.length <= 2 && argument.text.trim().replace(/^[$&]/, '') === reference!.path.join('.') ? index.functionNamed(reference!.path.join('.')) : undefined;
}

/** `fastify.route({ method: 'GET', url: '/p', preHandler: ..., handler: ... })`. */
function fastifyRouteObject(call: Call, index: FactIndex): CallRoute | undefined {
  const [options] = call.arguments;
  const handler = options ? index.functionWithin(options.range) : undefined;
  if (!options || !handler) {
    return undefined;
  }
  const inCall = index.literalsWithin(options.range).filter((l) => !contains(handler.range, l.range));
  const url = inCall.find((l) => l.key === 'url' || l.key === 'path');
  const method = inCall.find((l) => l.key === 'method')?.value ?? 'ANY';
  const label = `${method.toUpperCase()} ${url?.value ?? ''}`.trim();
  // The finding goes on the route call's first line, at the url when it is written there.
  const declaredAt = url && url.range.start.line === call.range.start.line ? url.range : call.range;
  return { framework: 'Fastify', label, declaredAt, handler: { range: handler.range, function: handler }, middleware: [options], wrappers: [] };
}

/** The part of an options argument outside the handler, where hooks name their guards. */
function optionsOutside(argument: Expression, handler: RouteHandler): { text: string } {
  if (!contains(argument.range, handler.range)) {
    return argument;
  }
  return { text: argument.references.filter((r) => !contains(handler.range, r.range)).map((r) => r.path.join('.')).join(' ') };
}
