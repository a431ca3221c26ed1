/**
 * `insecure-cookie` fixes: a protection switched off is switched on (`secure: false` -> `true`,
 * `CookieSecurePolicy.None` -> `Always`), and a cookie call with no options gets Secure, HttpOnly
 * and SameSite=Lax in its language's spelling. Never preferred: a Secure cookie is no longer
 * sent over plain HTTP (local development without TLS stops keeping the session), and a script
 * that read an HttpOnly cookie stops seeing it.
 */
import { parseCall, type CallText } from './callText';
import type { FixContext, MechanicalFix } from './fix';

const TITLE_ON = 'Turn this cookie protection on (the cookie then only travels over HTTPS, or stays hidden from scripts)';
const TITLE_ADD = 'Set Secure, HttpOnly and SameSite=Lax on this cookie (it then only travels over HTTPS)';

const SWITCHES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^false$/, 'true'],
  [/^False$/, 'True'],
  [/^FALSE$/, 'TRUE'],
  [/^0$/, '1'],
  [/^(['"])0\1$/, '$11$1'],
  [/^(['"])off\1$/i, '$1on$1'],
  [/CookieSecurePolicy\.None$/, 'CookieSecurePolicy.Always'],
  [/HttpOnlyPolicy\.None$/, 'HttpOnlyPolicy.Always'],
];

export function secureCookie(text: string, context: FixContext): MechanicalFix | undefined {
  const trimmed = text.trim();
  const switchOn = SWITCHES.find(([pattern]) => pattern.test(trimmed));
  if (switchOn) {
    return { title: TITLE_ON, replacement: trimmed.replace(switchOn[0], switchOn[1]) };
  }
  const call = parseCall(trimmed);
  const replacement = call ? withOptions(call, context.languageId) : undefined;
  return replacement ? { title: TITLE_ADD, replacement } : undefined;
}

function withOptions(call: CallText, languageId: string): string | undefined {
  const args = call.args.filter((a, i) => a !== '' || i < call.args.length - 1);
  switch (languageId) {
    case 'typescript':
    case 'typescriptreact':
    case 'javascript':
    case 'javascriptreact':
      return withOptionsObject(call.callee, args, JS, (inner) => `{ ${inner} }`);
    case 'csharp':
      return withOptionsObject(call.callee, args, CSHARP, (inner) => `new CookieOptions { ${inner} }`);
    case 'python':
      return `${call.callee}(${[...args, ...missing(args.join('\n'), PYTHON)].join(', ')})`;
    case 'php':
      return withPhpOptions(call.callee, args);
    case 'ruby':
      return withRubyOptions(call.callee, args);
    case 'go':
      return withGoFields(call.callee, args);
    default:
      return undefined;
  }
}

type Attribute = 'Secure' | 'HttpOnly' | 'SameSite';

/** How a language writes each option, and how to see that it is already there. */
interface Spelling {
  readonly entries: Readonly<Record<Attribute, string>>;
  readonly keys: Readonly<Record<Attribute, RegExp>>;
}

const JS: Spelling = {
  entries: { Secure: 'secure: true', HttpOnly: 'httpOnly: true', SameSite: "sameSite: 'lax'" },
  keys: { Secure: /\bsecure\b/, HttpOnly: /\bhttpOnly\b/, SameSite: /\bsameSite\b/ },
};
const CSHARP: Spelling = {
  entries: { Secure: 'Secure = true', HttpOnly: 'HttpOnly = true', SameSite: 'SameSite = SameSiteMode.Lax' },
  keys: { Secure: /\bSecure\b/, HttpOnly: /\bHttpOnly\b/, SameSite: /\bSameSite\b/ },
};
const PYTHON: Spelling = {
  entries: { Secure: 'secure=True', HttpOnly: 'httponly=True', SameSite: 'samesite="Lax"' },
  keys: { Secure: /(^|\n)\s*secure\s*=/, HttpOnly: /(^|\n)\s*httponly\s*=/, SameSite: /(^|\n)\s*samesite\s*=/ },
};
const PHP: Spelling = {
  entries: { Secure: "'secure' => true", HttpOnly: "'httponly' => true", SameSite: "'samesite' => 'Lax'" },
  keys: { Secure: /['"]secure['"]/i, HttpOnly: /['"]httponly['"]/i, SameSite: /['"]samesite['"]/i },
};
const RUBY: Spelling = {
  entries: { Secure: 'secure: true', HttpOnly: 'httponly: true', SameSite: 'same_site: :lax' },
  keys: { Secure: /\bsecure\b/, HttpOnly: /\bhttponly\b/, SameSite: /\bsame_site\b/ },
};
const GO: Spelling = {
  entries: { Secure: 'Secure: true', HttpOnly: 'HttpOnly: true', SameSite: 'SameSite: http.SameSiteLaxMode' },
  keys: { Secure: /\bSecure\s*:/, HttpOnly: /\bHttpOnly\s*:/, SameSite: /\bSameSite\s*:/ },
};

/** The entries whose key `text` does not mention yet. */
function missing(text: string, spelling: Spelling): string[] {
  return (Object.keys(spelling.entries) as Attribute[]).filter((a) => !spelling.keys[a].test(text)).map((a) => spelling.entries[a]);
}

/** Entries added in front of what an options literal already holds. */
function merged(inner: string, spelling: Spelling): string {
  const trimmed = inner.trim();
  return [...missing(trimmed, spelling), ...(trimmed ? [trimmed] : [])].join(', ');
}

/** `(name, value)` gets an options object as its third argument; `(name, value, { ... })` gets the missing entries. */
function withOptionsObject(callee: string, args: readonly string[], spelling: Spelling, wrap: (inner: string) => string): string | undefined {
  const [name, value, options] = args;
  if (name === undefined || value === undefined || args.length > 3) {
    return undefined;
  }
  if (options === undefined) {
    return `${callee}(${name}, ${value}, ${wrap(merged('', spelling))})`;
  }
  const literal = /^(?:new\s+CookieOptions\s*(?:\(\s*\))?\s*)?\{([\s\S]*)\}$/.exec(options);
  return literal ? `${callee}(${name}, ${value}, ${wrap(merged(literal[1]!, spelling))})` : undefined;
}

/** `setcookie($n, $v)` and the positional form -> the options array of PHP 7.3+; an options array gets its missing keys. */
function withPhpOptions(callee: string, args: readonly string[]): string | undefined {
  const [name, value, third] = args;
  if (name === undefined || value === undefined) {
    return undefined;
  }
  if (third?.startsWith('[') && third.endsWith(']') && args.length === 3) {
    return `${callee}(${name}, ${value}, [${merged(third.slice(1, -1), PHP)}])`;
  }
  if (args.length > 5) {
    return undefined;
  }
  const positional = ['expires', 'path', 'domain'].flatMap((key, i) => (args[i + 2] !== undefined ? [`'${key}' => ${args[i + 2]}`] : []));
  return `${callee}(${name}, ${value}, [${[...positional, ...Object.values(PHP.entries)].join(', ')}])`;
}

/** Rack's `set_cookie(name, value)` -> `set_cookie(name, value: value, secure: true, ...)`; keyword options get the missing ones. */
function withRubyOptions(callee: string, args: readonly string[]): string | undefined {
  const [name, ...rest] = args;
  const first = rest[0];
  if (name === undefined || first === undefined || (rest.length === 1 && first.startsWith('{'))) {
    return undefined;
  }
  const keywords = rest.length > 1 || /^:?\w+:\s|^:\w+\s*=>/.test(first);
  const options = keywords ? rest : [`value: ${first}`];
  return `${callee}(${[name, ...options, ...missing(options.join('\n'), RUBY)].join(', ')})`;
}

/** `http.SetCookie(w, &http.Cookie{...})`: the missing fields added to the struct literal. */
function withGoFields(callee: string, args: readonly string[]): string | undefined {
  const [writer, cookie] = args;
  const literal = cookie ? /^(&?(?:http\.)?Cookie\s*\{)([\s\S]*)\}$/.exec(cookie) : undefined;
  if (!writer || !literal || args.length !== 2) {
    return undefined;
  }
  const body = literal[2]!.trimEnd();
  const separator = body === '' || body.endsWith(',') ? ' ' : ', ';
  return `${callee}(${writer}, ${literal[1]}${body}${separator}${missing(body, GO).join(', ')}})`;
}
