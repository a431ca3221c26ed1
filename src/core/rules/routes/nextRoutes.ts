/**
 * Next.js route handlers (`app/**\/route.ts`): exported functions named after an HTTP method. They
 * have no decorators or middleware arguments, so the guard is a session check in the handler
 * (`getServerSession`, `auth()`, `getToken`, `currentUser()`) or a wrapper around it
 * (`export const GET = withAuth(...)`); `middleware.ts` may also guard the path.
 */
import { contains, type Route, type RouteSearch } from './route';

const HANDLER_NAMES = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const SCRIPT_LANGUAGES = new Set(['typescript', 'javascript', 'typescriptreact', 'javascriptreact']);

export function findNextRoutes({ facts, index, guards, scopes }: RouteSearch): Route[] {
  if (!SCRIPT_LANGUAGES.has(facts.languageId)) {
    return [];
  }
  return (facts.functions ?? [])
    .filter((fn) => HANDLER_NAMES.has(fn.name) && fn.owner === undefined)
    .map((fn) => {
      const wrapped = facts.calls.some((c) => contains(c.range, fn.range) && guards.isGuard(c.calleePath[c.calleePath.length - 1] ?? ''));
      const authClient = index.callsWithin(fn.range).some((c) => c.calleePath.slice(0, -1).some((s) => s === 'auth'));
      const guarded = wrapped || authClient || scopes.inBody(fn.range);
      return { framework: 'Next.js', label: `${fn.name} route handler`, declaredAt: fn.nameRange, handler: { range: fn.range, function: fn }, guard: guarded ? 'guarded' : 'unguarded', mayBeGuardedElsewhere: true };
    });
}
