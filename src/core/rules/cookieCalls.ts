/**
 * Cookies set with no say about Secure or HttpOnly, where each framework's default leaves them
 * off: Express `res.cookie(n, v)`, Fastify `reply.setCookie`, Koa and Next.js `cookies.set`,
 * Flask/Django/Starlette `set_cookie`, PHP `setcookie`, Rack `set_cookie`, ASP.NET Core
 * `Response.Cookies.Append`, Go `http.SetCookie(w, &http.Cookie{...})`, and Java servlet cookies
 * (`new Cookie(...)` never given `setSecure`/`setHttpOnly` in its function) and Spring
 * `ResponseCookie` builders. Options passed as a variable are not judged: they cannot be seen.
 */
import type { Call, SourceFacts } from '../facts';
import type { TextRange } from '../model';
import type { CookieAttribute } from './cookieSwitches';
import { chainOf } from './nearbyFacts';

export type Attribute = CookieAttribute | 'SameSite';

const ALL: readonly Attribute[] = ['Secure', 'HttpOnly', 'SameSite'];
/** Cookies that hold a preference, not an identity: left readable to scripts on purpose. */
const PREFERENCE_COOKIE = /^(theme|lang|language|locale|tz|timezone|currency|consent|cookie_?consent|cookies_?accepted|dark_?mode|color_?scheme|sidebar[\w-]*|ui[_-][\w-]*)$/i;
/** Double-submit CSRF cookies (`XSRF-TOKEN`, `csrftoken`, `_csrf`), which the page's script must read. */
const CSRF_COOKIE = /^_?(csrf|xsrf)([-_]?token)?$/i;
/** Client-side cookie libraries, which cannot set HttpOnly at all: a different problem. */
const CLIENT_SIDE = new Set(['$', 'jQuery', 'Cookies', 'Cookie', 'document', 'cookieStore']);

type Spelling = Readonly<Record<Attribute, RegExp>>;
const JS_OPTIONS: Spelling = { Secure: /\bsecure\b/, HttpOnly: /\bhttpOnly\b/, SameSite: /\bsameSite\b/ };
const PYTHON_KWARGS: Spelling = { Secure: /(^|\n)\s*secure\s*=/, HttpOnly: /(^|\n)\s*httponly\s*=/, SameSite: /(^|\n)\s*samesite\s*=/ };
const PHP_OPTIONS: Spelling = { Secure: /['"]secure['"]\s*=>/i, HttpOnly: /['"]httponly['"]\s*=>/i, SameSite: /['"]samesite['"]\s*=>/i };
const RUBY_OPTIONS: Spelling = { Secure: /\bsecure:|:secure\s*=>/, HttpOnly: /\bhttponly:|:httponly\s*=>/, SameSite: /\bsame_site:|:same_site\s*=>/ };
const CSHARP_OPTIONS: Spelling = { Secure: /\bSecure\s*=/, HttpOnly: /\bHttpOnly\s*=/, SameSite: /\bSameSite\s*=/ };
const GO_FIELDS: Spelling = { Secure: /\bSecure\s*:/, HttpOnly: /\bHttpOnly\s*:/, SameSite: /\bSameSite\s*:/ };

/**
 * The protections a cookie-setting call leaves unsaid, or undefined when `call` sets no cookie,
 * sets a preference cookie, or passes options the facts cannot show.
 */
export function missingOptions(facts: SourceFacts, call: Call): Attribute[] | undefined {
  const missing = missingByLanguage(facts, call);
  const name = missing ? cookieName(facts, call) : undefined;
  if (!missing || (name !== undefined && PREFERENCE_COOKIE.test(name))) {
    return undefined;
  }
  // A double-submit CSRF cookie is read by the page's script on purpose: HttpOnly would break it.
  return name !== undefined && CSRF_COOKIE.test(name) ? missing.filter((m) => m !== 'HttpOnly') : missing;
}

function missingByLanguage(facts: SourceFacts, call: Call): Attribute[] | undefined {
  const path = call.calleePath;
  const last = path[path.length - 1] ?? '';
  const args = call.arguments;
  switch (facts.languageId) {
    case 'typescript':
    case 'typescriptreact':
    case 'javascript':
    case 'javascriptreact':
      return isJsCookieCall(facts, call) ? optionsObject(args[2]?.text, args.length, JS_OPTIONS, isKoa(call) ? ['HttpOnly'] : []) : undefined;
    case 'python':
      return (last === 'set_cookie' || last === 'set_signed_cookie') && args.length >= 2 && !args.some((a) => a.text.startsWith('**'))
        ? absent(args.map((a) => a.text).join('\n'), PYTHON_KWARGS)
        : undefined;
    case 'php':
      return path.length === 1 && (last === 'setcookie' || last === 'setrawcookie') ? phpSetcookie(call) : undefined;
    case 'ruby':
      return last === 'set_cookie' && args.length >= 2 ? rubySetCookie(call) : undefined;
    case 'csharp':
      return path.slice(-2).join('.') === 'Cookies.Append' ? optionsObject(args[2]?.text.replace(/^new\s+CookieOptions\s*(\(\s*\))?\s*(?=\{)/, ''), args.length, CSHARP_OPTIONS) : undefined;
    case 'go':
      return path.join('.') === 'http.SetCookie' && args.length === 2 && /^&?(http\.)?Cookie\s*\{/.test(args[1]!.text) ? absent(args[1]!.text, GO_FIELDS) : undefined;
    default:
      return undefined;
  }
}

/** `res.cookie(n, v)`, `reply.setCookie(n, v)`, `ctx.cookies.set(n, v)`, `cookies().set(n, v)`; not client-side `$.cookie` or `Cookies.set`. */
function isJsCookieCall(facts: SourceFacts, call: Call): boolean {
  const path = call.calleePath;
  const last = path[path.length - 1];
  if (path.length >= 2 && CLIENT_SIDE.has(path[0]!)) {
    return false;
  }
  if ((last === 'cookie' || last === 'setCookie') && path.length >= 2) {
    return true;
  }
  return last === 'set' && (path[path.length - 2] === 'cookies' || (path.length === 1 && chainOf(facts, call).some((c) => c.calleePath.join('.') === 'cookies')));
}

/** Koa's `ctx.cookies.set` makes cookies HttpOnly unless told otherwise. */
function isKoa(call: Call): boolean {
  return call.calleePath.join('.') === 'ctx.cookies.set';
}

/** Options given as an object literal (`{ ... }`) at the third argument: what it leaves out; none at all: everything. */
function optionsObject(text: string | undefined, count: number, spelling: Spelling, defaults: readonly Attribute[] = []): Attribute[] | undefined {
  if (count < 2) {
    return undefined;
  }
  if (text === undefined) {
    return ALL.filter((a) => !defaults.includes(a));
  }
  return text.trim().startsWith('{') ? absent(text, spelling).filter((a) => !defaults.includes(a)) : undefined;
}

function absent(text: string, spelling: Spelling): Attribute[] {
  return ALL.filter((attribute) => !spelling[attribute].test(text));
}

/** `setcookie($n, $v)`, the positional form (secure 6th, httponly 7th), or the options array of PHP 7.3+. */
function phpSetcookie(call: Call): Attribute[] | undefined {
  const args = call.arguments;
  if (args.length < 2 || args.some((a) => /^\w+\s*:(?!:)/.test(a.text))) {
    return undefined;
  }
  const third = args[2]?.text;
  if (third !== undefined && /^(\[|array\s*\()/i.test(third)) {
    return absent(third, PHP_OPTIONS);
  }
  return [...(args.length < 6 ? ['Secure' as const] : []), ...(args.length < 7 ? ['HttpOnly' as const] : []), 'SameSite'];
}

/** Rack's `response.set_cookie(name, value)` (a plain value: no options) or `(name, value: v, ...)`. */
function rubySetCookie(call: Call): Attribute[] {
  const rest = call.arguments.slice(1).map((a) => a.text);
  const hash = rest.length > 1 || /^\{|^:?\w+:|^:\w+\s*=>/.test(rest[0] ?? '');
  return hash ? absent(rest.join('\n'), RUBY_OPTIONS) : [...ALL];
}

/** The cookie's name, when the first argument is a string literal. */
function cookieName(facts: SourceFacts, call: Call): string | undefined {
  const name = call.arguments[0];
  return name && (facts.literals ?? []).find((l) => l.kind === 'string' && l.range.start.line === name.range.start.line && l.range.start.column === name.range.start.column)?.value;
}

export interface OpenCookie {
  readonly range: TextRange;
  /** For the message: `Cookie session`, `new Cookie(...)`. */
  readonly what: string;
  readonly missing: CookieAttribute[];
}

/**
 * Java: servlet cookies never given `setSecure`/`setHttpOnly` in the function that makes them,
 * `new Cookie(...)` passed straight to `addCookie`, and Spring `ResponseCookie` builders without
 * `.secure(...)`/`.httpOnly(...)`. Other languages set cookies in one call (see above).
 */
export function cookieVariablesLeftOpen(facts: SourceFacts): OpenCookie[] {
  return facts.languageId === 'java' ? [...inlineCookies(facts), ...cookieVariables(facts), ...responseCookies(facts)] : [];
}

function inlineCookies(facts: SourceFacts): OpenCookie[] {
  return facts.calls.flatMap((call) =>
    call.arguments.filter((a) => /^new\s+([\w.]+\.)?Cookie\s*\(/.test(a.text)).map((a) => ({ range: a.range, what: 'new Cookie(...)', missing: ['Secure', 'HttpOnly'] as CookieAttribute[] })),
  );
}

function cookieVariables(facts: SourceFacts): OpenCookie[] {
  const assignments = facts.assignments ?? [];
  return facts.declarations.flatMap((declaration) => {
    const assignment = assignments.find((a) => a.name === declaration.name && a.range.start.line === declaration.range.start.line);
    const servletCookie = /(^|\.)Cookie$/.test(declaration.typeText ?? '') || assignment?.value.some((r) => r.through?.[r.through.length - 1] === 'Cookie');
    if (declaration.kind !== 'variable' || !servletCookie || !assignment) {
      return [];
    }
    const setters = new Set(facts.calls.filter((c) => c.scope === assignment.scope && c.calleePath.length === 2 && c.calleePath[0] === declaration.name).map((c) => c.calleePath[1]));
    const missing = (['Secure', 'HttpOnly'] as const).filter((a) => !setters.has(`set${a}`));
    return missing.length > 0 ? [{ range: declaration.range, what: `Cookie ${declaration.name}`, missing }] : [];
  });
}

function responseCookies(facts: SourceFacts): OpenCookie[] {
  return facts.calls
    .filter((call) => /^ResponseCookie\.(from|fromClientResponse)$/.test(call.calleePath.join('.')))
    .flatMap((call) => {
      const methods = new Set(chainOf(facts, call).map((c) => c.calleePath.join('.')));
      const missing = (['Secure', 'HttpOnly'] as const).filter((a) => !methods.has(a === 'Secure' ? 'secure' : 'httpOnly'));
      return missing.length > 0 ? [{ range: call.range, what: 'this ResponseCookie', missing }] : [];
    });
}
