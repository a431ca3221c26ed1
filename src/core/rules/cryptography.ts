/**
 * `weak-cryptography`: broken or obsolete algorithms and modes (MD5, SHA-1, DES, 3DES, RC4,
 * Blowfish, ECB), `createCipher` without an IV, and RSA keys under 2048 bits. Reads calls and
 * literal facts, in the languages whose adapters emit literals (see facts.ts).
 */
import type { Literal, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import type { Rule } from './rule';

const STRENGTH = ['cryptographic-strength'];

/** Algorithm names, as strings passed to a crypto API. */
const WEAK_ALGORITHM = /^(md2|md4|md5|sha1|sha-1|ripemd(160)?|des|des-ede|des-ede3|des-ede-cbc|des-ede3-cbc|des-cbc|3des|tripledes|desede|rc2|rc4|arcfour|blowfish|bf|bf-cbc)$|(^|[-/])ecb($|[-/])/i;
/** Crypto APIs that take an algorithm name. */
const ALGORITHM_TAKERS = new Set(['createHash', 'createHmac', 'createCipheriv', 'createDecipheriv', 'createCipher', 'getInstance', 'new', 'Cipher', 'MessageDigest', 'HashAlgorithm', 'getHash', 'hash', 'hash_hmac', 'hash_init', 'hash_file', 'openssl_encrypt', 'openssl_decrypt', 'Create']);
/** Calls that are weak by name: `hashlib.md5()`, Go's `md5.New()`, PyCryptodome's `DES.new()`. */
const WEAK_CALLEES = [
  /^(hashlib\.)?(md5|sha1)$/i,
  /^(md5|sha1)\.(New|Sum)$/,
  /^des\.(NewCipher|NewTripleDESCipher)$/,
  /^rc4\.NewCipher$/,
  /^(DES|DES3|ARC4|ARC2|Blowfish)\.new$/,
  /(^|\.)(Digest|OpenSSL\.Digest)\.(MD5|SHA1)(\.|$)/,
  /^(MD5|SHA1|DES|TripleDES|RC2)\.Create$/,
];
/** Block-cipher modes that leak patterns, referenced by name: `AES.MODE_ECB`. */
const WEAK_MODE_NAMES = new Set(['MODE_ECB', 'ECB']);
const RSA_KEY_SIZE_KEYS = new Set(['moduluslength', 'keysize', 'bits', 'modulus', 'privatekeybits']);
const MIN_RSA_BITS = 2048;

export const WEAK_CRYPTOGRAPHY: Rule = {
  id: 'weak-cryptography',
  description: 'A broken or obsolete algorithm, mode or key size (MD5, SHA-1, DES, RC4, ECB, createCipher, RSA under 2048 bits).',
  defaultSeverity: 'warning',
  checklist: STRENGTH,
  check: (facts) => [...weakAlgorithmNames(facts), ...weakCalls(facts), ...weakModes(facts), ...shortRsaKeys(facts)],
};

function weakAlgorithmNames(facts: SourceFacts): RawFinding[] {
  return (facts.literals ?? [])
    .filter((l) => l.kind === 'string' && WEAK_ALGORITHM.test(l.value) && ALGORITHM_TAKERS.has(l.calleePath?.[l.calleePath.length - 1] ?? ''))
    .map((l) => finding(l.range, `${l.calleePath!.join('.')}('${l.value}') uses ${l.value.toUpperCase()}, which is broken or obsolete`, advice(l.value)));
}

function weakCalls(facts: SourceFacts): RawFinding[] {
  return facts.calls.flatMap((call) => {
    const callee = call.calleePath.join('.');
    if (call.calleePath[call.calleePath.length - 1] === 'createCipher') {
      return [finding(call.range, `${callee}() derives its key without a salt and uses no IV`, 'Use createCipheriv with a random IV and an authenticated mode such as aes-256-gcm.')];
    }
    return WEAK_CALLEES.some((pattern) => pattern.test(callee)) ? [finding(call.range, `${callee}() is a broken or obsolete algorithm`, advice(callee))] : [];
  });
}

function weakModes(facts: SourceFacts): RawFinding[] {
  return facts.calls.flatMap((call) =>
    call.arguments
      .flatMap((a) => a.references)
      .filter((r) => WEAK_MODE_NAMES.has(r.path[r.path.length - 1] ?? ''))
      .map((r) => finding(r.range, `${r.path.join('.')} (ECB) encrypts equal blocks to equal ciphertext, so patterns in the data show through`, 'Use an authenticated mode such as GCM.')),
  );
}

function shortRsaKeys(facts: SourceFacts): RawFinding[] {
  return (facts.literals ?? []).filter(isShortKeySize).map((l) => finding(l.range, `a ${l.value}-bit RSA key is too short`, `Use at least ${MIN_RSA_BITS} bits (3072 for data that must stay confidential beyond 2030).`));
}

function isShortKeySize(literal: Literal): boolean {
  const bits = literal.kind === 'number' ? Number(literal.value) : NaN;
  const inRsaCall = /rsa|generatekey/i.test(literal.calleePath?.join('.') ?? '');
  const sizeKey = literal.key !== undefined && RSA_KEY_SIZE_KEYS.has(literal.key.toLowerCase().replace(/[-_]/g, ''));
  return bits >= 256 && bits < MIN_RSA_BITS && (sizeKey || inRsaCall);
}

/** What to use instead, by what was used. */
function advice(used: string): string {
  return /md|sha|ripemd/i.test(used)
    ? 'For integrity or signatures use SHA-256 or stronger; for passwords use a password hash (bcrypt, scrypt, Argon2, PBKDF2).'
    : 'Use AES-256-GCM (or ChaCha20-Poly1305).';
}

function finding(range: RawFinding['range'], what: string, instead: string): RawFinding {
  return {
    ruleId: WEAK_CRYPTOGRAPHY.id,
    message: `${what}: data it protects can be recovered or forged. ${instead}`,
    range,
    dataCategories: [],
    checklist: STRENGTH,
  };
}
