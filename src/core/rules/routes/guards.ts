/**
 * Which names are authentication or authorisation guards: middleware (`requireAuth`,
 * `passport.authenticate`), decorators (`@login_required`, `@PreAuthorize`), attributes
 * (`[Authorize]`), dependencies (`Depends(get_current_user)`), filters (`before_action
 * :authenticate_user!`), plus the project's own names from the `authGuards` setting.
 */
import { splitIdentifier } from '../../taxonomy/identifiers';
import type { Classifier } from '../../taxonomy/vocabulary';

/** A word that, in a guard's name, means "checks who is calling". */
const GUARD_WORDS = new Set([
  'auth', 'authn', 'authz', 'authenticate', 'authenticated', 'authentication', 'authorize', 'authorise', 'authorized', 'authorised',
  'authorization', 'authorisation', 'login', 'logged', 'jwt', 'permission', 'permissions', 'role', 'roles', 'secured',
  'oauth', 'bearer', 'apikey', 'admin', 'acl', 'rbac', 'sanctum', 'protect', 'protected', 'signin', 'preauthorize', 'postauthorize', 'staff', 'superuser',
]);

/** Words that need a partner to mean a guard: `verifyToken` but not `generateToken`, `get_current_user` but not `user`. */
const GUARD_PAIRS: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['token', new Set(['verify', 'validate', 'check', 'require', 'ensure', 'decode', 'get'])],
  ['session', new Set(['require', 'ensure', 'server', 'iron', 'validate', 'verify', 'check', 'get'])],
  ['user', new Set(['current', 'require', 'ensure', 'passes'])],
  ['key', new Set(['api'])],
  ['signed', new Set(['in'])],
];

/**
 * Words that, before a kind of person only, check or fetch who is calling: `requireSeller`,
 * `ensure_clinician`, `requireStaffOrAdmin`, `get_current_patient`.
 */
const REQUIRING = new Set(['require', 'requires', 'ensure', 'must', 'current']);
const CONNECTIVES = new Set(['or', 'and', 'be', 'is', 'get']);

/** Middleware named after these words protects against something else (forgery, abuse), not an anonymous caller. */
const NOT_GUARD_WORDS = new Set(['csrf', 'xsrf', 'cors', 'throttle', 'throttler', 'limiter', 'ratelimit', 'rate', 'cache', 'helmet', 'logger', 'callback', 'forgery', 'authenticity', 'initialize', 'initialise', 'optional']);

/** Names that undo a guard for one route or controller. */
const PUBLIC_MARKERS = new Set(['allowanonymous', 'public', 'skipauth', 'ispublic', 'permitall', 'allowany', 'noauth', 'anonymous', 'unauthenticated', 'skipauthentication', 'authexempt', 'loginexempt', 'optionalauth']);

export class GuardNames {
  /** Files repeat names (`use`, `res.json`, `requireAuth`) on every route: each is judged once. */
  private readonly judged = new Map<string, boolean>();

  constructor(private readonly classifier: Classifier) {}

  /** Whether one name (an identifier or a dotted path: `requireAuth`, `fastify.authenticate`) is a guard. */
  isGuard(name: string): boolean {
    let guard = this.judged.get(name);
    if (guard === undefined) {
      guard = this.judge(name);
      this.judged.set(name, guard);
    }
    return guard;
  }

  private judge(name: string): boolean {
    if (this.classifier.isProjectGuard(name)) {
      return true;
    }
    const words = splitIdentifier(name);
    if (words.some((w) => NOT_GUARD_WORDS.has(w))) {
      return false;
    }
    return words.some((w) => GUARD_WORDS.has(w)) || GUARD_PAIRS.some(([word, partners]) => words.includes(word) && words.some((w) => partners.has(w))) || this.requiresKindOfPerson(words);
  }

  private requiresKindOfPerson(words: readonly string[]): boolean {
    const [first, second] = words;
    const rest = words.filter((w) => !REQUIRING.has(w) && !CONNECTIVES.has(w));
    const leading = REQUIRING.has(first ?? '') || (first === 'get' && second === 'current');
    return leading && rest.length > 0 && rest.every((w) => this.classifier.isPersonRecordName(w));
  }

  /**
   * Whether a piece of code (a middleware argument, a decorator, an attribute as written) names a
   * guard, and does not mark the route public (`@PreAuthorize("permitAll()")`).
   */
  mentionsGuard(text: string): boolean {
    // Member chains are judged whole: `auth.optional` lets anonymous callers through, `auth.required` does not.
    const chains = text.match(/[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*/g) ?? [];
    return !this.isPublicMarker(text) && (this.classifier.isProjectGuard(text.trim()) || chains.some((c) => this.isGuard(c) || identifiersIn(c).some((id) => this.classifier.isProjectGuard(id))));
  }

  /** `@Public()`, `[AllowAnonymous]`, `@PermitAll`, `AllowAny`, `permitAll()`: the route is public on purpose. Only for decorators and chained calls, never for code. */
  isPublicMarker(text: string): boolean {
    return identifiersIn(text).some((id) => PUBLIC_MARKERS.has(id.toLowerCase().replace(/_/g, '')));
  }
}

/** The identifiers in a piece of code, `!`/`?` suffixes (Ruby) kept off. */
export function identifiersIn(text: string): string[] {
  return text.match(/[A-Za-z_$][\w$]*/g) ?? [];
}
