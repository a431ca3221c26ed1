/**
 * Guards that cover a route from around it rather than on it, shared by the frameworks: a guard
 * checked inside the handler (`getServerSession()`, `request.user.is_authenticated`), guard
 * middleware registered on the app or router before the route (`app.use(requireAuth)`,
 * `r.Use(AuthRequired())`, `fastify.addHook('onRequest', ...)`), guarded groups (`r.Group("/",
 * AuthRequired())`, `app.MapGroup("/api").RequireAuthorization()`, Laravel `Route::middleware('auth')
 * ->group(...)`) and guards chained on the route (`->middleware('auth')`, `.RequireAuthorization()`).
 */
import type { Call, SourceFacts } from '../../facts';
import { comparePositions, type TextRange } from '../../model';
import type { GuardNames } from './guards';
import { contains, isBefore, looksLikeFunction, type GuardState } from './route';

/** Calls that register middleware for what follows or what they group: their arguments name the guard. */
const REGISTERING = new Set(['use', 'Use', 'addHook', 'middleware', 'Middleware', 'group', 'Group', 'MapGroup', 'before_request', 'AddEndpointFilter']);

/** A call whose name, or whose non-function arguments, name a guard: `RequireAuthorization()`, `middleware('auth')`, `Use(AuthRequired())`. */
export function isGuardCall(call: Call, guards: GuardNames): boolean {
  const method = call.calleePath[call.calleePath.length - 1] ?? '';
  if (guards.isGuard(method)) {
    return !guards.isPublicMarker(method);
  }
  return REGISTERING.has(method) && call.arguments.some((a) => !looksLikeFunction(a.text) && guards.mentionsGuard(a.text));
}

/** A chained call that takes the guard off: `.AllowAnonymous()`, `->withoutMiddleware('auth')`. */
function isOptOutCall(call: Call, guards: GuardNames): boolean {
  const method = call.calleePath[call.calleePath.length - 1] ?? '';
  return guards.isPublicMarker(method) || (method === 'withoutMiddleware' && call.arguments.some((a) => guards.mentionsGuard(a.text)));
}

/**
 * Guards chained on the route call itself or on a group call around it: a call that starts where
 * the route (or an enclosing call) starts is a link of the same chain.
 */
export function chainGuard(route: Call, facts: SourceFacts, guards: GuardNames): GuardState | undefined {
  const enclosing = facts.calls.filter((c) => c !== route && contains(c.range, route.range));
  const chainStarts = [route, ...enclosing].map((c) => c.range.start);
  const links = facts.calls.filter((c) => c !== route && chainStarts.some((start) => comparePositions(c.range.start, start) === 0) && !isInsideArgumentOf(c, route));
  if (links.some((c) => isOptOutCall(c, guards))) {
    return 'public';
  }
  const groupGuard = enclosing.some((c) => /^(group|Group)$/.test(c.calleePath[c.calleePath.length - 1] ?? '') && isGuardCall(c, guards));
  return groupGuard || links.some((c) => isGuardCall(c, guards)) ? 'guarded' : undefined;
}

/** A call that starts where the route starts but sits in its arguments is not a link: only `a(...)` in `a(...).b(...)` is. */
function isInsideArgumentOf(call: Call, route: Call): boolean {
  return route.arguments.some((a) => contains(a.range, call.range));
}

/** Guard middleware registered before the route, on the app, a router or the route's group (named by the route's receiver). */
export function registeredGuardBefore(route: TextRange, receiver: string | undefined, facts: SourceFacts, guards: GuardNames): boolean {
  const registered = facts.calls.some((c) => isBefore(c.range, route) && !contains(c.range, route) && /^(use|Use|addHook|before_request)$/.test(c.calleePath[c.calleePath.length - 1] ?? '') && isGuardCall(c, guards));
  return registered || (receiver !== undefined && groupAssignedWithGuard(receiver, route, facts, guards));
}

/** `authorized := r.Group("/", AuthRequired())`, `var api = app.MapGroup("/api").RequireAuthorization()`: the route's receiver was made guarded. */
function groupAssignedWithGuard(receiver: string, route: TextRange, facts: SourceFacts, guards: GuardNames): boolean {
  const assignments = (facts.assignments ?? []).filter((a) => a.name === receiver && isBefore(a.range, route));
  return assignments.some((a) => facts.calls.some((c) => c.range.start.line === a.range.start.line && comparePositions(c.range.start, a.range.end) >= 0 && isGuardCall(c, guards)));
}

/**
 * A guard the handler checks itself: a call to a guard (`getServerSession()`, `auth()`,
 * `$this->authorize(...)`, `req.isAuthenticated()`), a read of an authentication flag
 * (`request.user.is_authenticated`), or a refusal (`res.status(401)`, `abort(403)`, `Unauthorized()`,
 * `head :forbidden`): a handler that can answer 401 or 403 checks who is calling.
 */
export function guardedInBody(range: TextRange, facts: SourceFacts, guards: GuardNames): boolean {
  const calls = facts.calls.filter((c) => contains(range, c.range));
  const guardCalls = calls.some((c) => {
    const method = c.calleePath[c.calleePath.length - 1] ?? '';
    return guards.isGuard(method) || REFUSAL.test(method) || (c.calleePath.includes('jwt') && /^(verify|decode)$/.test(method));
  });
  const read = [...calls.flatMap((c) => c.arguments), ...(facts.assignments ?? []).filter((a) => contains(range, a.range)).map((a) => ({ text: '', references: a.value }))];
  const flags = read.some((a) => REFUSAL.test(a.text) || a.references.some((r) => isAuthenticationFlag(r.path[r.path.length - 1] ?? '') || REFUSAL.test(r.path[r.path.length - 1] ?? '')));
  const refusalCodes = (facts.literals ?? []).some((l) => l.kind === 'number' && /^40[13]$/.test(l.value) && contains(range, l.range));
  return guardCalls || flags || refusalCodes;
}

/** Names of a 401/403 answer: `Unauthorized()`, `Forbid()`, `http.StatusUnauthorized`, `PermissionDenied`, `:forbidden`, `HTTP_403_FORBIDDEN`. */
const REFUSAL = /unauthori[sz]ed|forbid(den)?\b|Forbid\(|permission_?denied|PermissionDenied|not_?authenticated|NotAuthenticated|access_?denied|AccessDenied/i;

function isAuthenticationFlag(name: string): boolean {
  return /^(is_?authenticated|is_?anonymous|logged_?in|is_?logged_?in|user_?signed_?in\??|signed_?in\??)$/i.test(name);
}
