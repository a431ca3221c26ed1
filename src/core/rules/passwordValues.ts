/**
 * What holds a password, for `weak-password-hash`: a name that says so (`password`, `passwd`,
 * `pwd`, `passphrase`, `pin`, `secret_answer`, `credentials`), through local data flow, or a
 * request read of a field so named (`request.getParameter("password")`, `r.FormValue("password")`).
 * A value that went through a password hash (bcrypt, scrypt, Argon2, PBKDF2...) is not a password
 * any more.
 */
import type { Call, Literal, Reference, SourceFacts } from '../facts';
import { LocalFlow, type Source } from '../analysis/localFlow';
import type { TextRange } from '../model';
import { splitIdentifier } from '../taxonomy/identifiers';
import { argumentReferencesInside, containsRange, literalsInside } from './factRanges';

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'passcode', 'pin', 'credential', 'credentials']);
/** Names about a password rather than holding one: its hash, salt, policy, reset token, expiry... */
const NOT_THE_PASSWORD = new Set([
  'hash', 'hashed', 'digest', 'encrypted', 'crypted', 'salt', 'token', 'reset', 'policy', 'length', 'min', 'max', 'hint', 'field', 'label',
  'regex', 'pattern', 'rule', 'rules', 'expiry', 'expires', 'expired', 'changed', 'updated', 'at', 'strength', 'attempts', 'count', 'required',
  'visible', 'placeholder', 'error', 'errors', 'validator', 'provider', 'type', 'id', 'path', 'file', 'manager', 'encoder', 'hasher',
]);
/** Members that convert a value without changing what it is: Java's `getBytes()` read as `.bytes`. */
const CONVERSIONS = new Set(['bytes', 'chars', 'value', 'text', 'string']);
/** Functions whose output is a password hash, not a password (callee words, compared without case). */
export const PASSWORD_HASHERS = /bcrypt|scrypt|argon|pbkdf|password_?hash|hashpw|make_password|HashPassword|GenerateFromPassword|pwhash|Rfc2898|PBEKeySpec|PasswordEncoder|PasswordHasher|^Hash\.make$|^Password\.create$/i;

/** Whether a name holds a password. */
export function isPasswordName(name: string): boolean {
  const words = splitIdentifier(name);
  const secretAnswer = (words.includes('secret') || words.includes('security')) && words.includes('answer');
  // Recovery and backup codes sign the user in when the password is lost: credentials too.
  const recoveryCode = (words.includes('recovery') || words.includes('backup')) && (words.includes('code') || words.includes('codes'));
  return (secretAnswer || recoveryCode || words.some((w) => PASSWORD_WORDS.has(w))) && !words.some((w) => NOT_THE_PASSWORD.has(w));
}

/** Whether a name is a password hash's: where a plaintext password must never go. */
export function isPasswordHashName(name: string): boolean {
  const words = splitIdentifier(name);
  return words.some((w) => PASSWORD_WORDS.has(w)) && words.some((w) => ['hash', 'hashed', 'digest', 'encrypted', 'crypted'].includes(w));
}

/** A password a reference holds, with where it came from. */
export interface PasswordSource {
  readonly description: string;
  readonly origin?: TextRange;
  /** The path it was read from (`req.body.password`), to tell a raw request value. */
  readonly path: readonly string[];
  readonly through: readonly string[];
}

export class PasswordFinder {
  private readonly flow: LocalFlow;
  /** Calls that read a field called password: `request.getParameter("password")`, `$request->input('password')`. */
  private readonly passwordReads: Call[];

  constructor(private readonly facts: SourceFacts) {
    this.flow = new LocalFlow(facts.assignments);
    const keys = (facts.literals ?? []).filter(isPasswordKey);
    this.passwordReads = keys.length === 0 ? [] : facts.calls.filter((call) => literalsInside(keys, call.range).some((key) => key.calleePath?.join('.') === call.calleePath.join('.')));
  }

  /** The password a reference holds, directly or through local variables; undefined if none. */
  passwordIn(reference: Reference, scope: string | undefined): PasswordSource | undefined {
    for (const source of this.flow.sourcesOf(reference, scope)) {
      if (source.through.some((name) => PASSWORD_HASHERS.test(name))) {
        return undefined;
      }
      const found = this.asPassword(source, reference);
      if (found) {
        return found;
      }
    }
    return undefined;
  }

  /** Every password read inside a range (a call's argument), the first per reference. */
  passwordsInside(range: TextRange, scope: string | undefined): { reference: Reference; password: PasswordSource }[] {
    const references = argumentReferencesInside(this.facts.calls, range);
    const unique = references.filter((r, i) => references.findIndex((o) => containsRange(o.range, r.range) && containsRange(r.range, o.range)) === i);
    return unique.flatMap((reference) => {
      const password = this.passwordIn(reference, scope);
      return password ? [{ reference, password }] : [];
    });
  }

  private asPassword(source: Source, reference: Reference): PasswordSource | undefined {
    const path = withoutConversions(source.path.filter((name) => name !== 'this' && name !== 'self'));
    const leaf = path[path.length - 1];
    const written = withoutConversions(reference.path).join('.');
    if (leaf !== undefined && isPasswordName(leaf)) {
      const from = source.origin ? ` (from ${path.join('.')})` : '';
      return { description: `the password in ${written}${from}`, path: source.path, through: source.through, ...(source.origin ? { origin: source.origin } : {}) };
    }
    const at = source.origin ?? reference.range;
    const read = this.passwordReads.find((call) => containsRange(call.range, at));
    return read ? { description: `the password read by ${read.calleePath.join('.')}()`, path: [...read.calleePath, 'password'], through: source.through, origin: read.range } : undefined;
  }
}

/** `user.password.bytes` (Java's `getBytes()`) is `user.password`. */
function withoutConversions(path: readonly string[]): readonly string[] {
  let end = path.length;
  while (end > 1 && CONVERSIONS.has(path[end - 1]!.toLowerCase())) {
    end--;
  }
  return path.slice(0, end);
}

/** `"password"` given to a call, as the field to read. */
function isPasswordKey(literal: Literal): boolean {
  return literal.kind === 'string' && literal.calleePath !== undefined && /^[\w-]+$/.test(literal.value) && isPasswordName(literal.value);
}
