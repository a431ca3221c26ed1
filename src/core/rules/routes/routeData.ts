/**
 * The personal data a route returns (what its handler returns, sends or hands to its view) and
 * accepts (what it reads from the request: body fields, form values, bound DTOs, typed parameters).
 */
import type { Call, FunctionDeclaration, Reference } from '../../facts';
import type { Source } from '../../analysis/localFlow';
import type { FactIndex } from './factIndex';
import type { Route, RouteSearch } from './route';
import { isAggregate, namesPersonRecord, type PersonalValue, type PersonalValues, typeNamesIn } from './personalValues';
import type { Classifier } from '../../taxonomy/vocabulary';
import { parseAnnotations } from './annotations';
import { acceptedParameters, IDENTITY_SEGMENTS, readFromRequest, REQUEST_ROOTS } from './requestData';

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
/** Rails serialisation options that name what a response carries: `as_json(include: :patient)`, `only: %i[full_name phone]`. */
const SERIALISATION_OPTION = /^\s*:?(include|only|methods)\s*(?::|=>)\s*([\s\S]*)$/;
/** What an `except:` option leaves out of the response, inside an `include:` (`include: { patient: { except: [:ssn] } }`). */
const EXCEPT_OPTION = /\bexcept\s*(?::|=>)\s*(%[iw]\[[^\]]*\]|\[[^\]]*\]|:\w+)/g;
const OPTION_WORDS = new Set(['include', 'only', 'methods', 'except', 'i', 'w']);

export function routeDataOf(route: Route, { facts, index, guards }: RouteSearch, values: PersonalValues, classifier: Classifier): RouteData {
  const range = route.handler.range;
  const callsInside = index.callsWithin(range);
  const fn = route.handler.function;
  return {
    returned: unique([
      ...returnedByFunction(fn, index, values),
      ...callsInside.filter((call) => isResponseCall(call) || writesToResponse(call, fn, index)).flatMap((call) => sentBy(call, index, values)),
      ...exposedToView(route, index, values, classifier),
      ...declaredResponse(fn, classifier),
    ]),
    accepted: unique([...readFromRequest(range, callsInside, index, values, classifier), ...acceptedParameters(fn, facts, index, guards, values, classifier)]),
  };
}

function returnedByFunction(fn: FunctionDeclaration | undefined, index: FactIndex, values: PersonalValues): PersonalValue[] {
  return (fn?.returns ?? []).flatMap((expression) => [
    ...expression.references.filter(isNotStored).flatMap((reference) => valuesOf(reference, fn?.scope, values)),
    ...index.callsWithin(expression.range).flatMap((call) => recordsQueriedBy(call, index, values)),
  ]);
}

/** The personal data a returned or sent reference holds: by its name and flow, or by what the file reads off it. */
function valuesOf(reference: Reference, scope: string | undefined, values: PersonalValues): PersonalValue[] {
  const named = values.ofReference(reference, scope, isNotCallerIdentity);
  return named ? [named] : values.ofShapedRecord(reference, scope);
}

/** Person records a call looks up, unless the chain it is part of only counts them (`Patient.where(...).count`). */
function recordsQueriedBy(call: Call, index: FactIndex, values: PersonalValues): PersonalValue[] {
  if (index.callsStartingAt(call.range.start).some((link) => isAggregate(link.calleePath[link.calleePath.length - 1] ?? ''))) {
    return [];
  }
  const query = values.ofRecordQuery(call);
  return query ? [query] : values.ofShapedQuery(call);
}

/**
 * The response shape a route declares: FastAPI's `response_model=PatientOut`. (Declared return
 * types, `public Patient get()`, are not in the facts yet.)
 */
function declaredResponse(fn: FunctionDeclaration | undefined, classifier: Classifier): PersonalValue[] {
  return parseAnnotations(fn?.annotations ?? []).flatMap((annotation) => {
    const model = /response_model\s*=\s*([\w[\]. ]+)/.exec(annotation.argumentsText)?.[1];
    const record = model ? typeNamesIn(model).find((t) => namesPersonRecord(t, classifier)) : undefined;
    return record && fn ? [{ description: `${record} records (its response_model)`, source: record, category: 'user', range: fn.nameRange }] : [];
  });
}

function isResponseCall(call: Call): boolean {
  const method = call.calleePath[call.calleePath.length - 1] ?? '';
  const receiver = call.calleePath[call.calleePath.length - 2];
  return receiver === undefined ? RESPONSE_FUNCTIONS.has(method) || RESPONSE_METHODS.has(method) : RESPONSE_METHODS.has(method) && RESPONSE_RECEIVERS.has(receiver);
}

/** Go: what is written to the handler's `http.ResponseWriter` (`json.NewEncoder(w).Encode(v)`, `fmt.Fprintf(w, ...)`, `w.Write(b)`). */
function writesToResponse(call: Call, fn: FunctionDeclaration | undefined, index: FactIndex): boolean {
  const writers = new Set((fn?.parameters ?? []).filter((p) => /\bResponseWriter$/.test(p.typeText ?? '')).map((p) => p.name));
  if (writers.size === 0) {
    return false;
  }
  const method = call.calleePath[call.calleePath.length - 1] ?? '';
  const toWriter = (argument: { text: string } | undefined) => argument !== undefined && writers.has(argument.text.trim());
  const encoder = index.callsStartingAt(call.range.start).find((c) => c.calleePath[c.calleePath.length - 1] === 'NewEncoder');
  return (
    (method === 'Encode' && toWriter(encoder?.arguments[0])) ||
    (/^(Fprintf|Fprint|Fprintln|WriteString)$/.test(method) && toWriter(call.arguments[0])) ||
    (method === 'Write' && writers.has(call.calleePath[call.calleePath.length - 2] ?? ''))
  );
}

/**
 * What a response call sends: its arguments' personal values, and person-record queries inside
 * them. A value handed to a side effect on the way (`c.JSON(201, gin.H{"id": save(input.Email)})`)
 * is stored, not sent.
 */
function sentBy(call: Call, index: FactIndex, values: PersonalValues): PersonalValue[] {
  return [
    ...serialisedAssociations(call, values),
    ...call.arguments.flatMap((argument) => [
      ...argument.references.filter(isNotStored).flatMap((reference) => valuesOf(reference, call.scope, values)),
      ...index.callsWithin(argument.range).filter((inner) => inner !== call).flatMap((inner) => [...recordsQueriedBy(inner, index, values), ...serialisedAssociations(inner, values)]),
    ]),
  ];
}

/**
 * The associations and fields a Rails serialisation option adds to a response: `include: :patient`
 * sends the whole patient record, `only: %i[full_name mobile_phone]` sends those fields.
 */
function serialisedAssociations(call: Call, values: PersonalValues): PersonalValue[] {
  return call.arguments.flatMap((argument) => {
    const [, option, listed] = SERIALISATION_OPTION.exec(argument.text) ?? [];
    const names = (listed ?? '').replace(EXCEPT_OPTION, '').match(/[A-Za-z_]\w*/g) ?? [];
    return names
      .filter((name) => !OPTION_WORDS.has(name))
      .flatMap((name) => {
        const described = values.describePath([name], name);
        const description = described?.description.endsWith(')') ? `${described.description.slice(0, -1)}, by its ${option!}: option)` : `${described?.description} (by its ${option!}: option)`;
        return described ? [{ ...described, description, source: `${option!}:${name}`, range: argument.range }] : [];
      });
  });
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

/** Each piece of data once, however it was reached: Ruby's `@patient` is `self.patient` in facts. */
function unique(values: readonly PersonalValue[]): PersonalValue[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.source.replace(/^(self|this)\.|^[@$]/, '');
    return !seen.has(key) && seen.add(key);
  });
}
