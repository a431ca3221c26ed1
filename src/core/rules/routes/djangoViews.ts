/**
 * Django views, whose routes are in `urls.py`: function views (`def patient_detail(request, pk)`)
 * guarded by `@login_required`, `@permission_required` or DRF's `@permission_classes([...])`, and
 * class-based views guarded by `LoginRequiredMixin`-style bases, `@method_decorator(login_required)`
 * or `permission_classes = [IsAuthenticated]` (`[AllowAny]` is public on purpose). A generic view
 * with no methods (`queryset = Patient.objects.all()`) is one route, pointed at by its class name.
 * Flask's class-based views (Flask-RESTful `Resource`, `MethodView`) are read the same way, guarded
 * by `method_decorators` or `decorators`.
 */
import type { FunctionDeclaration, TypeDeclaration } from '../../facts';
import { parseAnnotations } from './annotations';
import { contains, type GuardState, type Route, type RouteSearch } from './route';

/** Methods of a class-based view or viewset that answer requests. */
const VIEW_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'list', 'retrieve', 'create', 'update', 'partial_update', 'destroy', 'get_queryset', 'get_object', 'get_context_data']);
/** Methods that only read: `IsAuthenticatedOrReadOnly` leaves them public. */
const READING_METHODS = new Set(['get', 'list', 'retrieve', 'get_queryset', 'get_object', 'get_context_data']);
const VIEW_BASES = /(View|ViewSet|APIView|Mixin)$|^(\w+\.)?Resource$/;
/** Flask's class-based views: Flask-RESTful `Resource` and `MethodView`, read like Django's. */
const FLASK_VIEW_BASES = /^(\w+\.)?(Resource|MethodView)$/;
/** Decorators that make a function a route elsewhere (Flask, FastAPI): not Django views. */
const OTHER_ROUTE_DECORATOR = /@?\w+\.(route|api_route|get|post|put|patch|delete)\(/;
/** Decorators of functions that take a `request` but are not views. */
const NOT_A_VIEW_DECORATOR = /fixture|receiver|register|task|property|staticmethod|classmethod/;
/** Decorators only views wear. */
const VIEW_DECORATOR = /api_view|require_(http_methods|GET|POST|safe)|login_required|permission_required|permission_classes|user_passes_test|csrf_exempt|staff_member_required/;
/** What a Django view answers with. */
const DJANGO_RESPONSES = /^(render|render_to_response|redirect|JsonResponse|Response|TemplateResponse|FileResponse|StreamingHttpResponse|Http\w*Response\w*|HttpResponse)$/;

export function findDjangoViews(search: RouteSearch): Route[] {
  if (search.facts.languageId !== 'python') {
    return [];
  }
  const functions = search.facts.functions ?? [];
  const functionViews = functions.filter((f) => f.owner === undefined && f.parameters[0]?.name === 'request' && isFunctionView(f, search));
  const classViews = (search.facts.types ?? []).filter((t) => t.superTypes.some((s) => VIEW_BASES.test(s)));
  return [...functionViews.map((f) => functionView(f, search)), ...classViews.flatMap((t) => classView(t, functions, search))];
}

/**
 * A function taking `request` is a view when it answers with a Django response or wears a view
 * decorator; helpers (`get_client_ip(request)`), pytest fixtures and Flask/FastAPI routes are not.
 */
function isFunctionView(fn: FunctionDeclaration, { index }: RouteSearch): boolean {
  const decorators = parseAnnotations(fn.annotations).map((a) => `@${a.name}(${a.argumentsText})`).join(' ');
  if (OTHER_ROUTE_DECORATOR.test(decorators) || NOT_A_VIEW_DECORATOR.test(decorators)) {
    return false;
  }
  const responds = index.callsWithin(fn.range).some((c) => DJANGO_RESPONSES.test(c.calleePath[c.calleePath.length - 1] ?? ''));
  return responds || VIEW_DECORATOR.test(decorators);
}

function functionView(fn: FunctionDeclaration, { guards, scopes }: RouteSearch): Route {
  const decorators = parseAnnotations(fn.annotations).map((a) => `${a.name}(${a.argumentsText})`);
  const guard: GuardState = decorators.some((d) => guards.isPublicMarker(d)) ? 'public' : decorators.some((d) => guards.mentionsGuard(d)) || scopes.inBody(fn.range) ? 'guarded' : 'unguarded';
  return { framework: 'Django', label: fn.name, declaredAt: fn.nameRange, handler: { range: fn.range, function: fn }, guard, mayBeGuardedElsewhere: true };
}

function classView(type: TypeDeclaration, functions: readonly FunctionDeclaration[], search: RouteSearch): Route[] {
  const { guards, scopes } = search;
  const permissions = classList(type, search, 'permission_classes');
  const decorators = [...parseAnnotations(type.annotations).map((a) => `${a.name}(${a.argumentsText})`), ...classList(type, search, 'method_decorators'), ...classList(type, search, 'decorators')];
  const classGuard = type.superTypes.some((s) => guards.isGuard(s)) || decorators.some((d) => guards.mentionsGuard(d));
  const framework = type.superTypes.some((s) => FLASK_VIEW_BASES.test(s)) ? 'Flask' : 'Django';
  const guardFor = (method: FunctionDeclaration | undefined): GuardState => {
    if (permissions.some((p) => guards.isPublicMarker(p))) {
      return 'public';
    }
    const reading = method === undefined || READING_METHODS.has(method.name);
    const permitted = permissions.some((p) => guards.isGuard(p) && !(reading && /ReadOnly$/.test(p)));
    const onMethod = method !== undefined && (parseAnnotations(method.annotations).some((a) => guards.mentionsGuard(`${a.name}(${a.argumentsText})`)) || scopes.inBody(method.range));
    return classGuard || permitted || onMethod ? 'guarded' : 'unguarded';
  };
  const methods = functions.filter((f) => f.owner === type.name && VIEW_METHODS.has(f.name));
  if (methods.length === 0) {
    return [{ framework, label: type.name, declaredAt: type.nameRange, handler: { range: type.range }, guard: guardFor(undefined), mayBeGuardedElsewhere: true }];
  }
  return methods.map((m) => ({ framework, label: `${type.name}.${m.name}`, declaredAt: m.nameRange, handler: { range: m.range, function: m }, guard: guardFor(m), mayBeGuardedElsewhere: true }));
}

/**
 * The names in a class attribute's list: `permission_classes = [IsAuthenticated, IsOwner]`,
 * Flask-RESTful `method_decorators = [jwt_required()]` (calls are read from the assignment's line).
 */
function classList(type: TypeDeclaration, { facts, index }: RouteSearch, attribute: string): string[] {
  return (facts.assignments ?? [])
    .filter((a) => a.name === attribute && contains(type.range, a.range))
    .flatMap((a) => [
      ...a.value.map((r) => r.path[r.path.length - 1] ?? ''),
      ...index.callsOnLine(a.range.start.line).filter((c) => c.range.start.column > a.range.end.column).map((c) => c.calleePath[c.calleePath.length - 1] ?? ''),
    ]);
}
