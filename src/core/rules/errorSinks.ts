/**
 * Where an error message or an error response is made, by language, and how an HTTP error status
 * is recognised. Data and small predicates, read by `personal-data-in-error`.
 */
import { splitIdentifier } from '../taxonomy/identifiers';
import type { CallSink } from './callSinks';
import { SINK_LANGUAGE_LISTS, type SinkLanguage } from './personalDataReaching';

export interface ErrorSink extends CallSink {
  readonly languages: readonly SinkLanguage[];
  /** An exception or error value (its message), or an HTTP error response (its body). */
  readonly makes: 'exception' | 'response';
  /** A response builder that is an error only with a 4xx or 5xx status (`res.status(404).json(...)`, `jsonify(...), 404`). */
  readonly needsErrorStatus?: true;
}

const { js, py, java, go, php, rb, cs } = SINK_LANGUAGE_LISTS;

/** ASP.NET Core's error results, on a controller or as minimal-API `Results` and `TypedResults`. */
const ASPNET_ERRORS = ['BadRequest', 'NotFound', 'Conflict', 'UnprocessableEntity', 'Unauthorized', 'Problem', 'ValidationProblem'];

export const ERROR_SINKS: readonly ErrorSink[] = [
  // Error values and exceptions beyond those named like one (see isExceptionName).
  { languages: js, makes: 'exception', calls: ['createError', 'createHttpError', 'httpErrors', 'ctx.throw', 'Boom.badRequest', 'Boom.notFound', 'Boom.forbidden', 'Boom.unauthorized', 'Boom.conflict', 'Boom.badData', 'Boom.internal'] },
  { languages: go, makes: 'exception', calls: ['fmt.Errorf', 'errors.New', 'errors.Errorf', 'errors.Wrap', 'errors.Wrapf', 'errors.WithMessage', 'errors.WithMessagef', 'status.Error', 'status.Errorf', 'panic', 'echo.NewHTTPError', 'fiber.NewError'] },
  { languages: rb, makes: 'exception', calls: ['raise', 'fail'] },
  { languages: py, makes: 'exception', calls: ['NotFound', 'BadRequest', 'Forbidden', 'Unauthorized', 'Conflict', 'Http404', 'PermissionDenied', 'SuspiciousOperation'] },
  // Responses that are errors by what they are.
  { languages: go, makes: 'response', calls: ['http.Error', '*.AbortWithError'] },
  { languages: py, makes: 'response', calls: ['abort', 'flask.abort', 'HttpResponseBadRequest', 'HttpResponseNotFound', 'HttpResponseForbidden', 'HttpResponseServerError', 'HttpResponseGone', 'HttpResponseNotAllowed'] },
  { languages: php, makes: 'response', calls: ['abort', 'abort_if', 'abort_unless'] },
  { languages: java, makes: 'response', calls: ['ResponseEntity.badRequest.body', 'ResponseEntity.unprocessableEntity.body', 'ResponseEntity.internalServerError.body', 'ResponseEntity.notFound.body'] },
  { languages: cs, makes: 'response', calls: [...ASPNET_ERRORS, ...ASPNET_ERRORS.map((r) => `Results.${r}`), ...ASPNET_ERRORS.map((r) => `TypedResults.${r}`)] },
  // Responses that are errors by their status.
  { languages: js, makes: 'response', needsErrorStatus: true, calls: ['status.json', 'status.send', 'status.end', 'code.send', 'NextResponse.json', 'Response.json', 'json', 'reply.send'] },
  { languages: py, makes: 'response', needsErrorStatus: true, calls: ['jsonify', 'make_response', 'JsonResponse', 'JSONResponse', 'HttpResponse', 'Response', 'PlainTextResponse'] },
  { languages: java, makes: 'response', needsErrorStatus: true, calls: ['ResponseEntity.status.body', 'ResponseEntity'] },
  // Go's net/http: a body written after `w.WriteHeader(http.StatusBadGateway)` (see personalDataInError's writer check).
  { languages: go, makes: 'response', needsErrorStatus: true, calls: ['fmt.Fprintf', 'fmt.Fprint', 'fmt.Fprintln', 'io.WriteString', 'w.Write'] },
  { languages: go, makes: 'response', needsErrorStatus: true, calls: ['*.JSON', '*.String', '*.AbortWithStatusJSON', '*.IndentedJSON', '*.XML', 'Status.JSON', 'Status.SendString'], receiver: /^(c|ctx|context|e|Status)$/ },
  { languages: php, makes: 'response', needsErrorStatus: true, calls: ['response.json', 'response', 'JsonResponse', 'Response'] },
  { languages: rb, makes: 'response', needsErrorStatus: true, calls: ['render'] },
  { languages: cs, makes: 'response', needsErrorStatus: true, calls: ['StatusCode', 'Results.Json', 'Results.Text', 'TypedResults.Json'] },
];

/** First words that make a name a method about errors rather than an error type: `CaptureException`, `AddModelError`, `Task.FromException`. */
const VERBS = new Set(['capture', 'notice', 'track', 'log', 'report', 'handle', 'add', 'set', 'get', 'on', 'send', 'record', 'notify', 'write', 'print', 'show', 'display', 'format', 'map', 'wrap', 'create', 'make', 'build', 'to', 'is', 'has', 'check', 'raise', 'throw', 'from', 'with', 'ignore', 'clear']);

/** `ValueError`, `IllegalArgumentException`, `NotFoundHttpException`, `Error`: a type made to be thrown. */
export function isExceptionName(name: string): boolean {
  return (/^[A-Z]\w*(Error|Exception|Fault)$/.test(name) && !VERBS.has(splitIdentifier(name)[0] ?? '')) || name === 'Error' || name === 'Exception';
}

/** Receivers an exception type is qualified by: modules and namespaces, not objects (`logger.Error` logs). */
export function isTypeQualifier(receiver: string | undefined): boolean {
  return receiver === undefined || /^[A-Z]/.test(receiver) || ['errors', 'exceptions', 'status', 'werkzeug', 'builtins', 'serializers', 'forms'].includes(receiver);
}

/** HTTP error statuses by name, normalised (`NOT_FOUND`, `NotFound`, `Status404NotFound`, `:not_found` all read `notfound`). */
const ERROR_REASONS = new Set([
  'badrequest', 'unauthorized', 'paymentrequired', 'forbidden', 'notfound', 'methodnotallowed', 'notacceptable', 'conflict', 'gone',
  'preconditionfailed', 'payloadtoolarge', 'unsupportedmediatype', 'unprocessableentity', 'unprocessablecontent', 'toomanyrequests',
  'internalservererror', 'notimplemented', 'badgateway', 'serviceunavailable', 'gatewaytimeout',
]);

/** Whether a name spells an HTTP error status: `http.StatusNotFound`, `HttpStatus.BAD_REQUEST`, `status.HTTP_404_NOT_FOUND`, `:unprocessable_entity`. */
export function namesErrorStatus(name: string): boolean {
  if (/^(HTTP_)?[45]\d\d(_|$)/.test(name)) {
    return true;
  }
  const reason = name
    .replace(/^(HTTP_\d{3}_|Status\d*|HTTP_)/, '')
    .replace(/[_\s]/g, '')
    .toLowerCase();
  return ERROR_REASONS.has(reason);
}

/** Keys under which a status is given: `{ status: 404 }`, `status_code=404`, `statusCode: 404`. */
export const STATUS_KEYS = new Set(['status', 'statusCode', 'status_code', 'StatusCode', 'code']);

export function isErrorStatusNumber(value: string): boolean {
  const status = Number(value);
  return Number.isInteger(status) && status >= 400 && status <= 599;
}
