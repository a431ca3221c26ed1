/**
 * Routes declared by decorating a function or method: Flask and FastAPI (`@app.get('/p')`),
 * NestJS (`@Get()` in a `@Controller()`), Spring (`@GetMapping` in a `@RestController`) and ASP.NET
 * Core controllers (`[HttpGet]` in a `ControllerBase`). Guards are read from the method's and its
 * class's decorators, from FastAPI dependencies, and from app, router and blueprint hooks.
 */
import type { Declaration, FunctionDeclaration, SourceFacts, TypeDeclaration } from '../../facts';
import { type Annotation, parseAnnotations, shortName } from './annotations';
import { annotationRange } from './annotationRanges';
import type { Framework } from './frameworks';
import { typeNamesIn } from './personalValues';
import { type GuardState, httpMethodOf, type Route, type RouteSearch } from './route';

const DATABASE_HANDLE_TYPES = /^(\w+\.)?(Session|AsyncSession|Connection|AsyncConnection|Engine|Database|Db)$/;
const DATABASE_HANDLE_NAMES = /^(db|database|conn|connection|db_session|dbsession)$/i;

interface DecoratedRoute {
  readonly framework: Framework;
  readonly method: string;
  readonly path: string | undefined;
  /** The route decorator's name as written: `app.get`, `GetMapping`, `HttpGet`. */
  readonly decorator: Annotation;
}

export function findDecoratedRoutes(search: RouteSearch): Route[] {
  const { facts } = search;
  return (facts.functions ?? []).flatMap((fn) => {
    const owner = fn.owner !== undefined ? (facts.types ?? []).find((t) => t.name === fn.owner) : undefined;
    const annotations = parseAnnotations(fn.annotations);
    const route = routeOf(facts, annotations, owner);
    if (!route) {
      return [];
    }
    const ownerAnnotations = parseAnnotations(owner?.annotations ?? []);
    const guard = guardOf(route, fn, annotations, ownerAnnotations, owner, search);
    const label = labelOf(route, fn, ownerAnnotations);
    const framework = route.framework;
    // A Flask blueprint or FastAPI router may be registered behind a guard elsewhere; an app made here is not.
    const receiver = route.decorator.name.split('.').slice(-2, -1)[0];
    const mayBeGuardedElsewhere = !(receiver !== undefined && search.index.madeBy(receiver, /^(Flask|FastAPI)$/));
    return [{ framework, label, declaredAt: annotationRange(fn, route.decorator, search.index), handler: { range: fn.range, function: fn }, guard, mayBeGuardedElsewhere }];
  });
}

function routeOf(facts: SourceFacts, annotations: readonly Annotation[], owner: TypeDeclaration | undefined): DecoratedRoute | undefined {
  for (const decorator of annotations) {
    const name = shortName(decorator);
    const framework = frameworkOf(facts, decorator, name, owner);
    const method = name === 'route' || name === 'api_route' || name === 'RequestMapping' || name === 'Route' ? 'ANY' : httpMethodOf(name.replace(/^Http/, ''));
    if (framework && method) {
      return { framework, method: method === 'ANY' ? methodsListed(decorator, framework) : method, path: decorator.firstString, decorator };
    }
  }
  return undefined;
}

/** `methods=['GET', 'POST']` (Flask), `method = RequestMethod.POST` (Spring); Flask's default is GET. */
function methodsListed(decorator: Annotation, framework: Framework): string {
  const listed = /methods?\s*=\s*\[?([^\]=]*)/.exec(decorator.argumentsText)?.[1]?.match(/\b(GET|POST|PUT|PATCH|DELETE)\b/gi);
  return listed ? listed.map((m) => m.toUpperCase()).join(', ') : framework === 'Flask' ? 'GET' : '';
}

function frameworkOf(facts: SourceFacts, decorator: Annotation, name: string, owner: TypeDeclaration | undefined): Framework | undefined {
  const ownerNames = parseAnnotations(owner?.annotations ?? []).map(shortName);
  switch (facts.languageId) {
    case 'python':
      return /\./.test(decorator.name) && /^(route|api_route|get|post|put|patch|delete)$/.test(name) ? (usesFastApi(facts) ? 'FastAPI' : 'Flask') : undefined;
    case 'java':
    case 'kotlin':
      return /Mapping$/.test(name) && (!owner || ownerNames.some((n) => /Controller$/.test(n))) ? 'Spring' : undefined;
    case 'csharp':
      return /^Http(Get|Post|Put|Patch|Delete)$|^Route$/.test(name) && (!owner || ownerNames.includes('ApiController') || owner.superTypes.some((s) => /Controller(Base)?$/.test(s))) ? 'ASP.NET Core' : undefined;
    default:
      return /^(Get|Post|Put|Patch|Delete|All|Options|Head)$/.test(name) && !decorator.name.includes('.') && (!owner || ownerNames.includes('Controller')) ? 'NestJS' : undefined;
  }
}

const FASTAPI_FILES = new WeakMap<SourceFacts, boolean>();

/** Whether the file builds a FastAPI app or router or declares dependencies (else its decorated routes are Flask's); asked once per file. */
function usesFastApi(facts: SourceFacts): boolean {
  let uses = FASTAPI_FILES.get(facts);
  if (uses === undefined) {
    uses = facts.calls.some((c) => /^(FastAPI|APIRouter|Depends|Security)$/.test(c.calleePath[c.calleePath.length - 1] ?? ''));
    FASTAPI_FILES.set(facts, uses);
  }
  return uses;
}

function guardOf(route: DecoratedRoute, fn: FunctionDeclaration, own: readonly Annotation[], ownerAnnotations: readonly Annotation[], owner: TypeDeclaration | undefined, search: RouteSearch): GuardState {
  const { guards, scopes } = search;
  const others = own.filter((a) => a !== route.decorator);
  const writtenOn = (list: readonly Annotation[]) => list.map((a) => `${a.name}(${a.argumentsText})`);
  if (writtenOn(others).some((a) => guards.isPublicMarker(a))) {
    return 'public';
  }
  // A parameter the guard fills is a guard too: `Depends(get_current_user)`, `@AuthenticationPrincipal`, FastAPI's `current_user: CurrentUser` alias.
  const onMethod = writtenOn(others).some((a) => guards.mentionsGuard(a)) || fn.parameters.some((p) => !isDatabaseHandle(p) && [...(p.annotations ?? []), ...typeNamesIn(p.typeText ?? '')].some((a) => guards.mentionsGuard(a)));
  if (onMethod || scopes.inBody(fn.range)) {
    return 'guarded';
  }
  if (writtenOn(ownerAnnotations).some((a) => guards.isPublicMarker(a))) {
    return 'public';
  }
  const onController = writtenOn(ownerAnnotations).some((a) => guards.mentionsGuard(a)) || (owner?.superTypes ?? []).some((s) => guards.isGuard(s));
  return onController || frameworkGuard(route, fn, search) ? 'guarded' : 'unguarded';
}

/** Guards each framework has beyond decorators on the method and its class. */
function frameworkGuard(route: DecoratedRoute, fn: FunctionDeclaration, search: RouteSearch): boolean {
  const { facts, guards, scopes } = search;
  const receiver = route.decorator.name.split('.').slice(-2, -1)[0];
  switch (route.framework) {
    case 'FastAPI':
      return dependsOnGuard(fn, search) || routerDependsOnGuard(receiver, search);
    case 'Flask':
      return scopes.registeredBefore(fn.range, receiver) || beforeRequestGuard(receiver, search);
    case 'NestJS':
      // A file that marks some routes `@Public()` relies on a global guard for the rest.
      return (facts.functions ?? []).some((other) => other !== fn && parseAnnotations(other.annotations).some((a) => guards.isPublicMarker(a.name)));
    default:
      return false;
  }
}

/**
 * A parameter that holds a database handle: `db: Session = Depends(get_session)` is filled by a
 * dependency named like a guard (`get_session`) that gives a database session, not a user.
 */
function isDatabaseHandle(parameter: Declaration): boolean {
  return DATABASE_HANDLE_TYPES.test(parameter.typeText?.trim() ?? '') || DATABASE_HANDLE_NAMES.test(parameter.name);
}

/** `Depends(get_current_user)` / `Security(...)` in the route decorator's `dependencies=[...]` (the parameters' dependencies are their annotations). */
function dependsOnGuard(fn: FunctionDeclaration, { index, guards }: RouteSearch): boolean {
  return index.callsWithin({ start: fn.range.start, end: fn.nameRange.start }).some((c) => /^(Depends|Security)$/.test(c.calleePath[c.calleePath.length - 1] ?? '') && c.arguments.some((a) => guards.mentionsGuard(a.text)));
}

/** `router = APIRouter(dependencies=[Depends(verify_token)])`, `app.include_router(router, dependencies=[...])`. */
function routerDependsOnGuard(receiver: string | undefined, { facts, index, guards }: RouteSearch): boolean {
  const madeOrIncluded = facts.calls.filter((c) => {
    const name = c.calleePath[c.calleePath.length - 1] ?? '';
    const made = /^(APIRouter|FastAPI)$/.test(name) && (facts.assignments ?? []).some((a) => a.name === receiver && a.range.start.line === c.range.start.line);
    const included = name === 'include_router' && c.arguments[0]?.text.trim() === receiver;
    return made || included;
  });
  return madeOrIncluded.some((router) => index.callsWithin(router.range).some((c) => /^(Depends|Security)$/.test(c.calleePath[c.calleePath.length - 1] ?? '') && c.arguments.some((a) => guards.mentionsGuard(a.text))));
}

/** Flask `@app.before_request` / `@bp.before_request` hooks that check the caller, on the route's app or blueprint. */
function beforeRequestGuard(receiver: string | undefined, { facts, guards, scopes }: RouteSearch): boolean {
  return (facts.functions ?? []).some((hook) =>
    parseAnnotations(hook.annotations).some((a) => a.name === `${receiver}.before_request` || a.name === 'before_request') && (guards.isGuard(hook.name) || scopes.inBody(hook.range)),
  );
}

/** `GET /patients/:id`: the controller's prefix (`@Controller('patients')`, `@RequestMapping("/api")`, `[Route("api/[controller]")]`) and the route's path. */
function labelOf(route: DecoratedRoute, fn: FunctionDeclaration, ownerAnnotations: readonly Annotation[]): string {
  const prefix = ownerAnnotations.find((a) => /^(Controller|RequestMapping|Route)$/.test(shortName(a)))?.firstString;
  if (route.path === undefined && prefix === undefined) {
    return `${route.method} ${fn.owner ? `${fn.owner}.` : ''}${fn.name}`.trim();
  }
  const controller = fn.owner?.replace(/Controller$/, '') ?? '';
  const path = [prefix, route.path]
    .filter((p) => p !== undefined && p !== '')
    .map((p) => p!.replace(/^\/+|\/+$/g, '').replace('[controller]', controller))
    .join('/');
  return `${route.method} /${path}`.trim();
}
