/**
 * Cookie protections switched off explicitly: `httpOnly: false`, `secure: false` on a cookie or
 * session cookie, Django's `SESSION_COOKIE_SECURE = False`, `setSecure(false)`, PHP's positional
 * `setcookie(..., false, false)` and `ini_set('session.cookie_secure', '0')`, .NET's
 * `CookieSecurePolicy.None`. Each finding points at the value that switches the protection off.
 */
import type { Call, Literal, SourceFacts } from '../facts';
import type { TextRange } from '../model';
import { chainOf, enclosingCalls, lastName, nameBefore } from './nearbyFacts';

export type CookieAttribute = 'Secure' | 'HttpOnly' | 'SameSite';

export interface CookieSwitch {
  readonly attribute: CookieAttribute;
  /** As written, for the message: `httpOnly = false`, `SESSION_COOKIE_SECURE = False`. */
  readonly what: string;
  readonly range: TextRange;
}

/** Keys that only ever configure a cookie (compared without case, `_`, `-` or `.`). */
const COOKIE_KEYS: ReadonlyMap<string, CookieAttribute> = new Map([
  ['httponly', 'HttpOnly'],
  ['cookiehttponly', 'HttpOnly'],
  ['sessioncookiehttponly', 'HttpOnly'],
  ['sessioncookiesecure', 'Secure'],
  ['csrfcookiesecure', 'Secure'],
  ['cookiesecure', 'Secure'],
  ['securecookie', 'Secure'],
  ['securecookies', 'Secure'],
  ['usesecurecookie', 'Secure'],
  ['samesite', 'SameSite'],
  ['cookiesamesite', 'SameSite'],
  ['sessioncookiesamesite', 'SameSite'],
  ['csrfcookiesamesite', 'SameSite'],
]);
/** Cookie setters and builder methods that take the attribute as their argument. */
const SETTERS: ReadonlyMap<string, CookieAttribute> = new Map([
  ['setSecure', 'Secure'],
  ['setHttpOnly', 'HttpOnly'],
  ['secure', 'Secure'],
  ['httpOnly', 'HttpOnly'],
  ['sameSite', 'SameSite'],
  ['setSameSite', 'SameSite'],
  // Spring Session's DefaultCookieSerializer.
  ['setUseSecureCookie', 'Secure'],
  ['setUseHttpOnlyCookie', 'HttpOnly'],
]);
/** PHP's `ini_set` names for the session cookie. */
const INI_SETTINGS: ReadonlyMap<string, CookieAttribute> = new Map([
  ['session.cookie_secure', 'Secure'],
  ['session.cookie_httponly', 'HttpOnly'],
]);
/** Positional secure and httpOnly parameters: PHP `setcookie`/`setrawcookie`, `session_set_cookie_params`, Gin's `c.SetCookie`. */
const POSITIONAL: ReadonlyArray<{ readonly callee: RegExp; readonly count: number; readonly secure: number; readonly httpOnly: number }> = [
  { callee: /^(setcookie|setrawcookie)$/, count: 6, secure: 5, httpOnly: 6 },
  { callee: /^session_set_cookie_params$/, count: 4, secure: 3, httpOnly: 4 },
  { callee: /\.SetCookie$/, count: 7, secure: 5, httpOnly: 6 },
  // Laravel: Cookie::queue / Cookie::make / cookie($name, $value, $minutes, $path, $domain, $secure, $httpOnly, ...).
  { callee: /^(Cookie\.(queue|make)|cookie)$/, count: 7, secure: 5, httpOnly: 6 },
];
/**
 * Named values that never (or not always) mark the cookie: .NET's `CookieSecurePolicy.None`,
 * `HttpOnlyPolicy.None`, `SameSiteMode.None`, Go's `http.SameSiteNoneMode`.
 */
const POLICY_NAMES: ReadonlyMap<string, CookieAttribute> = new Map([
  ['CookieSecurePolicy.None', 'Secure'],
  ['HttpOnlyPolicy.None', 'HttpOnly'],
  ['SameSiteMode.None', 'SameSite'],
  ['http.SameSiteNoneMode', 'SameSite'],
]);
const POLICY_LANGUAGES = new Set(['csharp', 'go']);
/** Django settings for SameSite, which switch it off when set to `None` or `False`. */
const DJANGO_SAMESITE = /^(SESSION|CSRF|LANGUAGE)_COOKIE_SAMESITE$/;

/** Every explicit switch-off in the file. */
export function cookieSwitches(facts: SourceFacts): CookieSwitch[] {
  return [...keyedSwitches(facts), ...setterSwitches(facts), ...positionalSwitches(facts), ...policySwitches(facts), ...djangoSameSiteNone(facts)];
}

function keyedSwitches(facts: SourceFacts): CookieSwitch[] {
  return (facts.literals ?? []).flatMap((literal) => {
    if (!literal.key) {
      return [];
    }
    const key = lastName(literal.key);
    const normalised = key.toLowerCase().replace(/[-_.\s]/g, '');
    const attribute = COOKIE_KEYS.get(normalised) ?? (normalised === 'secure' && isOff(literal.value) && isAboutCookies(facts, literal, key) ? 'Secure' : undefined);
    return attribute && isSwitchedOff(attribute, literal.value) ? [{ attribute, what: `${key} = ${literal.value === '' ? "''" : literal.value}`, range: literal.range }] : [];
  });
}

/**
 * Whether a `secure` key configures a cookie (SMTP and database clients have `secure` options
 * too): it is inside a cookie or session call (`res.cookie`, `session({...})`, `set :sessions`),
 * under a key or type named for cookies (`cookie: { secure }`, `new CookieOptions { Secure }`),
 * beside a cookie-only key (`httponly:`, `same_site:`), or a Go struct field `Secure` (only
 * `http.Cookie` and session option structs have one).
 */
function isAboutCookies(facts: SourceFacts, literal: Literal, key: string): boolean {
  const calls = enclosingCalls(facts, literal.range).flatMap((call) => chainOf(facts, call));
  if (calls.some((call) => /cookie|session/i.test(`${call.calleePath.join('.')} ${call.arguments[0]?.text ?? ''}`))) {
    return true;
  }
  const owner = facts.declarations.find((d) => d.name === key && d.range.end.line === literal.range.start.line && d.owner !== undefined);
  if (/cookie|session/i.test(`${owner?.owner ?? ''} ${nameBefore(facts, literal.range)?.name ?? ''}`)) {
    return true;
  }
  // An options block lists one key a line (Laravel's config/session.php), so its neighbours count.
  // Keys of one block sit in the same call (or in none), so a cookie call next to an SMTP client does not count.
  const line = literal.range.start.line;
  const block = enclosingCalls(facts, literal.range)[0];
  const besideCookieKey = (facts.literals ?? []).some(
    (l) =>
      Math.abs(l.range.start.line - line) <= NEIGHBOUR_LINES &&
      /^(httponly|http_only|samesite|same_site)$/i.test(lastName(l.key ?? '')) &&
      enclosingCalls(facts, l.range)[0] === block,
  );
  return besideCookieKey || (facts.languageId === 'go' && key === 'Secure');
}

/** How far apart two keys of one options block may be. */
const NEIGHBOUR_LINES = 3;

function setterSwitches(facts: SourceFacts): CookieSwitch[] {
  return (facts.literals ?? []).flatMap((literal) => {
    const method = literal.calleePath?.[literal.calleePath.length - 1] ?? '';
    const attribute = SETTERS.get(method);
    if (!attribute || literal.key || !isSwitchedOff(attribute, literal.value)) {
      return [];
    }
    // `setSecure` belongs to cookies; a bare `secure(false)` only in a cookie builder chain.
    const call = enclosingCalls(facts, literal.range)[0];
    const builder = method.startsWith('set') || (call !== undefined && chainOf(facts, call).some((c) => /cookie/i.test(c.calleePath.join('.'))));
    return builder ? [{ attribute, what: `${method}(${literal.value})`, range: literal.range }] : [];
  });
}

function positionalSwitches(facts: SourceFacts): CookieSwitch[] {
  return facts.calls.flatMap((call) => {
    const callee = call.calleePath.join('.');
    if (callee === 'ini_set') {
      return iniSwitch(facts, call);
    }
    const shape = POSITIONAL.find((p) => p.callee.test(callee) && call.arguments.length >= p.count);
    if (!shape) {
      return [];
    }
    return (
      [
        ['Secure', shape.secure],
        ['HttpOnly', shape.httpOnly],
      ] as const
    ).flatMap(([attribute, index]) => {
      const argument = call.arguments[index];
      return argument && isOff(argument.text) ? [{ attribute, what: `${callee}(...) with ${attribute.toLowerCase()} ${argument.text}`, range: argument.range }] : [];
    });
  });
}

function iniSwitch(facts: SourceFacts, call: Call): CookieSwitch[] {
  const [name, value] = call.arguments;
  const setting = (facts.literals ?? []).find((l) => name && l.range.start.line === name.range.start.line && l.range.start.column === name.range.start.column)?.value;
  const attribute = setting ? INI_SETTINGS.get(setting) : undefined;
  return attribute && value && isOff(value.text) ? [{ attribute, what: `${setting} = ${value.text}`, range: value.range }] : [];
}

function policySwitches(facts: SourceFacts): CookieSwitch[] {
  if (!POLICY_LANGUAGES.has(facts.languageId)) {
    return [];
  }
  const references = [...facts.calls.flatMap((c) => c.arguments.flatMap((a) => a.references)), ...(facts.assignments ?? []).flatMap((a) => a.value)];
  // A policy set inside a lambda argument is read both as the call's argument and as an assignment.
  const seen = new Set<string>();
  return references.flatMap((reference) => {
    const name = reference.path.slice(-2).join('.');
    const attribute = POLICY_NAMES.get(name);
    const at = `${reference.range.start.line}:${reference.range.start.column}`;
    if (!attribute || seen.has(at)) {
      return [];
    }
    seen.add(at);
    return [{ attribute, what: name, range: reference.range }];
  });
}

/**
 * Django's `SESSION_COOKIE_SAMESITE = None` (or `False`): a string setting (`'Lax'`) is a keyed
 * literal, so a setting with neither a literal nor a reference for its value is the `None` or
 * `False` constant, which the Python adapter reports no literal for.
 */
function djangoSameSiteNone(facts: SourceFacts): CookieSwitch[] {
  if (facts.languageId !== 'python') {
    return [];
  }
  const keyed = new Set((facts.literals ?? []).map((l) => `${l.key ?? ''}@${l.range.start.line}`));
  return (facts.assignments ?? [])
    .filter((a) => DJANGO_SAMESITE.test(a.name) && a.value.length === 0 && !keyed.has(`${a.name}@${a.range.start.line}`))
    .map((a) => ({ attribute: 'SameSite' as const, what: `${a.name} = None`, range: a.range }));
}

/** Whether `value` switches `attribute` off: `false`/`0`/`off` for a flag; for SameSite also `None` or an empty value. */
function isSwitchedOff(attribute: CookieAttribute, value: string): boolean {
  return isOff(value) || (attribute === 'SameSite' && /^(['"]?)(none|)\1$/i.test(value.trim()));
}

/** `false`, `False`, `FALSE`, `0`, `'0'`, `'off'`: values that switch a protection off. */
export function isOff(value: string): boolean {
  return /^(['"]?)(false|0|off)\1$/i.test(value.trim());
}
