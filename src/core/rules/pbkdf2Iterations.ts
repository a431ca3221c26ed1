/**
 * PBKDF2 with a visible iteration count under 100,000, for `weak-password-hash`. PBKDF2 derives
 * keys from passwords by design, so the count alone decides; a count held in a constant or read
 * from configuration is not seen.
 */
import type { Literal, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { argumentAround, callsAround, normaliseKey } from './factRanges';

const MIN_ITERATIONS = 100_000;

/** Calls that take the count by position (0-based). */
const POSITIONAL: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(crypto\.)?pbkdf2(Sync)?$/, 2], // Node: (password, salt, iterations, keylen, digest)
  [/^hashlib\.pbkdf2_hmac$/, 3], // (hash_name, password, salt, iterations)
  [/^(KDF\.)?PBKDF2$/, 3], // PyCryptodome: (password, salt, dkLen, count)
  [/^pbkdf2\.Key$/, 2], // Go: (password, salt, iter, keyLen, h)
  [/^(hash_pbkdf2|openssl_pbkdf2)$/, 3], // PHP
  [/^OpenSSL\.PKCS5\.pbkdf2_hmac(_sha1)?$/, 2], // Ruby: (pass, salt, iter, keylen, digest)
  [/^Rfc2898DeriveBytes\.Pbkdf2$/, 2], // .NET: (password, salt, iterations, hashAlgorithm, length)
  [/^PBEKeySpec$/, 2], // Java's `new PBEKeySpec(password, salt, iterationCount, keyLength)`
  [/^Rfc2898DeriveBytes$/, 2], // .NET's `new Rfc2898DeriveBytes(password, salt or saltSize, iterations, ...)`
];
/** Keyword arguments and options that carry the count, inside a PBKDF2 call. */
const COUNT_KEYS = new Set(['iterations', 'iterationcount', 'count', 'rounds', 'iter']);
const PBKDF2_CALL = /pbkdf2|Rfc2898|KeyDerivation/i;

export function iterationFindings(facts: SourceFacts): RawFinding[] {
  const literals = (facts.literals ?? []).filter((l) => l.kind === 'number');
  return literals.filter((literal) => numberOf(literal) < MIN_ITERATIONS && isIterationCount(literal, facts)).map(iterationFinding);
}

/** `20_000` (digit separators in Python, Ruby, Java, C#, Go and JavaScript) is 20000. */
function numberOf(literal: Literal): number {
  return Number(literal.value.replace(/_/g, ''));
}

function isIterationCount(literal: Literal, facts: SourceFacts): boolean {
  const callee = literal.calleePath?.join('.') ?? '';
  if (literal.key !== undefined && COUNT_KEYS.has(normaliseKey(literal.key))) {
    return PBKDF2_CALL.test(callee) || callsAround(facts.calls, literal.range).some((call) => PBKDF2_CALL.test(call.calleePath.join('.')));
  }
  const position = POSITIONAL.find(([pattern]) => pattern.test(callee))?.[1];
  if (position !== undefined) {
    const call = callsAround(facts.calls, literal.range).find((c) => c.calleePath.join('.') === callee);
    return call !== undefined && argumentAround(call, literal.range)?.index === position;
  }
  return false;
}

function iterationFinding(literal: Literal): RawFinding {
  return {
    ruleId: 'weak-password-hash',
    message: `PBKDF2 with ${literal.value} iterations is too fast to slow down password guessing. Use at least ${MIN_ITERATIONS.toLocaleString('en')} (OWASP: 600,000 with SHA-256), or bcrypt, scrypt or Argon2id.`,
    range: literal.range,
    dataCategories: [],
    checklist: ['cryptographic-strength'],
  };
}
