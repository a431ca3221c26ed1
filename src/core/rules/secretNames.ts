/**
 * What a name says about the value it holds: a credential (`apiKey`, `DB_PASSWORD`), a name *of*
 * a credential (`passwordField`, `tokenUrl`), or something random but harmless (`jitter`). Read by
 * `hardcoded-secret` (is this literal a secret?) and `insecure-randomness` (is this random value
 * a secret?). Names are compared word by word, so `bypass` is not `pass` and `keyCode` is no key.
 */
import { wordsOf } from './nearbyFacts';

/** A human-chosen secret (short, low entropy is normal) or a machine-made one (long, random). */
export type SecretKind = 'password' | 'token';

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'passcode']);
const TOKEN_WORDS = new Set(['secret', 'secrets', 'token', 'credential', 'credentials', 'creds', 'apikey', 'privatekey', 'secretkey', 'accesskey', 'bearer']);
/** Words that name a secret only at the end of a name: `dbPass`, `basicAuth`, `Authorization` (not `passThrough`, `authService`). */
const LAST_PASSWORD_WORDS = new Set(['pass']);
const LAST_TOKEN_WORDS = new Set(['auth', 'authorization']);
/** `key` alone is a map key, a React key or a cache key; these make it a secret one. */
const KEY_QUALIFIERS = new Set([
  'api', 'secret', 'private', 'access', 'signing', 'sign', 'encryption', 'encrypt', 'master', 'app', 'auth', 'hmac', 'client', 'session',
  'jwt', 'aes', 'crypto', 'license', 'consumer', 'subscription', 'service', 'account', 'storage', 'admin', 'write', 'webhook', 'cookie',
]);
/**
 * Last words that make a name describe a secret rather than hold one: `passwordField`,
 * `tokenUrl`, `secretName`, `apiKeyHeader`, `passwordMinLength`, `tokenTtl`, `passwordHash`.
 */
const DESCRIPTORS = new Set([
  'url', 'uri', 'endpoint', 'path', 'file', 'filename', 'dir', 'name', 'label', 'field', 'header', 'type', 'param', 'params', 'prefix', 'suffix',
  'length', 'len', 'size', 'min', 'max', 'count', 'pattern', 'regex', 'policy', 'id', 'ids', 'expiry', 'expires', 'expiration', 'ttl', 'timeout',
  'hint', 'placeholder', 'message', 'msg', 'error', 'text', 'title', 'description', 'format', 'algorithm', 'alg', 'version', 'mode', 'provider',
  'store', 'storage', 'location', 'env', 'var', 'variable', 'column', 'attribute', 'attr', 'input', 'form', 'route', 'link', 'hash', 'hashed',
  'digest', 'rounds', 'cost', 'strength', 'validator', 'rule', 'rules', 'required', 'enabled', 'disabled', 'visible', 'changed', 'at', 'date',
  'time', 'lifetime', 'age', 'duration', 'scheme', 'kind', 'class', 'flag', 'mask', 'masked', 'encrypted', 'reset', 'query', 'selector',
  'button', 'icon', 'key', 'keys', 'method', 'strategy', 'handler', 'service', 'manager', 'client', 'config', 'options', 'settings', 'schema',
  'property', 'prop', 'index', 'idx', 'set', 'list', 'ref', 'source', 'callback', 'event', 'status', 'state', 'valid', 'invalid', 'matches',
  'match', 'cache', 'bucket', 'table', 'user', 'username', 'email',
]);

/** Words that make a name hold something derived from a secret, or meant to be public: `hashedPassword`, `encryptedToken`, `publicKey`. */
const NOT_THE_SECRET = new Set(['hash', 'hashed', 'digest', 'encrypted', 'cipher', 'ciphertext', 'salted', 'masked', 'redacted', 'public']);

/** What kind of secret a key, variable or parameter named `name` holds, if any. */
export function secretKindOfName(name: string): SecretKind | undefined {
  const words = wordsOf(name);
  const last = words[words.length - 1];
  if (!last || words.some((w) => NOT_THE_SECRET.has(w))) {
    return undefined;
  }
  if (last === 'key') {
    return words.length > 1 && KEY_QUALIFIERS.has(words[words.length - 2]!) ? 'token' : undefined;
  }
  if (DESCRIPTORS.has(last)) {
    return undefined;
  }
  if (LAST_PASSWORD_WORDS.has(last) || words.some((w) => PASSWORD_WORDS.has(w))) {
    return 'password';
  }
  return LAST_TOKEN_WORDS.has(last) || words.some((w) => TOKEN_WORDS.has(w)) ? 'token' : undefined;
}

/** Words that make a randomly generated value a secret: it must not be guessable. */
const SECRET_USE_WORDS = new Set([
  'token', 'password', 'passwd', 'pwd', 'passphrase', 'passcode', 'secret', 'otp', 'totp', 'hotp', 'nonce', 'salt', 'csrf', 'xsrf', 'session',
  'sid', 'invite', 'invitation', 'reset', 'apikey', 'pin', 'code', 'credential', 'credentials', 'verification', 'activation', 'recovery',
  // Redeemable codes: whoever guesses one spends it.
  'voucher', 'coupon',
]);
/** Random values for presentation, timing and sampling, which need no secrecy. */
const HARMLESS_USE_WORDS = new Set([
  'delay', 'jitter', 'backoff', 'timeout', 'wait', 'sleep', 'interval', 'retry', 'retries', 'sample', 'sampling', 'shuffle', 'shuffled', 'color',
  'colour', 'hue', 'position', 'offset', 'x', 'y', 'z', 'angle', 'opacity', 'animation', 'duration', 'probability', 'chance', 'weight', 'noise',
  'percent', 'ratio', 'speed', 'width', 'height', 'temperature', 'quiz', 'question', 'questions', 'order', 'tip', 'quote', 'greeting', 'avatar',
  'length', 'len', 'size', 'count', 'ttl', 'expiry', 'expires', 'index', 'idx', 'seed', 'latency', 'rate', 'score', 'demo', 'mock', 'fake',
]);

/** Whether a name says its random value is a secret: `resetToken`, `otp`, `session_id`, `generateInviteCode`, `newApiKey`. */
export function namesSecretUse(name: string): boolean {
  const words = wordsOf(name);
  if (words.some((w) => HARMLESS_USE_WORDS.has(w))) {
    return false;
  }
  const keyAt = words.lastIndexOf('key');
  if (keyAt > 0 && KEY_QUALIFIERS.has(words[keyAt - 1]!)) {
    return true;
  }
  return words.some((w) => SECRET_USE_WORDS.has(w));
}

/** Whether a name says its random value is for presentation, timing or sampling (`jitter`, `delayMs`, `shuffledQuestions`). */
export function namesHarmlessUse(name: string): boolean {
  return wordsOf(name).some((w) => HARMLESS_USE_WORDS.has(w));
}
