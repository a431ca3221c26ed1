/**
 * `weak-password-hash`: a password hashed with a fast hash (MD5, SHA-1, the SHA-2 and SHA-3
 * families, alone or in a loop), PBKDF2 with a visible iteration count under 100,000, and a
 * password, PIN, passcode or recovery code stored or compared as typed (see plaintextPasswords.ts and
 * plaintextCredentials.ts), Django's fast hashers and crypt()'s MD5-crypt. bcrypt, scrypt, Argon2, PBKDF2 with
 * enough iterations, PHP's `password_hash`, Rails' `has_secure_password` and Django's
 * `make_password` are what to use.
 *
 * A fast hash over the password is reported where the hashing call's data is a password: a
 * one-shot call (`hashlib.sha256(pw)`, `md5($password)`, `SHA256.HashData(...)`), or a feed into a
 * hash object made in the same chain (`crypto.createHash('sha256').update(pw)`) or kept in a
 * variable (`md = MessageDigest.getInstance("SHA-256"); md.digest(pw.getBytes())`). A fast hash
 * whose output goes into a password hash (`bcrypt.hash(sha256(pw))`, a common way around bcrypt's
 * 72-byte limit) is not reported.
 */
import type { Assignment, Call, Expression, SourceFacts } from '../facts';
import type { RawFinding, TextRange } from '../model';
import { LocalFlow } from '../analysis/localFlow';
import { ruleInfo } from './catalogue';
import { builtOnce, groupBy } from './factIndex';
import { argumentAround, callsAround, callsOnLine, containsRange, literalsInside, receiverCall } from './factRanges';
import { PASSWORD_HASHERS, PasswordFinder, type PasswordSource } from './passwordValues';
import { iterationFindings } from './pbkdf2Iterations';
import { plaintextCredentialFindings } from './plaintextCredentials';
import { plaintextPasswordFindings } from './plaintextPasswords';
import type { Rule } from './rule';

const STRENGTH = ruleInfo('weak-password-hash').checklist;

/** Fast hashes, as algorithm names (`sha256`, `SHA-256`, `md5`, `SHA3-512`, `ripemd160`, `blake2b`). */
const FAST_HASH = /^(md[245]|sha-?1|sha|sha-?(224|256|384|512)(\/(224|256))?|sha3[-_]?\d+|ripemd\d*|blake2[bs]?\w*)$/i;
/** One-shot hash calls, by callee: the algorithm is in the name. */
const ONE_SHOT: readonly RegExp[] = [
  /^(md5|sha1|sha224|sha256|sha384|sha512)$/i, // PHP's md5()/sha1(), JavaScript hash libraries
  /^CryptoJS\.(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160)$/,
  /^hashlib\.(md5|sha1|sha224|sha256|sha384|sha512|sha3_\d+|blake2[bs])$/,
  /^DigestUtils\.(md5|md2|sha1|sha|sha256|sha384|sha512)(Hex)?$/,
  /^(md5|sha1)\.Sum$|^sha256\.Sum(256|224)$|^sha512\.Sum(512|384|512_256)$/,
  /^(OpenSSL\.)?Digest\.(MD5|SHA1|SHA256|SHA384|SHA512|SHA2)\.(hexdigest|digest|base64digest)$/,
  /^(MD5|SHA1|SHA256|SHA384|SHA512)\.HashData(Async)?$/,
];
/** One-shot calls that take the algorithm's name as their first argument. */
const NAMED_ONE_SHOT = /^(hash|crypto\.hash|hashlib\.new|(OpenSSL\.)?Digest\.(hexdigest|digest))$/;
/** Methods that feed data to a hash object. */
const FEEDERS = new Set(['update', 'digest', 'ComputeHash', 'TransformFinalBlock', 'hashString', 'hashBytes', 'hashUnencodedChars', 'putString', 'putBytes', 'Write', 'hexdigest']);

export const WEAK_PASSWORD_HASH: Rule = {
  ...ruleInfo('weak-password-hash'),
  check: (facts) => {
    const passwords = new PasswordFinder(facts);
    return [...fastHashFindings(facts, passwords), ...fastSchemeFindings(facts, passwords), ...iterationFindings(facts), ...plaintextPasswordFindings(facts, passwords), ...plaintextCredentialFindings(facts, passwords)];
  },
};

/** Django's hashers that are one fast hash (listed in PASSWORD_HASHERS, the first one hashes new passwords). */
const FAST_DJANGO_HASHER = /^django\.contrib\.auth\.hashers\.(MD5|SHA1|UnsaltedMD5|UnsaltedSHA1|Crypt)PasswordHasher$/;
/** crypt() salts that pick a fast scheme: `$1$` is MD5-crypt (one MD5 loop of 1,000 rounds), a bare two-character salt is DES-crypt. */
const FAST_CRYPT_SALT = /^\$1\$|^[./0-9A-Za-z]{2}$/;

/** Password schemes named by configuration or salt: Django's MD5PasswordHasher, crypt() with an MD5-crypt salt. */
function fastSchemeFindings(facts: SourceFacts, passwords: PasswordFinder): RawFinding[] {
  const literals = facts.literals ?? [];
  const hashers = literals.filter((literal) => literal.kind === 'string' && FAST_DJANGO_HASHER.test(literal.value));
  const fromSettings = hashers.map((literal) => schemeFinding(literal.range, `${literal.value.split('.').pop()!} hashes passwords with one fast hash`));
  const fromCrypt = facts.calls.flatMap((call): RawFinding[] => {
    if (!/^(crypt\.)?crypt$/.test(call.calleePath.join('.')) || call.arguments.length < 2) {
      return [];
    }
    const salt = literalsInside(literals, call.arguments[1]!.range)[0];
    const password = passwords.passwordsInside(call.arguments[0]!.range, call.scope)[0];
    return salt?.kind === 'string' && FAST_CRYPT_SALT.test(salt.value) && password ? [schemeFinding(call.range, `crypt() with the salt '${salt.value}' hashes ${password.password.description} with MD5-crypt or DES-crypt`)] : [];
  });
  return [...fromSettings, ...fromCrypt];
}

function schemeFinding(range: TextRange, what: string): RawFinding {
  return {
    ruleId: WEAK_PASSWORD_HASH.id,
    message: `${what}: fast enough for billions of guesses a second on a leaked table. Use a password hash: bcrypt, scrypt, Argon2id, or PBKDF2 with at least 100,000 iterations.`,
    range,
    dataCategories: [],
    checklist: STRENGTH,
  };
}

interface HashSite {
  readonly call: Call;
  readonly algorithm: string;
  /** The arguments that are hashed (not the algorithm's name). */
  readonly data: readonly Expression[];
}

function fastHashFindings(facts: SourceFacts, passwords: PasswordFinder): RawFinding[] {
  const flow = new LocalFlow(facts.assignments);
  return facts.calls.flatMap((call): RawFinding[] => {
    const site = oneShotSite(call, facts) ?? feedSite(call, facts);
    if (!site || isPreHash(site, facts, flow)) {
      return [];
    }
    const found = site.data.flatMap((argument) => passwords.passwordsInside(argument.range, call.scope));
    const [first] = found;
    return first ? [hashFinding(site, first.password)] : [];
  });
}

function oneShotSite(call: Call, facts: SourceFacts): HashSite | undefined {
  const callee = call.calleePath.join('.');
  const named = ONE_SHOT.find((pattern) => pattern.test(callee));
  if (named) {
    return call.arguments.length > 0 ? { call, algorithm: algorithmInName(call.calleePath), data: call.arguments } : undefined;
  }
  if (NAMED_ONE_SHOT.test(callee) && call.arguments.length > 1) {
    const algorithm = algorithmLiteral(call, facts, 0);
    return algorithm && FAST_HASH.test(algorithm) ? { call, algorithm, data: call.arguments.slice(1) } : undefined;
  }
  return undefined;
}

/** `update(pw)` on a hash object: made in the same chain, or kept in a variable assigned from a hash constructor. */
function feedSite(call: Call, facts: SourceFacts): HashSite | undefined {
  const method = call.calleePath[call.calleePath.length - 1] ?? '';
  if (!FEEDERS.has(method) || call.arguments.length === 0) {
    return undefined;
  }
  const chained = call.calleePath.length === 1 ? receiverCall(facts.calls, call) : undefined;
  const constructor = chained ?? (call.calleePath.length === 2 ? constructorAssignedTo(call.calleePath[0]!, call, facts) : undefined);
  const algorithm = constructor ? hashConstructorAlgorithm(constructor, facts) : undefined;
  return algorithm && FAST_HASH.test(algorithm) ? { call, algorithm, data: call.arguments } : undefined;
}

/** The call whose result the variable holds at `call`: the latest assignment before it in the function, and the call on that line after the name. */
function constructorAssignedTo(variable: string, call: Call, facts: SourceFacts): Call | undefined {
  let assignment: Assignment | undefined;
  for (const a of assignmentsNamed(facts.assignments ?? [], variable)) {
    if (a.scope === (call.scope ?? '') && a.range.start.line < call.range.start.line && (!assignment || a.range.start.line > assignment.range.start.line)) {
      assignment = a;
    }
  }
  if (!assignment) {
    return undefined;
  }
  const { line, column } = assignment.range.end;
  return callsOnLine(facts.calls, line)
    .filter((c) => c.scope === call.scope && c.range.start.line === line && c.range.start.column >= column)
    .sort((a, b) => a.range.start.column - b.range.start.column)
    .find((c) => hashConstructorAlgorithm(c, facts) !== undefined);
}

/** Assignments by the name assigned: every `update(...)` call asks for its receiver's. */
const ASSIGNMENTS_BY_NAME = new WeakMap<readonly Assignment[], Map<string, Assignment[]>>();

function assignmentsNamed(assignments: readonly Assignment[], name: string): readonly Assignment[] {
  return builtOnce(ASSIGNMENTS_BY_NAME, assignments, (all) => groupBy(all, (a) => [a.name])).get(name) ?? [];
}

/** The algorithm a call makes a hash object for, if it is a hash constructor. */
function hashConstructorAlgorithm(call: Call, facts: SourceFacts): string | undefined {
  const callee = call.calleePath.join('.');
  const name = lastName(callee);
  if (name === 'createHash' || callee === 'hashlib.new' || callee === 'MessageDigest.getInstance' || callee === 'HashAlgorithm.Create' || callee === 'OpenSSL.Digest.new') {
    return algorithmLiteral(call, facts, 0);
  }
  const packageNew = /^(md5|sha1|sha256|sha512)\.New\d*$/.exec(callee); // Go
  const namedNew = /^(?:OpenSSL\.)?Digest\.(\w+)\.new$/.exec(callee); // Ruby
  const created = /^(MD5|SHA1|SHA256|SHA384|SHA512)\.Create$/.exec(callee); // .NET
  const factory = /^(?:hashlib|Hashing)\.(md5|sha1|sha224|sha256|sha384|sha512|sha3_\d+)$/.exec(callee); // Python, Guava
  return packageNew?.[1] ?? namedNew?.[1] ?? created?.[1] ?? factory?.[1];
}

/** The string literal given as the call's `index`th argument. */
function algorithmLiteral(call: Call, facts: SourceFacts, index: number): string | undefined {
  const argument = call.arguments[index];
  const literal = argument ? literalsInside(facts.literals ?? [], argument.range)[0] : undefined;
  return literal?.kind === 'string' && argumentAround(call, literal.range)?.index === index ? literal.value : undefined;
}

/** A fast hash whose output goes into a password hash: inside its arguments, or through a variable that reaches them. */
function isPreHash(site: HashSite, facts: SourceFacts, flow: LocalFlow): boolean {
  const hashers = facts.calls.filter((c) => c.scope === site.call.scope && PASSWORD_HASHERS.test(c.calleePath.join('.')));
  if (callsAround(hashers, site.call.range).length > 0) {
    return true;
  }
  return hashers.some((hasher) =>
    hasher.arguments.some((argument) => argument.references.some((reference) => flow.sourcesOf(reference, hasher.scope).some((s) => s.origin !== undefined && containsRange(site.call.range, s.origin)))),
  );
}

function hashFinding(site: HashSite, password: PasswordSource): RawFinding {
  const callee = site.call.calleePath.join('.');
  return {
    ruleId: WEAK_PASSWORD_HASH.id,
    message: `${callee}() hashes ${password.description} with ${algorithmLabel(site.algorithm)}, a fast hash: a leaked table of these falls to billions of guesses a second. Use a password hash: bcrypt, scrypt, Argon2id, or PBKDF2 with at least 100,000 iterations (OWASP: 600,000 with SHA-256).`,
    range: site.call.range,
    dataCategories: [],
    checklist: STRENGTH,
    ...(password.origin ? { related: [{ range: password.origin, message: 'the password comes from here' }] } : {}),
  };
}

/** The algorithm a one-shot call names: `sha256` in `sha256.Sum256`, `md5` in `md5Hex`, `SHA256` in `Digest::SHA256.hexdigest`. */
function algorithmInName(calleePath: readonly string[]): string {
  for (const name of [...calleePath].reverse()) {
    const match = /^(md[245]|sha3_\d+|sha\d*|ripemd\d+|blake2[bs])/i.exec(name);
    if (match) {
      return match[1]!;
    }
  }
  return calleePath.join('.');
}

/** `sha256` -> SHA-256, `sha3_512` -> SHA3-512, `md5` -> MD5. */
function algorithmLabel(algorithm: string): string {
  const upper = algorithm.toUpperCase().replace(/_/g, '-');
  return /^SHA\d/.test(upper) && !upper.startsWith('SHA3') ? upper.replace(/^SHA-?/, 'SHA-') : upper;
}

function lastName(callee: string): string {
  return callee.split('.').pop() ?? callee;
}
