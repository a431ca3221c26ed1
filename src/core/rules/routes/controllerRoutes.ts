/**
 * Controller actions whose route table is in another file: Rails (`class PatientsController <
 * ApplicationController`, guarded by `before_action :authenticate_user!`, undone by
 * `skip_before_action`) and Laravel (`class PatientController extends Controller`, guarded by
 * `$this->middleware('auth')` in the constructor or a static `middleware()` list). The finding
 * points at the action's name.
 */
import type { Call, FunctionDeclaration, SourceFacts, TypeDeclaration } from '../../facts';
import type { Framework } from './frameworks';
import { type GuardNames, identifiersIn } from './guards';
import { contains, type GuardState, type Route, type RouteSearch } from './route';

/** Methods of a controller that are helpers, not actions: strong parameters, filter callbacks, constructors. */
const NOT_AN_ACTION = /(_params$|^(set|find|load|require|ensure|authenticate|authorize|check|verify|build|current)_|^_|^initialize$|^__|^middleware$)/;

export function findControllerRoutes(search: RouteSearch): Route[] {
  const framework: Framework | undefined = search.facts.languageId === 'ruby' ? 'Rails' : search.facts.languageId === 'php' ? 'Laravel' : undefined;
  if (!framework) {
    return [];
  }
  return (search.facts.types ?? []).filter((type) => type.superTypes.some((s) => /Controller(::Base|::API)?$/.test(s))).flatMap((type) => actionsOf(type, framework, search));
}

function actionsOf(type: TypeDeclaration, framework: Framework, search: RouteSearch): Route[] {
  const { facts, guards } = search;
  const methods = (facts.functions ?? []).filter((f) => f.owner === type.name || (f.owner === undefined && contains(type.range, f.range) && f.name !== ''));
  const filters = framework === 'Rails' ? railsFilters(type, facts, guards) : laravelMiddleware(type, methods, facts, guards);
  const callbacks = new Set(filters.flatMap((f) => f.callbacks));
  const controllerGuard = type.superTypes.some((s) => !/^(Application|Base)?Controller$/.test(s) && guards.isGuard(s)) || classLevelGuardCall(type, methods, facts, guards);
  return methods
    .filter((m) => !NOT_AN_ACTION.test(m.name) && !callbacks.has(m.name))
    .map((action) => ({
      framework,
      label: `${type.name}#${action.name}`,
      declaredAt: action.nameRange,
      handler: { range: action.range, function: action },
      guard: guardOfAction(action, filters, controllerGuard, search),
      mayBeGuardedElsewhere: true,
    }));
}

/** A filter that applies to some actions: `before_action :authenticate_user!, except: [:index]`. */
interface Filter {
  readonly effect: 'guard' | 'skip';
  readonly only?: readonly string[];
  readonly except?: readonly string[];
  /** Methods the filter calls back, which are therefore not actions. */
  readonly callbacks: readonly string[];
}

function guardOfAction(action: FunctionDeclaration, filters: readonly Filter[], controllerGuard: boolean, { scopes }: RouteSearch): GuardState {
  const applying = filters.filter((f) => (!f.only || f.only.includes(action.name)) && !(f.except ?? []).includes(action.name));
  if (applying.some((f) => f.effect === 'skip')) {
    return 'public';
  }
  return controllerGuard || applying.some((f) => f.effect === 'guard') || scopes.inBody(action.range) ? 'guarded' : 'unguarded';
}

/** `before_action`, `skip_before_action`, `http_basic_authenticate_with` in the class body. */
function railsFilters(type: TypeDeclaration, facts: SourceFacts, guards: GuardNames): Filter[] {
  return facts.calls
    .filter((c) => contains(type.range, c.range) && c.calleePath.length === 1)
    .flatMap((call) => {
      const name = call.calleePath[0] ?? '';
      const [first, ...options] = call.arguments;
      const scope = actionScope(options.map((o) => o.text));
      if (name === 'http_basic_authenticate_with' || name === 'http_token_authenticate_with') {
        return [{ effect: 'guard' as const, ...scope, callbacks: [] }];
      }
      if (!/^(prepend_|append_)?(before|around)_(action|filter)$|^skip_before_(action|filter)$/.test(name) || !first) {
        return [];
      }
      const callbacks = call.arguments.filter((a) => /^:/.test(a.text.trim())).map((a) => a.text.trim().slice(1));
      const guarding = callbacks.some((c) => guards.isGuard(c));
      const effect = name.startsWith('skip_') ? ('skip' as const) : ('guard' as const);
      return guarding ? [{ effect, ...scope, callbacks }] : [{ effect: 'guard' as const, only: [], callbacks }];
    });
}

/** `only: [:show, :edit]`, `except: :index`, `only: %i[show]`, Laravel `->except('index')`. */
function actionScope(optionTexts: readonly string[]): Pick<Filter, 'only' | 'except'> {
  const scope: { only?: string[]; except?: string[] } = {};
  for (const text of optionTexts) {
    const match = /^:?(only|except)\s*(?::|=>)\s*(.*)$/s.exec(text.trim());
    if (match?.[1] === 'only' || match?.[1] === 'except') {
      scope[match[1]] = identifiersIn(match[2] ?? '').filter((w) => w !== 'i' && w !== 'w');
    }
  }
  return scope;
}

/** `$this->middleware('auth')` (with `->only(...)`/`->except(...)` chained) in the constructor, or a static `middleware()` that lists a guard. */
function laravelMiddleware(type: TypeDeclaration, methods: readonly FunctionDeclaration[], facts: SourceFacts, guards: GuardNames): Filter[] {
  const inConstructor = facts.calls
    .filter((c) => contains(type.range, c.range) && c.calleePath.join('.') === 'this.middleware' && c.arguments.some((a) => guards.mentionsGuard(a.text)))
    .map((call) => ({ effect: 'guard' as const, ...chainedActionScope(call, facts), callbacks: [] }));
  const declared = methods
    .filter((m) => m.name === 'middleware')
    .flatMap((m) => m.returns.filter((r) => guards.mentionsGuard(r.text)))
    .map((r) => ({ effect: 'guard' as const, ...actionScope(namedArguments(r.text)), callbacks: [] }));
  return [...inConstructor, ...declared];
}

/** Laravel 11 `new Middleware('auth', except: ['show'])`: the `only:`/`except:` parts, as `actionScope` reads them. */
function namedArguments(text: string): string[] {
  return [...text.matchAll(/\b(only|except)\s*:\s*(\[[^\]]*\]|'[^']*'|"[^"]*")/g)].map((m) => `${m[1]}: ${m[2]}`);
}

function chainedActionScope(call: Call, facts: SourceFacts): Pick<Filter, 'only' | 'except'> {
  const links = facts.calls.filter((c) => c !== call && c.range.start.line === call.range.start.line && c.range.start.column === call.range.start.column);
  const scope: { only?: string[]; except?: string[] } = {};
  for (const link of links) {
    const name = link.calleePath[link.calleePath.length - 1];
    if (name === 'only' || name === 'except') {
      scope[name] = link.arguments.flatMap((a) => identifiersIn(a.text));
    }
  }
  return scope;
}

/**
 * A guard called in the class body outside the actions: CanCanCan `load_and_authorize_resource`,
 * Laravel `$this->authorizeResource(...)` in the constructor.
 */
function classLevelGuardCall(type: TypeDeclaration, methods: readonly FunctionDeclaration[], facts: SourceFacts, guards: GuardNames): boolean {
  const constructors = methods.filter((m) => m.name === '__construct' || m.name === 'initialize');
  return facts.calls.some((c) => {
    const inBody = contains(type.range, c.range) && (!methods.some((m) => contains(m.range, c.range)) || constructors.some((m) => contains(m.range, c.range)));
    const name = c.calleePath[c.calleePath.length - 1] ?? '';
    return inBody && /authori[sz]e/i.test(name) && guards.isGuard(name);
  });
}
