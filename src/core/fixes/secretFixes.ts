/**
 * `hardcoded-secret` fix: the literal replaced by a read of an environment variable named after
 * the key it was given to (`apiKey` -> `API_KEY`), in the document's language. Never preferred:
 * the value still has to be put into the environment (and the leaked one revoked) by hand.
 */
import { splitWords, wordsOf } from '../rules/nearbyFacts';
import type { FixContext, MechanicalFix } from './fix';

/** How each language reads an environment variable, and what the read needs at the top of the file. */
const READERS: Readonly<Record<string, { readonly read: (name: string) => string; readonly requiresLine?: string; readonly note?: string }>> = {
  typescript: { read: (n) => `process.env.${n}` },
  typescriptreact: { read: (n) => `process.env.${n}` },
  javascript: { read: (n) => `process.env.${n}` },
  javascriptreact: { read: (n) => `process.env.${n}` },
  python: { read: (n) => `os.environ["${n}"]`, requiresLine: 'import os' },
  java: { read: (n) => `System.getenv("${n}")` },
  // Go's imports sit in a block the fix cannot safely edit: the title asks for the import instead.
  go: { read: (n) => `os.Getenv("${n}")`, note: '; needs import "os"' },
  php: { read: (n) => `getenv('${n}')` },
  ruby: { read: (n) => `ENV.fetch("${n}")` },
  csharp: { read: (n) => `Environment.GetEnvironmentVariable("${n}")` },
};

/**
 * Lines where only a constant expression may stand, so a function call would not compile:
 * PHP class constants and property defaults, C# `const`, Go `const`.
 */
const CONSTANT_ONLY: Readonly<Record<string, RegExp>> = {
  php: /^\s*((public|private|protected|var|static|readonly|final)\s+)*(const\s|(public|private|protected|var|static|readonly)\s)/,
  csharp: /\bconst\s/,
  go: /^\s*const\s/,
};

/** `'sk_live_...'` given to `apiKey` -> `process.env.API_KEY` (TypeScript), `os.environ["API_KEY"]` (Python)... */
export function environmentRead(text: string, context: FixContext): MechanicalFix | undefined {
  const reader = READERS[context.languageId];
  if (!reader || CONSTANT_ONLY[context.languageId]?.test(context.lineText)) {
    return undefined;
  }
  const name = environmentName(text, context.lineText);
  // Python bytes (`b"secret"`, used for HMAC and JWT keys) stay bytes.
  const read = context.languageId === 'python' && /^[rR]?[bB]/.test(text) ? `${reader.read(name)}.encode()` : reader.read(name);
  return {
    title: `Read the secret from the environment variable ${name} (set it there by hand and revoke this value${reader.note ?? ''})`,
    replacement: read,
    ...(reader.requiresLine ? { requiresLine: reader.requiresLine } : {}),
  };
}

/** A key named by a quoted string in a key-value call: `setProperty("db.password", ...)`, `define('API_KEY', ...)`, `os.getenv("DB_PASSWORD", ...)`. */
const KEY_IN_CALL =
  /\b(?:define|setProperty|put|set|setdefault|setenv|Setenv|getenv|get|fetch|getProperty|GetValue|getOrDefault|header|setHeader|set_header|withHeader|addHeader|AddHeader|append|Add|add)\s*\(\s*['"]([^'"]+)['"]\s*,\s*$/;

/** Patterns for the code name a literal is given to, on the text before it, most specific first. */
const NAME_BEFORE: readonly RegExp[] = [
  // apiKey: string = , pw: str =
  /([A-Za-z_$][\w$]*)\s*:\s*[\w.[\]|<>, ]+=\s*$/,
  // Go: var password string =
  /\bvar\s+(\w+)\s+[\w.*[\]]+\s*=\s*$/,
  // C#: public string Password { get; set; } =
  /(\w+)\s*\{\s*get;[^}]*\}\s*=\s*$/,
  // apiKey = , 'api_key' => , api_key: , Password = (initialiser), password=, x := , config["password"] = , ?? / || / or defaults
  /(['"]?)([A-Za-z_$@][\w$@-]*)\1\]?\s*(?:=>|:=|=|:)\s*(?:[\w$.[\]'"()]+\s*(?:\?\?|\|\||\bor\b)\s*)?$/,
];

/** The environment variable's name: from the key before the literal on its line, else from what the secret is. */
export function environmentName(text: string, lineText: string): string {
  const firstLine = text.split('\n')[0] ?? text;
  const at = lineText.indexOf(firstLine);
  const before = at >= 0 ? lineText.slice(0, at) : '';
  // A quoted key is a name as a whole (`db.password`); a code name keeps its last part (`this.apiKey`).
  const quoted = KEY_IN_CALL.exec(before)?.[1];
  const words = quoted ? splitWords(quoted) : NAME_BEFORE.map((p) => p.exec(before)).map((m) => (m ? wordsOf(m[m.length - 1]!) : [])).find((w) => w.length > 0);
  return words && words.length > 0 ? words.join('_').toUpperCase() : nameByShape(text, before);
}

function nameByShape(text: string, before: string): string {
  const shapes: ReadonlyArray<readonly [RegExp, string]> = [
    [/PRIVATE KEY-----/, 'PRIVATE_KEY'],
    [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'AWS_ACCESS_KEY_ID'],
    [/\bgh[pousr]_|github_pat_/, 'GITHUB_TOKEN'],
    [/\bxox[baprs]-/, 'SLACK_TOKEN'],
    [/\b[sr]k_live_/, 'STRIPE_SECRET_KEY'],
    [/\bAIza/, 'GOOGLE_API_KEY'],
    [/\beyJ/, 'JWT'],
    [/^['"`]?(postgres(ql)?|mysql|mongodb(\+srv)?|redis|amqps?|mssql|jdbc:\w+):/i, 'DATABASE_URL'],
    [/:\/\/[^/\s:@]*:[^/\s@]+@/, 'SERVICE_URL'],
    [/(password|pwd)\s*=/i, 'CONNECTION_STRING'],
  ];
  const shape = shapes.find(([pattern]) => pattern.test(text));
  if (shape) {
    return shape[1];
  }
  return /(jwt|hmac|sign)/i.test(before) ? 'SIGNING_SECRET' : /(connect|login|auth|credential|pdo|mysqli)/i.test(before) ? 'PASSWORD' : 'SECRET';
}
