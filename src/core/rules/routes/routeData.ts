/**
 * The personal data a route returns (what its handler returns, sends or hands to its view) and
 * accepts (what it reads from the request: body fields, form values, bound DTOs, typed parameters).
 */
import type { Call, Declaration, FunctionDeclaration, Reference, SourceFacts } from '../../facts';
import type { Source } from '../../analysis/localFlow';
import type { FactIndex } from './factIndex';
import { type Route, type RouteSearch, unquote } from './route';
import type { GuardNames } from './guards';
import { namesPersonRecord, type PersonalValue, type PersonalValues, typeNamesIn } from './personalValues';
import type { Classifier } from '../../taxonomy/vocabulary';

export interface RouteData {
  readonly returned: readonly PersonalValue[];
  readonly accepted: readonly PersonalValue[];
}

/** Calls that answer the request with their arguments: `res.json(user)`, `jsonify(...)`, `c.JSON(200, u)`, `render json: @user`, `Ok(p)`. */
const RESPONSE_METHODS = new Set(['json', 'jsonp', 'send', 'end', 'write', 'render', 'JSON', 'IndentedJSON', 'PureJSON', 'SecureJSON', 'XML', 'YAML', 'Ok', 'Json', 'Created', 'CreatedAtAction', 'CreatedAtRoute', 'ok', 'body', 'respond_with']);
const RESPONSE_RECEIVERS = new Set(['res', 'response', 'resp', 'reply', 'c', 'ctx', 'context', 'NextResponse', 'Response', 'Results', 'TypedResults', 'ResponseEntity', 'this', 'HttpResponse', 'Inertia']);
const RESPONSE_FUNCTIONS = new Set(['jsonify', 'make_response', 'JsonResponse', 'HttpResponse', 'Response', 'render', 'render_template', 'TemplateResponse', 'respond_with', 'Ok', 'Json', 'Created', 'JSONResponse', 'ORJSONResponse', 'view']);

/** Calls that store or send a value elsewhere: what they return is not the value. */
const SIDE_EFFECT = /^(save|create|insert|update|upsert|delete|destroy|remove|send|store|write|log|notify|publish|enqueue|emit|dispatch|add|push|register)/i;
/** Where request data is read from: `req.body.email`, `request.json['phone']`, Rails `params[:email]`, Laravel `$request->email`. */
const REQUEST_ROOTS = new Set(['req', 'request', 'params', 'ctx', 'c', 'context']);
/** Parts of the request that carry the caller's identity, not data the caller sends: `req.user.email` is who is logged in. */
const IDENTITY_SEGMENTS = new Set(['user', 'session', 'auth', 'identity', 'principal', 'currentUser', 'current_user', 'User', 'headers', 'Identity', 'Claims']);
/** Methods that read one named value from the request: `request.form.get('email')`, `c.PostForm("email")`, `$request->input('email')`. */
const ACCESSORS = new Set(['get', 'input', 'query', 'param', 'post', 'PostForm', 'Query', 'DefaultQuery', 'DefaultPostForm', 'FormValue', 'PostFormValue', 'getParameter', 'getlist', 'require', 'permit', 'fetch', 'string', 'only']);
/** Calls that give the request's data in another shape: `await request.json()`, `request.get_json()`, `$request->all()`, `params.permit(...)`. */
const REQUEST_PARSERS = /^(json|get_json|body|text|formData|form|input|all|validated|only|get|getlist|to_h|to_unsafe_h|permit|require|dict|data|getBody|getParameter|ShouldBind\w*|Bind\w*|safe)$/;
/** Calls that fill a variable from the request body: Gin `c.ShouldBindJSON(&input)`. */
const BINDERS = /^(Should)?Bind(JSON|Query|With|Uri|XML|YAML|Header)?$|^bind$/;
/** Parameter types that are the request or the framework's plumbing, not data the caller sends. */
const PLUMBING_TYPES = /^(Http\w*Request|Request|HttpServletRequest|HttpServletResponse|Response|ServerRequest|FastifyRequest|FastifyReply|NextRequest|Context|gin|HttpContext|CancellationToken|Model|Principal|Authentication|ClaimsPrincipal|BackgroundTasks|Session|Depends|Security)$/;

export function routeDataOf(route: Route, { facts, index, guards }: RouteSearch, values: PersonalValues, classifier: Classifier): RouteData {
  const range = route.handler.range;
  const callsInside = index.callsWithin(range);
  const fn = route.handler.function;
  return {
    returned: unique([
      ...returnedByFunction(fn, index, values),
      ...callsInside.filter(isResponseCall).flatMap((call) => sentBy(call, index, values)),
      ...exposedToView(route, index, values, classifier),
      ...declaredResponse(fn, classifier),
    ]),
    accepted: unique([...readFromRequest(range, callsInside, index, values), ...acceptedParameters(fn, facts, index, guards, classifier)]),
  };
}

function returnedByFunction(fn: FunctionDeclaration | undefined, index: FactIndex, values: PersonalValues): PersonalValue[] {
  return (fn?.returns ?? []).flatMap((expression) => [
    ...expression.references.filter(isNotStored).flatMap((reference) => values.ofReference(reference, fn?.scope, isNotCallerIdentity) ?? []),
    ...index.callsWithin(expression.range).flatMap((call) => values.ofRecordQuery(call) ?? []),
  ]);
}

/**
 * The response shape a route declares: FastAPI's `response_model=PatientOut`. (Declared return
 * types, `public Patient get()`, are not in the facts yet.)
 */
function declaredResponse(fn: FunctionDeclaration | undefined, classifier: Classifier): PersonalValue[] {
  return (fn?.annotations ?? []).flatMap((annotation) => {
    const model = /response_model\s*=\s*([\w[\]. ]+)/.exec(annotation)?.[1];
    const record = model ? typeNamesIn(model).find((t) => namesPersonRecord(t, classifier)) : undefined;
    return record && fn ? [{ description: `${record} records (its response_model)`, source: record, category: 'user', range: fn.nameRange }] : [];
  });
}

function isResponseCall(call: Call): boolean {
  const method = call.calleePath[call.calleePath.length - 1] ?? '';
  const receiver = call.calleePath[call.calleePath.length - 2];
  return receiver === undefined ? RESPONSE_FUNCTIONS.has(method) || RESPONSE_METHODS.has(method) : RESPONSE_METHODS.has(method) && RESPONSE_RECEIVERS.has(receiver);
}

/**
 * What a response call sends: its arguments' personal values, and person-record queries inside
 * them. A value handed to a side effect on the way (`c.JSON(201, gin.H{"id": save(input.Email)})`)
 * is stored, not sent.
 */
function sentBy(call: Call, index: FactIndex, values: PersonalValues): PersonalValue[] {
  return call.arguments.flatMap((argument) => [
    ...argument.references.filter(isNotStored).flatMap((reference) => values.ofReference(reference, call.scope, isNotCallerIdentity) ?? []),
    ...index.callsWithin(argument.range).filter((inner) => inner !== call).flatMap((inner) => values.ofRecordQuery(inner) ?? []),
  ]);
}

function isNotStored(reference: Reference): boolean {
  return !(reference.through ?? []).some((name) => SIDE_EFFECT.test(name));
}

/**
 * The caller's own identity (`req.user`, `request.user.email`) is not data the route gives away:
 * without a guard there is no one logged in, so there is nothing there to return.
 */
function isNotCallerIdentity({ path }: Source): boolean {
  return !(path.length > 1 && REQUEST_ROOTS.has(path[0]?.replace(/^\$/, '') ?? '') && path.slice(1).some((s) => IDENTITY_SEGMENTS.has(s)));
}

/**
 * Data handed to a view without a call: Rails actions' instance variables (`@patient =
 * Patient.find(id)` shows the patient), Django generic views' `model`, `queryset` and `serializer_class`.
 */
function exposedToView(route: Route, index: FactIndex, values: PersonalValues, classifier: Classifier): PersonalValue[] {
  const inHandler = index.assignmentsWithin(route.handler.range);
  if (route.framework === 'Rails') {
    return inHandler.filter((a) => a.name.startsWith('@')).flatMap((a) => {
      const described = values.describePath([a.name.slice(1)], a.name);
      return described ? [{ ...described, description: `${described.description} (to its view)`, source: a.name.slice(1), range: a.range }] : [];
    });
  }
  if (route.framework === 'Django' && !route.handler.function) {
    return inHandler
      .filter((a) => /^(model|queryset|serializer_class)$/.test(a.name))
      .flatMap((a) => a.value.filter((r) => namesPersonRecord(r.path[0] ?? '', classifier)).map((r) => ({ description: `${r.path[0]} records (its ${a.name})`, source: 'the records a generic view serves', category: 'user', range: a.range })));
  }
  return [];
}

function readFromRequest(range: Route['handler']['range'], callsInside: readonly Call[], index: FactIndex, values: PersonalValues): PersonalValue[] {
  const bound = new Set(callsInside.filter((c) => BINDERS.test(c.calleePath[c.calleePath.length - 1] ?? '')).flatMap((c) => c.arguments.flatMap((a) => a.references.map((r) => r.path[0] ?? ''))));
  const read: { reference: Reference; scope: string | undefined }[] = [
    ...callsInside.flatMap((call) => call.arguments.flatMap((a) => a.references.map((reference) => ({ reference, scope: call.scope })))),
    ...index.assignmentsWithin(range).flatMap((a) => a.value.map((reference) => ({ reference, scope: a.scope }))),
  ];
  const fromReferences = read.flatMap(({ reference, scope }) => values.ofReference(reference, scope, (source) => isRequestRead(source, bound)) ?? []);
  const fromStrongParams = read.flatMap(({ reference }) => strongParamsRecord(reference, values));
  const fromAccessors = callsInside.filter(isRequestAccessor).flatMap((call) => {
    const key = call.arguments[0] ? unquote(call.arguments[0].text) : '';
    const written = `${call.calleePath.join('.')}('${key}')`;
    const described = /^[\w-]+$/.test(key) ? values.describePath([key], written) : undefined;
    return described ? [{ ...described, source: written, range: call.range }] : [];
  });
  return [...fromReferences, ...fromStrongParams, ...fromAccessors];
}

/**
 * Whether a source is data from the request. A value that came through a call is request data only
 * when the call parses the request (`request.json()`, `$request->all()`): `User.find(params[:id])`
 * gives a user, not the id.
 */
function isRequestRead({ path, through }: Source, bound: ReadonlySet<string>): boolean {
  const [root, ...rest] = path.map((segment) => segment.replace(/^\$/, ''));
  const parsed = through.every((name) => REQUEST_PARSERS.test(name));
  return root !== undefined && rest.length > 0 && parsed && (REQUEST_ROOTS.has(root) || bound.has(root)) && !rest.some((segment) => IDENTITY_SEGMENTS.has(segment));
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
function acceptedParameters(fn: FunctionDeclaration | undefined, facts: SourceFacts, calls: FactIndex, guards: GuardNames, classifier: Classifier): PersonalValue[] {
  if (!fn) {
    return [];
  }
  return fn.parameters.flatMap((parameter, index) => {
    if (isFilledByGuard(parameter, fn.parameters[index + 1], calls, guards)) {
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
    const classification = classifier.classify(parameter.name);
    return classification ? [{ description: parameter.name, source: parameter.name, category: classification.category, range: parameter.range }] : [];
  });
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

/** Each piece of data once, however it was reached: Ruby's `@patient` is `self.patient` in facts. */
function unique(values: readonly PersonalValue[]): PersonalValue[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.source.replace(/^(self|this)\.|^[@$]/, '');
    return !seen.has(key) && seen.add(key);
  });
}
