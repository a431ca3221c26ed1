/**
 * `weak-cryptography`: broken or obsolete algorithms and modes (MD5, SHA-1, DES, 3DES, RC4,
 * Blowfish, ECB), `createCipher` without an IV, and RSA keys under 2048 bits. Reads calls and
 * literal facts, in the languages whose adapters emit literals (see facts.ts).
 */
import type { Literal, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { splitIdentifier } from '../taxonomy/identifiers';
import { ruleInfo } from './catalogue';
import { hashesCredential } from './credentials';
import { callsOnLines, enclosingFunctionName, onePerPlace, valueReferences } from './factQueries';
import type { Rule } from './rule';

const STRENGTH = ruleInfo('weak-cryptography').checklist;

/** Algorithm names, as strings passed to a crypto API. */
const WEAK_ALGORITHM = /^(md2|md4|md5|sha1|sha-1|ripemd(160)?|des|des-ede|des-ede3|des-ede-cbc|des-ede3-cbc|des-cbc|3des|tripledes|desede|rc2|rc4|arcfour|blowfish|bf|bf-cbc)$|(^|[-/])ecb($|[-/])|^(md5|sha1)with/i;
/** Java's `Cipher.getInstance("DESede/CBC/PKCS5Padding")`: the algorithm is the first part. */
const WEAK_TRANSFORMATION = /^(des|desede|tripledes|rc2|rc4|arcfour|blowfish)\//i;
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
  /^(MD5|SHA1|DES|TripleDES|RC2)\.(Create|HashData|ComputeHash)$/,
];
/** Block-cipher modes that leak patterns, referenced by name: `AES.MODE_ECB`, `CipherMode.ECB`. */
const WEAK_MODE_NAMES = new Set(['MODE_ECB', 'ECB']);
/** Weak digests referenced by name for signatures: `HashAlgorithmName.SHA1`, PHP's `OPENSSL_ALGO_SHA1`. */
const WEAK_DIGEST_NAMES = /^(OPENSSL_ALGO_(MD5|SHA1|MD4)|SHA1|MD5)$/;
const DIGEST_NAME_HOLDERS = new Set(['HashAlgorithmName', 'HashAlgorithm']);
/** Words in a function's name that say a hash is a cache key or de-duplication key, where a collision costs nothing. */
const NON_SECURITY_USES = new Set(['cache', 'etag', 'dedupe', 'dedup', 'duplicate', 'duplicates', 'bust', 'buster', 'busting']);
const RSA_KEY_SIZE_KEYS = new Set(['moduluslength', 'keysize', 'bits', 'modulus', 'privatekeybits']);
const MIN_RSA_BITS = 2048;

export const WEAK_CRYPTOGRAPHY: Rule = {
  ...ruleInfo('weak-cryptography'),
  check: (facts) => {
    // A bare digest (MD5, SHA-1) matters by its use: a fast hash of a password is weak-password-hash's
    // finding, a cache or de-duplication key needs no strength, and a digest of a random value
    // (`md5(uniqid(mt_rand()))`) is a token whose weakness is the randomness (insecure-randomness).
    // Signatures, ciphers, modes and key sizes always matter.
    const [digests, others] = partition([...weakAlgorithmNames(facts), ...weakCalls(facts)], (w) => w.plainDigest);
    const digestsThatMatter = digests.filter((w) => !hashesCredential(facts, w.finding.range) && !isNonSecurityUse(facts, w.finding.range) && !hashesRandomValue(facts, w.finding.range));
    return onePerPlace([...[...digestsThatMatter, ...others].map((w) => w.finding), ...weakModes(facts), ...weakDigestNames(facts), ...shortRsaKeys(facts)]);
  },
};

/** A finding, and whether it is about a bare digest name (`md5`, `sha1`, `hashlib.md5`) rather than a signature scheme or cipher. */
interface Weakness {
  readonly finding: RawFinding;
  readonly plainDigest: boolean;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

function weakAlgorithmNames(facts: SourceFacts): Weakness[] {
  return (facts.literals ?? [])
    .filter((l) => l.kind === 'string' && ALGORITHM_TAKERS.has(l.calleePath?.[l.calleePath.length - 1] ?? '') && (WEAK_ALGORITHM.test(l.value) || WEAK_TRANSFORMATION.test(l.value) || isBareCipher(l)))
    .map((l) =>
      isBareCipher(l)
        ? { finding: finding(l.range, `${l.calleePath!.join('.')}('${l.value}') gets ECB mode by default, which encrypts equal blocks to equal ciphertext`, 'Name an authenticated mode: "AES/GCM/NoPadding".'), plainDigest: false }
        : { finding: finding(l.range, `${l.calleePath!.join('.')}('${l.value}') uses ${l.value.split('/')[0]!.toUpperCase()}, which is broken or obsolete`, advice(l.value)), plainDigest: isDigestName(l.value) },
    );
}

/** A digest name alone (`md5`, `sha1`, `hashlib.md5`), not a signature scheme (`SHA1withRSA`) or a cipher. */
function isDigestName(used: string): boolean {
  return /(^|[^a-z])(md[245]|sha-?1|ripemd(160)?)$/i.test(used) || /^(md5|sha1)\.(New|Sum)$/.test(used) || /\.(MD5|SHA1)(\.|$)|^(MD5|SHA1)\./.test(used);
}

/** `Cipher.getInstance("AES")`: Java providers default a bare algorithm name to ECB. */
function isBareCipher(literal: Literal): boolean {
  return /^(aes|des|desede)$/i.test(literal.value) && literal.calleePath?.includes('Cipher') === true;
}

function weakCalls(facts: SourceFacts): Weakness[] {
  return facts.calls.flatMap((call) => {
    const callee = call.calleePath.join('.');
    if (call.calleePath[call.calleePath.length - 1] === 'createCipher') {
      return [{ finding: finding(call.range, `${callee}() derives its key without a salt and uses no IV`, 'Use createCipheriv with a random IV and an authenticated mode such as aes-256-gcm.'), plainDigest: false }];
    }
    return WEAK_CALLEES.some((pattern) => pattern.test(callee)) && !switchedOffForSecurity(facts, call.range) ? [{ finding: finding(call.range, `${callee}() is a broken or obsolete algorithm`, advice(callee)), plainDigest: isDigestName(callee) }] : [];
  });
}

/** `hashlib.md5(data, usedforsecurity=False)`: the code says the hash protects nothing. */
function switchedOffForSecurity(facts: SourceFacts, range: RawFinding['range']): boolean {
  return (facts.literals ?? []).some((l) => l.key?.toLowerCase() === 'usedforsecurity' && /^false$/i.test(l.value) && l.range.start.line === range.start.line);
}

/** ECB named in a call's arguments or assigned (`aes.Mode = CipherMode.ECB`). */
function weakModes(facts: SourceFacts): RawFinding[] {
  return valueReferences(facts)
    .filter((r) => WEAK_MODE_NAMES.has(r.path[r.path.length - 1] ?? '') && r.path.length > 1)
    .map((r) => finding(r.range, `${r.path.join('.')} (ECB) encrypts equal blocks to equal ciphertext, so patterns in the data show through`, 'Use an authenticated mode such as GCM.'));
}

/** `key.SignData(data, HashAlgorithmName.SHA1, ...)`, `openssl_sign($data, $sig, $key, OPENSSL_ALGO_SHA1)`. */
function weakDigestNames(facts: SourceFacts): RawFinding[] {
  return facts.calls.flatMap((call) =>
    call.arguments
      .flatMap((a) => a.references)
      .filter((r) => WEAK_DIGEST_NAMES.test(r.path[r.path.length - 1] ?? '') && (r.path.length === 1 ? r.path[0]!.startsWith('OPENSSL_ALGO_') : DIGEST_NAME_HOLDERS.has(r.path[r.path.length - 2]!)))
      .map((r) => finding(r.range, `${r.path.join('.')} signs or checks with ${r.path[r.path.length - 1]!.replace('OPENSSL_ALGO_', '')}, which is broken for signatures`, advice('sha1'))),
  );
}

function shortRsaKeys(facts: SourceFacts): RawFinding[] {
  const javaKeyPairs = facts.calls.some((call) => call.calleePath.includes('KeyPairGenerator'));
  return (facts.literals ?? [])
    .filter((l) => isShortKeySize(l, javaKeyPairs))
    .map((l) => finding(l.range, `a ${l.value}-bit RSA key is too short`, `Use at least ${MIN_RSA_BITS} bits (3072 for data that must stay confidential beyond 2030).`));
}

function isShortKeySize(literal: Literal, javaKeyPairs: boolean): boolean {
  const bits = literal.kind === 'number' ? Number(literal.value) : NaN;
  const inRsaCall = /rsa|generatekey/i.test(literal.calleePath?.join('.') ?? '');
  // Java: `KeyPairGenerator.getInstance("RSA")` then `generator.initialize(1024)`.
  const javaInitialize = javaKeyPairs && literal.calleePath?.[literal.calleePath.length - 1] === 'initialize';
  const sizeKey = literal.key !== undefined && RSA_KEY_SIZE_KEYS.has(literal.key.toLowerCase().replace(/[-_]/g, ''));
  return bits >= 256 && bits < MIN_RSA_BITS && (sizeKey || inRsaCall || javaInitialize);
}

const RANDOM_SOURCES = new Set(['rand', 'mt_rand', 'uniqid', 'random', 'lcg_value', 'microtime', 'randint', 'uuid4', 'randomUUID', 'NewGuid']);

function hashesRandomValue(facts: SourceFacts, range: RawFinding['range']): boolean {
  return callsOnLines(facts, range).some((call) => RANDOM_SOURCES.has(call.calleePath[call.calleePath.length - 1] ?? ''));
}

function isNonSecurityUse(facts: SourceFacts, range: RawFinding['range']): boolean {
  return splitIdentifier(enclosingFunctionName(facts, range)).some((word) => NON_SECURITY_USES.has(word));
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
