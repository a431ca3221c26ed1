/**
 * `hardcoded-secret`: passwords, keys, tokens and private keys written into the code. A string
 * literal is a secret when its shape says so (a PEM private key, an AWS key id, a GitHub, Slack,
 * Stripe or Google key, a JWT, a password inside a URL or connection string), or when the name it
 * is given to says so (`apiKey`, `DB_PASSWORD`, `clientSecret`, the password argument of
 * `DriverManager.getConnection`) and the value is random enough to be more than a placeholder, a
 * name or a label (see secretValues.ts). Test code is held to a stricter standard.
 */
import type { Call, Literal, SourceFacts } from '../facts';
import type { RawFinding, TextRange } from '../model';
import { ruleInfo } from './catalogue';
import { nameBeforeIndex, type NamedPlace } from './nearbyFacts';
import type { Rule } from './rule';
import { secretKindOfName, type SecretKind } from './secretNames';
import { isSecretValue, isTokenShape, secretShape } from './secretValues';

/** A committed secret may already have exposed data: rows 6 and 7 of the legal mapping send the DPO to a breach assessment. */
const SECRET_MANAGEMENT = ruleInfo('hardcoded-secret').checklist;

export const HARDCODED_SECRET: Rule = {
  ...ruleInfo('hardcoded-secret'),
  check: (facts, context) => {
    const file = fileIndex(facts, isTestPath(context.filePath ?? ''));
    return (facts.literals ?? []).filter((l) => l.kind === 'string').flatMap((literal) => secretFinding(file, literal));
  },
};

/** What the rule looks up for many literals of one file, indexed once (a bundled file has tens of thousands). */
interface FileIndex {
  readonly inTestCode: boolean;
  readonly nameBefore: (range: TextRange) => NamedPlace | undefined;
  /** The call a literal is an argument of, and at which position, by the literal's range. */
  readonly argumentAt: ReadonlyMap<string, { readonly call: Call; readonly index: number }>;
  /** String literals by range, for the key of a key-value call. */
  readonly stringAt: ReadonlyMap<string, Literal>;
}

function fileIndex(facts: SourceFacts, inTestCode: boolean): FileIndex {
  const argumentAt = new Map<string, { call: Call; index: number }>();
  for (const call of facts.calls) {
    call.arguments.forEach((argument, index) => argumentAt.set(rangeKey(argument.range), { call, index }));
  }
  const strings = (facts.literals ?? []).filter((l) => l.kind === 'string');
  return { inTestCode, nameBefore: nameBeforeIndex(facts), argumentAt, stringAt: new Map(strings.map((l) => [rangeKey(l.range), l])) };
}

function rangeKey(range: TextRange): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

/** Test code: test, spec and fixture folders and files, in each language's naming. */
const TEST_PATHS = [
  /(^|\/)(tests?|specs?|__tests__|__mocks__|__fixtures__|fixtures?|testdata|test-data|mocks?|e2e|cypress)\//i,
  /\.(test|spec|e2e)\.[^/]+$/i,
  /(^|\/)test_[^/]+\.py$|_test\.(py|go)$|_spec\.rb$|_test\.rb$|Tests?\.(java|cs|kt|php)$/,
];

export function isTestPath(filePath: string): boolean {
  return TEST_PATHS.some((pattern) => pattern.test(filePath));
}

function secretFinding(file: FileIndex, literal: Literal): RawFinding[] {
  const { inTestCode } = file;
  const fallback = placeholderDefault(literal.value);
  if (fallback) {
    return isSecretValue(fallback.value, 'password', inTestCode) && isSecretNamed(fallback.key, fallback.value, inTestCode)
      ? [finding(literal, `${fallback.key} falls back to a hard-coded secret`)]
      : [];
  }
  const shape = secretShape(literal.value, inTestCode);
  if (shape) {
    return inTestCode && isTokenShape(shape) ? [] : [finding(literal, `${capitalised(shape.what)} is written into the code`)];
  }
  // A password's threshold is the lowest: a value below it is no secret, whatever its name.
  if (!isSecretValue(literal.value, 'password', inTestCode)) {
    return [];
  }
  const given = nameGiven(file, literal);
  if (given?.kind && isSecretValue(literal.value, given.kind, inTestCode)) {
    return [finding(literal, `${given.name} is given a hard-coded ${given.kind === 'password' ? 'password' : 'secret'}`)];
  }
  return [];
}

/**
 * A property placeholder with a default (Spring's `${client-secret:abc}`, the shell's
 * `${DB_PASSWORD:-abc}`): the default is the value whenever the setting is missing, so it is
 * given to the placeholder's key like any other value.
 */
function placeholderDefault(value: string): { readonly key: string; readonly value: string } | undefined {
  const match = /^\$\{([\w.-]+):-?([^}]*)\}$/.exec(value.trim());
  return match?.[1] && match[2] ? { key: match[1], value: match[2] } : undefined;
}

function isSecretNamed(name: string, value: string, inTestCode: boolean): boolean {
  const kind = secretKindOfName(name);
  return kind !== undefined && isSecretValue(value, kind, inTestCode);
}

interface GivenName {
  /** For the message: `apiKey`, `the password argument of DriverManager.getConnection()`. */
  readonly name: string;
  readonly kind: SecretKind | undefined;
}

/**
 * The name a literal is given to: its key (`apiKey: '...'`, `password=`, `DB_PASSWORD = `), the
 * key a key-value call gives it (`props.setProperty("password", "...")`, `define('API_KEY', ...)`,
 * the default of `os.getenv("DB_PASSWORD", "...")`), the credential parameter of a known call,
 * or, for a value in an expression (`?? "..."`, `or "..."`), the variable on its left.
 */
function nameGiven(file: FileIndex, literal: Literal): GivenName | undefined {
  if (literal.key || !literal.calleePath) {
    const name = literal.key ?? file.nameBefore(literal.range)?.name;
    return name ? { name, kind: secretKindOfName(name) } : undefined;
  }
  const argument = throughConversions(file, file.argumentAt.get(rangeKey(literal.range)));
  if (!argument) {
    return undefined;
  }
  const key = keyOfKeyValueCall(file, argument.call, argument.index);
  return credentialParameter(argument.call, argument.index) ?? (key === undefined ? undefined : { name: key, kind: secretKindOfName(key) });
}

/** Calls that only turn a string into bytes or text of another encoding: the key is what they are given to. */
const CONVERSIONS = /(^|\.)(GetBytes|getBytes|encode|toByteArray|FromBase64String|b64decode|decode|fromString)$|^(Buffer\.from|bytes|\[\]byte)$/;

/** `new SymmetricSecurityKey(Encoding.UTF8.GetBytes("..."))`: the literal's place is the conversion's place in the outer call. */
function throughConversions(file: FileIndex, argument: { readonly call: Call; readonly index: number } | undefined): { readonly call: Call; readonly index: number } | undefined {
  let current = argument;
  for (let depth = 0; current && current.index === 0 && depth < 3 && CONVERSIONS.test(current.call.calleePath.join('.')); depth++) {
    const outer = file.argumentAt.get(rangeKey(current.call.range));
    if (!outer) {
      break;
    }
    current = outer;
  }
  return current;
}

/** Calls that take a credential at a known position, by callee (the path joined with `.`). */
const CREDENTIAL_PARAMETERS: ReadonlyArray<{ readonly callee: RegExp; readonly index: number; readonly kind: SecretKind }> = [
  { callee: /(^|\.)getConnection$/, index: 2, kind: 'password' },
  { callee: /(^|\.)(NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials|HTTPBasicAuth|HTTPDigestAuth)$/, index: 1, kind: 'password' },
  { callee: /(^|\.)(PDO|mysqli|mysqli_connect|mysql_connect)$/, index: 2, kind: 'password' },
  { callee: /(^|\.)(login|SetBasicAuth|basic_auth|UserPassword)$/, index: 1, kind: 'password' },
  { callee: /(^|\.)PlainAuth$/, index: 2, kind: 'password' },
  { callee: /(^|\.)(BasicAWSCredentials|NewStaticCredentials)$/, index: 1, kind: 'token' },
  { callee: /(^|\.)HMAC(256|384|512)$|(^|\.)hmac\.new$/, index: 0, kind: 'token' },
  { callee: /(^|\.)createHmac$|(^|\.)HMAC\.(hexdigest|digest|base64digest)$/, index: 1, kind: 'token' },
  { callee: /^hash_hmac$/, index: 2, kind: 'token' },
  { callee: /(^|\.)(jwt|JWT|Jwts?)\.(sign|verify|encode|decode)$/, index: 1, kind: 'token' },
  { callee: /(^|\.)(SymmetricSecurityKey|SecretKeySpec|HMACSHA256|HMACSHA512|HmacKey)$/, index: 0, kind: 'token' },
];

function credentialParameter(call: Call, index: number): GivenName | undefined {
  const callee = call.calleePath.join('.');
  const parameter = CREDENTIAL_PARAMETERS.find((p) => p.index === index && p.callee.test(callee));
  return parameter ? { name: `the ${parameter.kind === 'password' ? 'password' : 'key'} argument of ${callee}()`, kind: parameter.kind } : undefined;
}

/** Calls that give a value to (or read one, with a default, from) a key named by their first argument. */
const KEY_VALUE_CALLEES = new Set([
  'setProperty', 'put', 'set', 'setdefault', 'setenv', 'Setenv', 'define', 'header', 'setHeader', 'set_header', 'withHeader', 'addHeader', 'AddHeader',
  'append', 'get', 'getenv', 'fetch', 'getProperty', 'GetValue', 'getOrDefault', 'Add', 'add', 'env',
]);

function keyOfKeyValueCall(file: FileIndex, call: Call, index: number): string | undefined {
  const key = call.arguments[0];
  if (index !== 1 || !key || !KEY_VALUE_CALLEES.has(call.calleePath[call.calleePath.length - 1] ?? '')) {
    return undefined;
  }
  return file.stringAt.get(rangeKey(key.range))?.value;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function finding(literal: Literal, what: string): RawFinding {
  return {
    ruleId: HARDCODED_SECRET.id,
    message: `${what}: everyone who can read the code, a copy of it or its history has it, and changing it takes a release. Read it from the environment or a secret manager, and revoke this one.`,
    range: literal.range,
    dataCategories: [],
    checklist: SECRET_MANAGEMENT,
  };
}
