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
import type { FactIndex } from './factIndex';
import type { GuardNames } from './guards';
import { contains, isBefore, looksLikeFunction, type GuardState } from './route';

/** Calls that register middleware for what follows, what they group or what they chain (chi's `r.With(auth).Get(...)`): their arguments name the guard. */
const REGISTERING = new Set(['use', 'Use', 'With', 'addHook', 'middleware', 'Middleware', 'group', 'Group', 'MapGroup', 'before_request', 'AddEndpointFilter']);
/** Of those, the ones that cover every route registered after them. */
const COVERING_WHAT_FOLLOWS = /^(use|Use|addHook|before_request)$/;
/** Names of a 401/403 answer: `Unauthorized()`, `Forbid()`, `http.StatusUnauthorized`, `PermissionDenied`, `:forbidden`, `HTTP_403_FORBIDDEN`. */
const REFUSAL = /unauthori[sz]ed|forbid(den)?\b|permission_?denied|not_?authenticated|access_?denied/i;
const AUTHENTICATION_FLAG = /^(is_?authenticated|is_?anonymous|logged_?in|is_?logged_?in|user_?signed_?in\??|signed_?in\??)$/i;

export class GuardScopes {
  /** Guard middleware registered for what follows, in the order of the file. */
  private readonly registered: readonly Call[];

  constructor(
    facts: SourceFacts,
    private readonly index: FactIndex,
    private readonly guards: GuardNames,
  ) {
    this.registered = facts.calls.filter((c) => COVERING_WHAT_FOLLOWS.test(lastName(c)) && this.isGuardCall(c));
  }

  /** A call whose name, or whose non-function arguments, name a guard: `RequireAuthorization()`, `middleware('auth')`, `Use(AuthRequired())`. */
  isGuardCall(call: Call): boolean {
    const method = lastName(call);
    if (this.guards.isGuard(method)) {
      return !this.guards.isPublicMarker(method);
    }
    return REGISTERING.has(method) && call.arguments.some((a) => !looksLikeFunction(a.text) && this.guards.mentionsGuard(a.text));
  }

  /**
   * Guards chained on the route call itself or on a group call around it: a call that starts where
   * the route (or an enclosing call) starts is a link of the same chain. `.AllowAnonymous()` and
   * `->withoutMiddleware('auth')` take the guard off.
   */
  chainGuard(route: Call): GuardState | undefined {
    const enclosing = this.index.callsEnclosing(route);
    const links = [route, ...enclosing].flatMap((c) => this.index.callsStartingAt(c.range.start)).filter((c) => c !== route && !route.arguments.some((a) => contains(a.range, c.range)));
    if (links.some((c) => this.isOptOutCall(c))) {
      return 'public';
    }
    const groupGuard = enclosing.some((c) => /^(group|Group)$/.test(lastName(c)) && this.isGuardCall(c));
    return groupGuard || links.some((c) => this.isGuardCall(c)) ? 'guarded' : undefined;
  }

  /** Guard middleware registered before the route, on the app, a router or the route's group (named by the route's receiver). */
  registeredBefore(route: TextRange, receiver: string | undefined): boolean {
    const registered = this.registered.some((c) => isBefore(c.range, route) && !contains(c.range, route));
    return registered || (receiver !== undefined && this.groupAssignedWithGuard(receiver, route));
  }

  /**
   * A guard the handler checks itself: a call to a guard (`getServerSession()`, `auth()`,
   * `$this->authorize(...)`, `req.isAuthenticated()`), a read of an authentication flag
   * (`request.user.is_authenticated`), or a refusal (`res.status(401)`, `abort(403)`,
   * `Unauthorized()`, `head :forbidden`): a handler that can answer 401 or 403 checks who is calling.
   */
  inBody(range: TextRange): boolean {
    const calls = this.index.callsWithin(range);
    const guardCalls = calls.some((c) => {
      const method = lastName(c);
      return this.guards.isGuard(method) || REFUSAL.test(method) || (c.calleePath.includes('jwt') && /^(verify|decode)$/.test(method));
    });
    const read = [...calls.flatMap((c) => c.arguments), ...this.index.assignmentsWithin(range).map((a) => ({ text: '', references: a.value }))];
    const flags = read.some((a) => REFUSAL.test(a.text) || a.references.some((r) => AUTHENTICATION_FLAG.test(r.path[r.path.length - 1] ?? '') || REFUSAL.test(r.path[r.path.length - 1] ?? '')));
    const refusalCodes = this.index.literalsWithin(range).some((l) => l.kind === 'number' && /^40[13]$/.test(l.value) && (l.calleePath !== undefined || /status|code/i.test(l.key ?? '')));
    return guardCalls || flags || refusalCodes;
  }

  private isOptOutCall(call: Call): boolean {
    const method = lastName(call);
    return this.guards.isPublicMarker(method) || (method === 'withoutMiddleware' && call.arguments.some((a) => this.guards.mentionsGuard(a.text)));
  }

  /** `authorized := r.Group("/", AuthRequired())`, `var api = app.MapGroup("/api").RequireAuthorization()`: the route's receiver was made guarded. */
  private groupAssignedWithGuard(receiver: string, route: TextRange): boolean {
    const assignments = this.index.assignmentsNamed(receiver).filter((a) => isBefore(a.range, route));
    return assignments.some((a) => this.index.callsOnLine(a.range.start.line).some((c) => comparePositions(c.range.start, a.range.end) >= 0 && this.isGuardCall(c)));
  }
}

function lastName(call: Call): string {
  return call.calleePath[call.calleePath.length - 1] ?? '';
}
