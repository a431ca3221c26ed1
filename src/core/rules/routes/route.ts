/**
 * A route as the route rule sees it, whatever the framework: where it is declared, the code that
 * handles it, and whether this file shows a guard for it. Each framework family's finder
 * (callRoutes, decoratedRoutes, controllerRoutes, nextRoutes) builds these from facts.
 */
import type { FunctionDeclaration, SourceFacts } from '../../facts';
import { comparePositions, type TextRange } from '../../model';
import type { Framework } from './frameworks';
import type { FactIndex } from './factIndex';
import type { GuardNames } from './guards';
import type { GuardScopes } from './guardScopes';

/** The code that runs for a route. */
export interface RouteHandler {
  /** The handler function, or the inline argument when the adapter gives no function facts. */
  readonly range: TextRange;
  readonly function?: FunctionDeclaration;
}

/**
 * What this file shows about a route's guard: one (at route, router, controller or app level),
 * an explicit opt-out (`@Public()`, `[AllowAnonymous]`, `skip_before_action`), or nothing.
 */
export type GuardState = 'guarded' | 'public' | 'unguarded';

export interface Route {
  readonly framework: Framework;
  /** How the message names the route: `GET /users/:id`, `PatientsController#show`. */
  readonly label: string;
  /** Where the finding points: the route call, decorator or annotation, or the action's name. */
  readonly declaredAt: TextRange;
  readonly handler: RouteHandler;
  readonly guard: GuardState;
  /** Where a guard this file cannot show may be, when this framework commonly puts it there. */
  readonly mayBeGuardedElsewhere: boolean;
}

/** What every route finder reads. */
export interface RouteSearch {
  readonly facts: SourceFacts;
  readonly index: FactIndex;
  readonly guards: GuardNames;
  readonly scopes: GuardScopes;
}

export type RouteFinder = (search: RouteSearch) => Route[];

export function contains(outer: TextRange, inner: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function isBefore(a: TextRange, b: TextRange): boolean {
  return comparePositions(a.start, b.start) < 0;
}

/** Whether an argument, as written, is an inline function (used where the adapter gives no function facts). */
export function looksLikeFunction(text: string): boolean {
  return /^(async\s+)?(function\b|fn\b|func\b|lambda\b|\([^)]*\)\s*(=>|\{)|[\w$]+\s*=>|do\b|\{\s*\|)/.test(text.trim());
}

/** An HTTP method as routes write it, upper case, or undefined: `get`, `GET`, `MapGet`, `Get`, `@GetMapping`. */
export function httpMethodOf(name: string): string | undefined {
  const match = /^(?:Map)?(get|post|put|patch|delete|head|options|all|any)(?:Mapping|Async)?$/i.exec(name);
  return match?.[1]?.toUpperCase();
}

/** A string literal's value as written in an argument: quotes, `:` (Ruby symbols) and `@`/`$` prefixes off. */
export function unquote(text: string): string {
  return text.trim().replace(/^[:@$]/, '').replace(/^(["'`])(.*)\1$/s, '$2');
}
