/**
 * Next.js route handlers: in the app router, exported functions named after an HTTP method
 * (`app/**\/route.ts`); in the pages router, API handlers (`pages/api/*.ts`: a function taking a
 * `NextApiRequest`, or the conventional `handler(req, res)`). They have no decorators or middleware
 * arguments, so the guard is a session check in the handler (`getServerSession`, `auth()`,
 * `getToken`, `currentUser()`) or a wrapper around it (`export const GET = withAuth(...)`, `export
 * default withApiAuthRequired(handler)`); `middleware.ts` may also guard the path.
 */
import type { FunctionDeclaration } from '../../facts';
import { contains, type Route, type RouteSearch } from './route';

const HANDLER_NAMES = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const SCRIPT_LANGUAGES = new Set(['typescript', 'javascript', 'typescriptreact', 'javascriptreact']);

export function findNextRoutes(search: RouteSearch): Route[] {
  const { facts } = search;
  if (!SCRIPT_LANGUAGES.has(facts.languageId)) {
    return [];
  }
  return (facts.functions ?? []).filter((fn) => fn.owner === undefined && (HANDLER_NAMES.has(fn.name) || isPagesApiHandler(fn))).map((fn) => nextRoute(fn, search));
}

/** A pages-router API handler: typed with `NextApiRequest`, or the documented `export default function handler(req, res)`. */
function isPagesApiHandler(fn: FunctionDeclaration): boolean {
  const [request, response] = fn.parameters;
  return /\bNextApiRequest\b/.test(request?.typeText ?? '') || (fn.name === 'handler' && request?.name === 'req' && response?.name === 'res');
}

function nextRoute(fn: FunctionDeclaration, { facts, index, guards, scopes }: RouteSearch): Route {
  const wrapsIt = (c: (typeof facts.calls)[number]) => contains(c.range, fn.range) || c.arguments.some((a) => a.text.trim() === fn.name);
  const wrapped = facts.calls.some((c) => wrapsIt(c) && guards.isGuard(c.calleePath[c.calleePath.length - 1] ?? ''));
  const authClient = index.callsWithin(fn.range).some((c) => c.calleePath.slice(0, -1).some((s) => s === 'auth'));
  const guarded = wrapped || authClient || scopes.inBody(fn.range);
  const label = HANDLER_NAMES.has(fn.name) ? `${fn.name} route handler` : `API route ${fn.name}`;
  return { framework: 'Next.js', label, declaredAt: fn.nameRange, handler: { range: fn.range, function: fn }, guard: guarded ? 'guarded' : 'unguarded', mayBeGuardedElsewhere: true };
}
