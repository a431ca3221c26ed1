/**
 * The permissive-cors fix: an any-origin value (`'*'`, `true`, `cors()` with its defaults) becomes
 * an allow-list read from configuration, the comma-separated environment variable
 * CORS_ALLOWED_ORIGINS, spelled the way each language and framework reads one.
 *
 * Not preferred: until the variable is set, no cross-origin caller is allowed, which changes what
 * the running service does. Not offered where one token cannot carry a list: a hand-written
 * Access-Control-Allow-Origin header takes a single origin (the request's, once checked), switches
 * such as `CORS_ALLOW_ALL_ORIGINS = True` need a second setting, and Go would need two imports
 * (`os`, `strings`) that an added line cannot merge into an existing import block.
 */
import type { FixContext, MechanicalFix } from './fix';

const VARIABLE = 'CORS_ALLOWED_ORIGINS';
const TITLE = `Allow only the origins listed in ${VARIABLE} (comma-separated, from the environment)`;

/** A star as a string in any quotes, alone or as a list's only item. */
const STAR = /^(['"`])\*\1$/;
const STAR_LIST = /^\[\s*(['"])\*\1\s*\]$/;
/** A header value (one origin only) or a boolean switch: no list fits there. */
const NOT_A_LIST = /access-control-allow-origin|allow_?all|origin_allow_all/i;

export function allowListFromConfiguration(text: string, context: FixContext): MechanicalFix | undefined {
  const { languageId, lineText } = context;
  if (NOT_A_LIST.test(lineText)) {
    return undefined;
  }
  switch (languageId) {
    case 'typescript':
    case 'typescriptreact':
    case 'javascript':
    case 'javascriptreact':
      return javascriptFix(text, lineText);
    case 'python':
      return pythonFix(text, lineText);
    case 'java':
      return javaFix(text, lineText);
    case 'csharp':
      return isStar(text) && /WithOrigins\s*\(/.test(lineText) ? fix(`System.Environment.GetEnvironmentVariable("${VARIABLE}")?.Split(',') ?? System.Array.Empty<string>()`) : undefined;
    case 'php':
      // A list item, Laravel's config/cors.php: env() is how Laravel config files read the environment.
      return isStar(text) && /origins/i.test(lineText) ? fix(`...explode(',', (string) env('${VARIABLE}', ''))`) : undefined;
    case 'ruby':
      return isStar(text) && /\borigins\b/.test(lineText) ? fix(`ENV.fetch('${VARIABLE}', '').split(',')`) : undefined;
    default:
      return undefined;
  }
}

/** `'*'` / `true` as an origin option -> the list; `cors()` / `app.enableCors()` -> the same call given the list. */
function javascriptFix(text: string, lineText: string): MechanicalFix | undefined {
  const list = `process.env.${VARIABLE}?.split(',') ?? []`;
  const call = /^((?:[\w$]+\.)*(?:cors|enableCors))\(\s*\)$/.exec(text);
  if (call) {
    return fix(`${call[1]}({ origin: ${list} })`);
  }
  if (STAR_LIST.test(text)) {
    return fix(list);
  }
  if (!/origin/i.test(lineText) || !(isStar(text) || (text === 'true' && /origin\s*:\s*true/.test(lineText)))) {
    return undefined;
  }
  // A star that is a list's only item (`origin: ['*']`, where the finding could not cover the brackets) is spread into it.
  return fix(new RegExp(`\\[\\s*${escape(text)}\\s*\\]`).test(lineText) ? `...(${list})` : list);
}

function pythonFix(text: string, lineText: string): MechanicalFix | undefined {
  if (!/origins/i.test(lineText) || !(isStar(text) || STAR_LIST.test(text))) {
    return undefined;
  }
  const quote = /["']/.exec(text)?.[0] ?? '"';
  const list = `os.environ.get(${quote}${VARIABLE}${quote}, ${quote}${quote}).split(${quote},${quote})`;
  const spread = isStar(text) && new RegExp(`\\[\\s*${escape(text)}\\s*\\]`).test(lineText);
  return { ...fix(spread ? `*${list}` : list), requiresLine: 'import os' };
}

/**
 * `@CrossOrigin(origins = "*")` takes constants only: a property placeholder, which Spring resolves
 * from the environment too. The varargs builders (`allowedOrigins`, `allowedOriginPatterns`) and
 * `List.of` take the split variable. `addAllowedOrigin` takes a single origin: no fix.
 */
function javaFix(text: string, lineText: string): MechanicalFix | undefined {
  if (!isStar(text)) {
    return undefined;
  }
  if (/@CrossOrigin\b/.test(lineText)) {
    return { title: `Allow only the origins in \${${VARIABLE}} (a Spring placeholder, resolved from the environment)`, replacement: `"\${${VARIABLE}}"` };
  }
  return /\b(allowedOrigins|allowedOriginPatterns|List\.of|Arrays\.asList|Set\.of)\s*\(/.test(lineText) ? fix(`System.getenv().getOrDefault("${VARIABLE}", "").split(",")`) : undefined;
}

function isStar(text: string): boolean {
  return STAR.test(text);
}

function fix(replacement: string): MechanicalFix {
  return { title: TITLE, replacement };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
