/**
 * Where a URL is sent, followed or built, by language: HTTP clients, redirects and navigation,
 * and query-string builders. Data, read by `personal-data-in-url`.
 */
import type { CallSink } from './callSinks';
import { SINK_LANGUAGE_LISTS, type SinkLanguage } from './personalDataReaching';

export interface UrlSink extends CallSink {
  readonly languages: readonly SinkLanguage[];
  /** Arguments that hold the URL (0-based); every argument when absent (redirects, query builders). */
  readonly url?: readonly number[];
  /** Arguments that may hold query parameters: counted when they name them (`params=`, `{ params: ... }`, `'query' =>`, `query:`). */
  readonly params?: readonly number[];
  /** Arguments that are query parameters whatever they look like: Faraday's and Laravel's `get(url, params)`. */
  readonly query?: readonly number[];
  /** The URL argument must start like this: PHP's `header("Location: ...")`. */
  readonly textStart?: RegExp;
  /** A redirect or navigation, for the message. */
  readonly redirect?: true;
}

const { js, py, java, go, php, rb, cs } = SINK_LANGUAGE_LISTS;

function verbs(receiver: string, ...methods: string[]): string[] {
  return methods.map((m) => `${receiver}.${m}`);
}

const BODILESS = ['get', 'delete', 'head', 'options'];
const WITH_BODY = ['post', 'put', 'patch'];

export const URL_SINKS: readonly UrlSink[] = [
  // TypeScript and JavaScript
  { languages: js, calls: ['fetch', 'got', 'ky', 'axios', '$.ajax', '$.get', '$.getJSON', '$.post', 'jQuery.get', 'http.get', 'http.request', 'https.get', 'https.request', 'window.open', 'location.assign', 'location.replace', 'navigator.sendBeacon', 'EventSource', 'WebSocket', 'URL', 'Request'], url: [0], params: [1] },
  { languages: js, calls: [...verbs('axios', ...BODILESS), ...verbs('got', ...BODILESS), ...verbs('ky', ...BODILESS), ...verbs('superagent', ...BODILESS)], url: [0], params: [1] },
  { languages: js, calls: [...verbs('axios', ...WITH_BODY), ...verbs('got', ...WITH_BODY), ...verbs('ky', ...WITH_BODY), ...verbs('superagent', ...WITH_BODY)], url: [0], params: [2] },
  { languages: js, calls: ['URLSearchParams', 'superagent.get.query', 'superagent.post.query', 'searchParams.set', 'searchParams.append', 'querystring.stringify', 'qs.stringify'] },
  { languages: js, calls: ['res.redirect', 'response.redirect', 'reply.redirect', 'ctx.redirect', 'redirect', 'permanentRedirect', 'NextResponse.redirect', 'Response.redirect', 'router.push', 'router.replace', 'navigate'], redirect: true },
  // Python
  { languages: py, calls: [...verbs('requests', ...BODILESS, ...WITH_BODY), ...verbs('httpx', ...BODILESS, ...WITH_BODY), 'urllib.request.urlopen', 'urlopen', 'urllib.request.Request'], url: [0], params: [1, 2, 3] },
  { languages: py, calls: ['requests.request', 'httpx.request'], url: [1], params: [2, 3, 4] },
  { languages: py, calls: ['urlencode', 'urllib.parse.urlencode', 'url_for', 'reverse'] },
  { languages: py, calls: ['redirect', 'flask.redirect', 'HttpResponseRedirect', 'HttpResponsePermanentRedirect', 'RedirectResponse'], redirect: true },
  // Java
  { languages: java, calls: ['URI', 'URL', 'URI.create', 'HttpRequest.newBuilder', 'Jsoup.connect', 'url', '*.url', 'restTemplate.exchange'], url: [0] },
  // RestTemplate: the URI template's variables follow the URL and what the method needs besides it.
  { languages: java, calls: ['*.getForObject', '*.getForEntity'], url: [0], query: [2, 3, 4, 5, 6] },
  { languages: java, calls: ['*.postForObject', '*.postForEntity', '*.patchForObject'], url: [0], query: [3, 4, 5, 6] },
  { languages: java, calls: ['*.postForLocation', 'restTemplate.put'], url: [0], query: [2, 3, 4, 5, 6] },
  { languages: java, calls: ['restTemplate.delete'], url: [0], query: [1, 2, 3, 4, 5] },
  { languages: java, calls: ['*.uri', '*.queryParam', '*.fromUriString', '*.fromHttpUrl'] },
  { languages: java, calls: ['*.sendRedirect', 'RedirectView'], redirect: true },
  // Go
  { languages: go, calls: ['http.Get', 'http.Head', 'http.Post', 'http.PostForm', 'url.Parse', 'http.DefaultClient.Get', 'client.Get', 'httpClient.Get'], url: [0] },
  { languages: go, calls: ['http.NewRequest'], url: [1] },
  { languages: go, calls: ['http.NewRequestWithContext'], url: [2] },
  { languages: go, calls: ['*.SetQueryParam', '*.SetQueryParams'], clients: ['url.Values'], clientMethods: ['Set', 'Add'] },
  { languages: go, calls: ['http.Redirect', '*.Redirect'], redirect: true },
  // PHP
  { languages: php, calls: ['file_get_contents', 'curl_init', 'get_headers'], url: [0] },
  { languages: php, calls: verbs('Http', ...BODILESS), url: [0], query: [1] },
  { languages: php, calls: [...verbs('client', ...BODILESS), ...verbs('guzzle', ...BODILESS)], url: [0], params: [1] },
  { languages: php, calls: [...verbs('Http', ...WITH_BODY), ...verbs('client', ...WITH_BODY), ...verbs('guzzle', ...WITH_BODY)], url: [0], params: [2] },
  { languages: php, calls: ['client.request', 'httpClient.request', 'guzzle.request'], url: [1], params: [2] },
  { languages: php, calls: ['http_build_query', 'route', 'url'] },
  { languages: php, calls: ['header'], url: [0], textStart: /^["']\s*location\s*:/i, redirect: true },
  { languages: php, calls: ['redirect', 'redirect.to', 'redirect.away', 'Redirect.to', 'Redirect.away', 'wp_redirect', 'wp_safe_redirect'], redirect: true },
  // Ruby
  { languages: rb, calls: ['Net.HTTP.get', 'Net.HTTP.get_response', 'Net.HTTP.post_form', 'URI', 'URI.parse', 'URI.open', ...verbs('HTTParty', ...BODILESS, ...WITH_BODY), ...verbs('RestClient', ...BODILESS, ...WITH_BODY)], url: [0], params: [1, 2] },
  { languages: rb, calls: verbs('Faraday', ...BODILESS), url: [0], query: [1] },
  { languages: rb, calls: ['URI.join', 'URI.encode_www_form', 'url_for'] },
  { languages: rb, calls: ['redirect_to', 'redirect'], redirect: true },
  // C#
  {
    languages: cs,
    calls: ['*.GetAsync', '*.GetStringAsync', '*.GetByteArrayAsync', '*.GetStreamAsync', '*.GetFromJsonAsync', '*.DeleteAsync', '*.PostAsync', '*.PutAsync', '*.PatchAsync', '*.PostAsJsonAsync', '*.PutAsJsonAsync'],
    receiver: /http|client/i,
    url: [0],
  },
  { languages: cs, calls: ['Uri', 'UriBuilder'], url: [0] },
  { languages: cs, calls: ['HttpRequestMessage'], url: [1] },
  { languages: cs, calls: ['QueryHelpers.AddQueryString', 'QueryString.Create', 'Url.Action', 'Url.RouteUrl'] },
  { languages: cs, calls: ['RedirectResult', 'Redirect', 'RedirectPermanent', 'LocalRedirect', 'Response.Redirect', 'Results.Redirect', 'TypedResults.Redirect', 'RedirectToAction', 'RedirectToPage', 'RedirectToRoute'], redirect: true },
];

/** Constructors that build or follow a URL, read from the `through` of the values handed to them while they are no Call facts. */
export const URL_CONSTRUCTORS = new Set(['URI', 'URL', 'Uri', 'UriBuilder', 'HttpRequestMessage', 'RedirectView', 'RedirectResult', 'URLSearchParams']);

/** Assignments that navigate: `window.location.href = ...`. */
export const NAVIGATING_TARGET = /^(window\.|document\.)?location(\.(href|search|hash|pathname))?$/;

const PARAM_KEYS = new Set(['params', 'query', 'searchParams', 'qs', 'query_string']);

/**
 * Whether an argument holds query parameters: a keyword argument named so (`params=...`,
 * `query: {...}`), or an options object or array with such a key (`{ params: {...} }`,
 * `['query' => [...]]`). A `json=` or `data=` body is not a URL.
 */
export function namesParams(argumentText: string): boolean {
  const keyword = /^\s*([A-Za-z_]\w*)\s*(=(?![=>])|:(?!:))/.exec(argumentText);
  if (keyword) {
    return PARAM_KEYS.has(keyword[1]!);
  }
  return /(^|[{,[\s])['"]?(params|query|searchParams|qs)['"]?\s*(=>|:)/.test(argumentText);
}
