/**
 * What a route accepts: the personal data its handler reads from the request (body fields, form
 * values, accessor calls, Rails strong parameters) and the parameters the framework fills from the
 * request (bound DTOs, typed parameters).
 */
import type { Source } from '../../analysis/localFlow';
import type { Call, Declaration, FunctionDeclaration, Reference, SourceFacts } from '../../facts';
import type { TextRange } from '../../model';
import { categoryLabel } from '../../taxonomy/categories';
import type { Classifier } from '../../taxonomy/vocabulary';
import type { FactIndex } from './factIndex';
import type { GuardNames } from './guards';
import { namesPersonRecord, type PersonalValue, type PersonalValues, typeNamesIn } from './personalValues';
import { unquote } from './route';

/** Where request data is read from: `req.body.email`, `request.json['phone']`, Rails `params[:email]`, Laravel `$request->email`. */
export const REQUEST_ROOTS = new Set(['req', 'request', 'params', 'ctx', 'c', 'context']);
/** Parts of the request that carry the caller's identity, not data the caller sends: `req.user.email` is who is logged in. */
export const IDENTITY_SEGMENTS = new Set(['user', 'session', 'auth', 'identity', 'principal', 'currentUser', 'current_user', 'User', 'headers', 'Identity', 'Claims']);
/** Methods that read one named value from the request: `request.form.get('email')`, `c.PostForm("email")`, `$request->input('email')`. */
const ACCESSORS = new Set(['get', 'input', 'query', 'param', 'post', 'PostForm', 'Query', 'DefaultQuery', 'DefaultPostForm', 'FormValue', 'PostFormValue', 'getParameter', 'getlist', 'require', 'permit', 'fetch', 'string', 'only']);
/** Calls that give the request's data in another shape: `await request.json()`, `request.get_json()`, `$request->all()`, `params.permit(...)`. */
const REQUEST_PARSERS = /^(json|get_json|body|text|formData|form|input|all|validated|only|get|getlist|to_h|to_unsafe_h|permit|require|dict|data|getBody|getParameter|ShouldBind\w*|Bind\w*|safe)$/;
/** Calls that fill a variable from the request body: Gin `c.ShouldBindJSON(&input)`. */
const BINDERS = /^(Should)?Bind(JSON|Query|With|Uri|XML|YAML|Header)?$|^bind$/;
/** Parameter types that are the request or the framework's plumbing, not data the caller sends. */
const PLUMBING_TYPES = /^(Http\w*Request|Request|HttpServletRequest|HttpServletResponse|Response|ServerRequest|FastifyRequest|FastifyReply|NextRequest|Context|gin|HttpContext|CancellationToken|Model|Principal|Authentication|ClaimsPrincipal|BackgroundTasks|Session|Depends|Security)$/;

/** What a handler reads from the request: body and form fields, accessor calls, strong parameters, request values stored under a personal name. */
export function readFromRequest(range: TextRange, callsInside: readonly Call[], index: FactIndex, values: PersonalValues, classifier: Classifier): PersonalValue[] {
  const bound = new Set(callsInside.filter((c) => BINDERS.test(c.calleePath[c.calleePath.length - 1] ?? '')).flatMap((c) => c.arguments.flatMap((a) => a.references.map((r) => r.path[0] ?? ''))));
  // A local variable named like a request root (`c := s.contacts.Find(id)` in net/http) is not the request.
  const locals = new Set(index.assignmentsWithin(range).map((a) => a.name.replace(/^\$/, '')));
  const isRequestRoot = (root: string) => bound.has(root) || (REQUEST_ROOTS.has(root) && !locals.has(root));
  const read: { reference: Reference; scope: string | undefined }[] = [
    ...callsInside.flatMap((call) => call.arguments.flatMap((a) => a.references.map((reference) => ({ reference, scope: call.scope })))),
    ...index.assignmentsWithin(range).flatMap((a) => a.value.map((reference) => ({ reference, scope: a.scope }))),
  ];
  const fromReferences = read.flatMap(({ reference, scope }) => values.ofReference(reference, scope, (source) => isRequestRead(source, isRequestRoot)) ?? []);
  const fromStrongParams = read.flatMap(({ reference }) => strongParamsRecord(reference, values));
  const fromAccessors = callsInside.filter(isRequestAccessor).flatMap((call) => {
    const key = call.arguments[0] ? unquote(call.arguments[0].text) : '';
    const written = `${call.calleePath.join('.')}('${key}')`;
    const described = /^[\w-]+$/.test(key) ? values.describePath([key], written) : undefined;
    return described ? [{ ...described, source: written, range: call.range }] : [];
  });
  return [...fromReferences, ...fromStrongParams, ...fromAccessors, ...callsInside.flatMap((call) => storedUnderPersonalNames(call, isRequestRoot, values, classifier))];
}

/** A named argument `key: value`, `key => value` or `key=value` (not `==`, `::` or `=>` on its own). */
const NAMED_ARGUMENT = /^\s*:?["']?([A-Za-z_]\w*)["']?\s*(?::(?!:)|=>|=(?![=>]))/;

/**
 * Request data stored under a personal field's name: `dispute.update!(signature_name:
 * params[:signed_by])` accepts a name whatever the request calls it.
 */
function storedUnderPersonalNames(call: Call, isRequestRoot: (root: string) => boolean, values: PersonalValues, classifier: Classifier): PersonalValue[] {
  return call.arguments.flatMap((argument) => {
    const key = NAMED_ARGUMENT.exec(argument.text)?.[1];
    const fromRequest = argument.references.find((r) => isRequestRead({ path: r.path, through: r.through ?? [] }, isRequestRoot));
    const classification = key && fromRequest ? classifier.classify(key) : undefined;
    if (!classification || !fromRequest) {
      return [];
    }
    const written = `${values.display(fromRequest.path)} as ${key!}`;
    return [{ description: `${written} (${categoryLabel(classification.category)})`, source: values.display(fromRequest.path), category: classification.category, range: argument.range }];
  });
}

/**
 * Whether a source is data from the request. A value that came through a call is request data only
 * when the call parses the request (`request.json()`, `$request->all()`): `User.find(params[:id])`
 * gives a user, not the id.
 */
function isRequestRead({ path, through }: Source, isRequestRoot: (root: string) => boolean): boolean {
  const [root, ...rest] = path.map((segment) => segment.replace(/^\$/, ''));
  const parsed = through.every((name) => REQUEST_PARSERS.test(name));
  return root !== undefined && rest.length > 0 && parsed && isRequestRoot(root) && !rest.some((segment) => IDENTITY_SEGMENTS.has(segment));
}

function isRequestAccessor(call: Call): boolean {
  const root = call.calleePath[0]?.replace(/^\$/, '');
  const method = call.calleePath[call.calleePath.length - 1] ?? '';
  return root !== undefined && call.calleePath.length >= 2 && REQUEST_ROOTS.has(root) && ACCESSORS.has(method) && !call.calleePath.some((s) => IDENTITY_SEGMENTS.has(s));
}

/** Rails strong parameters: `Patient.create(patient_params)` accepts a patient record. */
function strongParamsRecord(reference: Reference, values: PersonalValues): PersonalValue[] {
  const match = reference.path.length === 1 ? /^(\w+)_params$/.exec(reference.path[0] ?? '') : null;
  const described = match?.[1] ? values.describePath([match[1]], match[1]) : undefined;
  return described ? [{ ...described, description: `${described.description} (${reference.path[0]!})`, source: reference.path[0]!, range: reference.range }] : [];
}

/**
 * Parameters the framework fills from the request: a person record or DTO (`@RequestBody PatientDto
 * dto`, `[FromBody] Patient p`, `dto: CreatePatientDto`), or a personal value by name (`email: str`).
 * Parameters the guard fills (`Depends(get_current_user)`, `@AuthenticationPrincipal`) are not sent by the caller.
 */
export function acceptedParameters(fn: FunctionDeclaration | undefined, facts: SourceFacts, calls: FactIndex, guards: GuardNames, values: PersonalValues, classifier: Classifier): PersonalValue[] {
  if (!fn) {
    return [];
  }
  return fn.parameters.flatMap((parameter, index) => {
    if (isFilledByGuard(parameter, fn.parameters[index + 1], calls, guards) || onlySanitised(parameter.name, fn, calls, classifier)) {
      return [];
    }
    const typeNames = typeNamesIn(parameter.typeText ?? '');
    if (typeNames.some((t) => PLUMBING_TYPES.test(t))) {
      return [];
    }
    const recordType = typeNames.find((t) => namesPersonRecord(t, classifier));
    // Laravel binds a model parameter (`show(User $user)`) from the route's id: it is looked up, not sent.
    if (recordType && !(facts.languageId === 'php' && classifier.isPersonRecordName(recordType))) {
      return [{ description: `${parameter.name} (${recordType})`, source: parameter.name, category: 'user', range: parameter.range }];
    }
    const declared = typeNames.flatMap((t) => values.ofDeclaredType(parameter.name, t, parameter.range));
    const classification = classifier.classify(parameter.name);
    return classification ? [{ description: parameter.name, source: parameter.name, category: classification.category, range: parameter.range }] : declared;
  });
}

/**
 * Whether the handler uses a parameter only through a sanitiser (`scrub_phi(symptoms)`): the route
 * takes the value in, but handles only what is left once the personal data is taken out.
 */
function onlySanitised(name: string, fn: FunctionDeclaration, index: FactIndex, classifier: Classifier): boolean {
  const sanitising = (names: readonly string[]) => names.some((n) => classifier.isSanitizer(n));
  const uses = [
    ...index.callsWithin(fn.range).flatMap((call) => call.arguments.flatMap((a) => a.references.map((r) => ({ r, sanitised: sanitising([...call.calleePath.slice(-1), ...(r.through ?? [])]) })))),
    ...index.assignmentsWithin(fn.range).flatMap((a) => a.value.map((r) => ({ r, sanitised: sanitising(r.through ?? []) }))),
    ...fn.returns.flatMap((e) => e.references.map((r) => ({ r, sanitised: sanitising(r.through ?? []) }))),
  ].filter(({ r }) => r.path[0] === name);
  return uses.length > 0 && uses.every((use) => use.sanitised);
}

function isFilledByGuard(parameter: Declaration, next: Declaration | undefined, calls: FactIndex, guards: GuardNames): boolean {
  if ((parameter.annotations ?? []).some((a) => guards.mentionsGuard(a))) {
    return true;
  }
  const line = parameter.range.start.line;
  return calls.callsOnLine(line).some((call) => {
    const startsAfter = call.range.start.line === line && call.range.start.column > parameter.range.end.column;
    const beforeNext = !next || next.range.start.line > line || call.range.start.column < next.range.start.column;
    return startsAfter && beforeNext && /^(Depends|Security|Annotated)$/.test(call.calleePath[call.calleePath.length - 1] ?? '') && call.arguments.some((a) => guards.mentionsGuard(a.text));
  });
}
