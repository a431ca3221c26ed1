/**
 * Whether a string value is a secret, by its shape (a PEM private key, an AWS key id, a GitHub
 * token...) or, once a name has said "secret", by how random it looks. Placeholders, templates,
 * names and labels are not secrets, whatever they are given to.
 */
import type { SecretKind } from './secretNames';

/** Secrets recognisable by their shape alone, whatever name they are given to. */
const SHAPES: ReadonlyArray<{ readonly what: string; readonly pattern: RegExp }> = [
  { what: 'a private key (PEM)', pattern: /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----[\s\\n]*[A-Za-z0-9+/=:\s\\n-]{40,}/ },
  { what: 'an AWS access key id', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'a GitHub token', pattern: /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})\b/ },
  { what: 'a Slack token', pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,}/ },
  { what: 'a Stripe live secret key', pattern: /\b[sr]k_live_[0-9A-Za-z]{16,}\b/ },
  { what: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { what: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
];

/** Vendors' documentation values (`AKIAIOSFODNN7EXAMPLE`) and test-mode markers inside a shaped secret. */
const DOCUMENTED_EXAMPLE = /EXAMPLE|_test_|test_?key|dummy|fake|xxxx/i;

export interface SecretShape {
  /** What it is, for the message: `an AWS access key id`. */
  readonly what: string;
}

/** The kind of secret `value` is by its shape, if it is one (and not a documentation example). */
export function secretShape(value: string, inTestCode = false): SecretShape | undefined {
  const shape = SHAPES.find((s) => s.pattern.test(value));
  if (shape && !DOCUMENTED_EXAMPLE.test(value)) {
    return { what: shape.what };
  }
  const password = embeddedPassword(value);
  return password !== undefined && isSecretValue(password, 'password', inTestCode) ? { what: 'a password inside a connection string or URL' } : undefined;
}

/** JSON Web Tokens are routine in tests (signed with a test key), so test code is not held to them. */
export function isTokenShape(shape: SecretShape): boolean {
  return shape.what === 'a JSON Web Token';
}

/** `pass` in `postgres://user:pass@host/db`, `Password=pass;` in an ADO.NET connection string, `password=pass` in a JDBC query. */
function embeddedPassword(value: string): string | undefined {
  const inUrl = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^/\s@]+)@[^/\s]/i.exec(value);
  // A connection string is `key=value;` pairs: one pair alone (`password = f(x)`) is more likely code in a string.
  const inConnectionString = value.includes(';') ? /(?:^|;)\s*(?:password|pwd)\s*=\s*([^;\s]+)\s*(;|$)/i.exec(value) : null;
  const inQuery = /[?&](?:password|pwd|pass)=([^&#]+)/i.exec(value);
  return (inUrl ?? inConnectionString ?? inQuery)?.[1]?.trim();
}

/**
 * Shannon entropy in bits per character: how unpredictable each character is, given the
 * string's own character frequencies. It is at most log2 of the length (all characters
 * different) and of the alphabet (4 for hex, 6 for base64). Measured on typical values: random
 * 32-character hex 3.6-3.9, random 20+ character base64 4.0-4.4, English words and
 * hand-typed passwords 2.5-3.3, repeated or patterned strings (`aaaaaa`, `abab`) under 2.
 */
export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) {
    counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const length = [...value].length;
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/**
 * Thresholds, by what the name says the value is:
 * - a password is chosen by a person: short and only moderately random is normal (`hunter2`,
 *   `Tr0ub4dor&3`), so 6 characters and 2 bits per character (not one or two repeated characters);
 * - a token, key or secret is generated: 8 characters, 3 bits per character (above most words)
 *   and at least two character classes (a lower-case word is a name, not a token).
 * In test code only values that look generated count: 16 characters and 3.5 bits per character
 * (random hex and base64 pass; `s3cr3t`, `password123` and `test-token-1` do not).
 */
const THRESHOLDS: Readonly<Record<SecretKind | 'test', { readonly length: number; readonly entropy: number; readonly classes: number }>> = {
  password: { length: 6, entropy: 2, classes: 1 },
  token: { length: 8, entropy: 3, classes: 2 },
  test: { length: 16, entropy: 3.5, classes: 2 },
};

/** Whether `value`, given to a name that says `kind`, is a real secret rather than a placeholder, a name or a label. */
export function isSecretValue(value: string, kind: SecretKind, inTestCode = false): boolean {
  const secret = withoutAuthScheme(value.trim());
  const threshold = THRESHOLDS[inTestCode ? 'test' : kind];
  return (
    secret.length >= threshold.length &&
    secret.length <= LONGEST_NAMED_SECRET &&
    characterClasses(secret) >= threshold.classes &&
    shannonEntropy(secret) >= threshold.entropy &&
    !isPlaceholder(secret) &&
    !looksLikeName(secret) &&
    !PASSWORD_HASH.test(secret)
  );
}

/** A stored password hash (bcrypt, Argon2, PBKDF2, scrypt, crypt): derived from a secret, not one itself. */
const PASSWORD_HASH = /^\$(2[abxy]?|argon2(id|i|d)|pbkdf2[-\w]*|scrypt|[156])\$/;

/** Passwords, tokens and keys are short; longer text (a certificate, an embedded asset) is found by its shape if at all. */
const LONGEST_NAMED_SECRET = 1024;

/** `Bearer abc`, `Basic dXNlcjpwYXNz`, `Token abc`: the credential is what follows the scheme. */
function withoutAuthScheme(value: string): string {
  return value.replace(/^(Bearer|Basic|Token|Digest|ApiKey)\s+/i, '');
}

function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
}

/** Templates and references filled in at run time: `${API_KEY}`, `{{secret}}`, `%(password)s`, `<token>`, `$DB_PASS`, `env:X`. */
const TEMPLATES = [
  /\$\{[^}]*\}/, /\{\{[^}]*\}\}/, /#\{[^}]*\}/, /%\(\w+\)[sd]/, /%[sd]\b/, /\{\d*\}/, /^\{[\w.-]+\}$/, /^<[^>]*>$/, /^\[[^\]]*\]$/,
  /^\$[A-Za-z_]\w*$/, /^\$\([^)]*\)$/, /^%[A-Za-z_]\w*%$/, /^(env|vault|ssm|secretsmanager|keyvault|op|aws-sm):/i, /^arn:aws:/,
];
/** Words that mark a stand-in value (`changeme`, `your-api-key`, `xxx`, `<redacted>`). */
const MARKERS = /changeme|change[-_ ]me|changeit|replace|your[-_ ]?(own[-_ ]?)?(api|secret|token|key|pass)|placeholder|example|dummy|fake|sample|todo|fixme|xxx|redacted|insert[-_ ]|test|mock/i;
/** What is left of a stand-in once its stock words and separators are taken out: nearly nothing (`mysecret`, `dev_password`, `your-token`). */
const STOCK_WORDS = /my|your|the|some|secret|password|passwd|pwd|pass|token|key|api|default|demo|dev|local|foo|bar|baz|qux|here|value|none|null|nil|undefined|empty|blank|tbd|jwt|app|string/gi;

/** A stand-in for a secret rather than a secret. */
export function isPlaceholder(value: string): boolean {
  if (TEMPLATES.some((t) => t.test(value)) || MARKERS.test(value) || /^(.)\1*$/.test(value) || /^[x*•.#_-]+$/i.test(value)) {
    return true;
  }
  return value.replace(STOCK_WORDS, '').replace(/[^A-Za-z0-9]/g, '').length < 3;
}

/**
 * A name or a label rather than a value: an environment variable's name (`DB_PASSWORD`), a key
 * or header name (`access_token`, `X-Api-Key`, `Authorization`, `apiKey`), a sentence (`Enter your password`), a path or a
 * file (`/etc/app/secret`, `./keys/private.pem`), a plain URL.
 */
export function looksLikeName(value: string): boolean {
  return (
    /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(value) ||
    /^\p{Lu}?\p{Ll}+(\p{Lu}\p{Ll}+)*$/u.test(value) ||
    /^[A-Za-z]+([_.-][A-Za-z]+)+$/.test(value) ||
    /^\p{L}[\p{L}\p{P} ]* [\p{L}\p{P} ]*$/u.test(value) ||
    /^(\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(value) ||
    /^[\w./-]+\.(pem|key|crt|cer|p12|pfx|jks|json|txt|env|ya?ml|properties|der)$/i.test(value) ||
    /^[a-z][a-z0-9+.-]*:\/\/[^@\s]+$/i.test(value)
  );
}
