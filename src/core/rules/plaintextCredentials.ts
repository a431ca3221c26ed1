/**
 * Credentials kept and checked as typed, for `weak-password-hash`: a stored column named for a
 * password, PIN, passcode or recovery code (`legacyPassword`, `van_pin`, `t.string :recovery_code`),
 * and a comparison of the typed credential with the stored one (`staff.TillPin == enteredPin`,
 * `telephonePin.equals(spokenPin)`, `secure_compare(recovery_code, entered)`). A constant-time
 * comparison of plaintext is still a plaintext comparison: only a password hash's verify function
 * keeps the stored value useless to whoever reads it.
 *
 * Comparisons with `==` are read from what functions return (other comparisons leave no fact). A
 * column named just `password` is left out: the usual frameworks (Django's user model, Laravel's
 * `hashed` cast, Devise) keep the hash in it.
 */
import type { Call, Expression, Reference, SourceFacts } from '../facts';
import type { RawFinding, TextRange } from '../model';
import { splitIdentifier } from '../taxonomy/identifiers';
import { isPasswordName, type PasswordFinder } from './passwordValues';
import { StoredColumns } from './storageColumns';

/** Methods that compare the value they are called on with their one argument (names without case). */
const RECEIVER_COMPARISONS = new Set(['equals', 'equalsignorecase', 'contentequals']);
/** Functions that compare their first two arguments, constant-time ones included (names without case). */
const PAIR_COMPARISONS = new Set([
  'equals', 'constanttimecompare', 'secure_compare', 'hash_equals', 'timingsafeequal', 'compare_digest', 'fixedtimeequals', 'isequal', 'constanttimeequals', 'slowequals',
]);
/** Equality operators, longest first so that `===` is not read as `==`. */
const EQUALITY = /===|!==|==|!=/g;
/** Words of a value that is not a plaintext credential: a hash or other derived value of one. */
const DERIVED_WORDS = new Set(['hash', 'hashed', 'digest', 'encrypted', 'crypted', 'hmac', 'mac', 'signature', 'token', 'encoded']);
/** Words of a second entry of the same credential (`password === passwordConfirmation`): a form check, nothing stored. */
const CONFIRMATION_WORDS = new Set(['confirm', 'confirmation', 'confirmed', 'repeat', 'repeated', 'again', 'retype', 'retyped', 'new']);
/** Calls whose output is derived from a credential rather than the credential itself. */
const DERIVING_CALL = /hash|digest|md5|sha\d*$|hmac|crypt|sign|mac$|encode$/i;
const NOTHING = new Set(['null', 'nil', 'none', 'undefined', 'true', 'false']);
/** Words of a column about a credential rather than holding one: a flag or a date (`pin_enabled`, `has_passcode`, `password_set`). */
const ABOUT_WORDS = new Set(['enabled', 'disabled', 'set', 'has', 'is', 'locked', 'verified', 'last', 'retries', 'failed', 'failures', 'status', 'version', 'algorithm', 'scheme']);
/** Declared types of a flag or a date, never a credential. */
const FLAG_OR_DATE_TYPE = /bool|date|time/i;
/** A column named for nothing but a password: frameworks keep the password's hash there. */
const JUST_PASSWORD = new Set(['password', 'passwd', 'pwd']);

/** A record's own equality (IDE-generated `equals` comparing every field): it compares two records, not a typed credential. */
const RECORD_EQUALITY = /^(equals|Equals|__eq__|eql\?|==|compareTo|CompareTo)$/;

export function plaintextCredentialFindings(facts: SourceFacts, passwords: PasswordFinder): RawFinding[] {
  const recordEquality = new Set((facts.functions ?? []).filter((fn) => RECORD_EQUALITY.test(fn.name)).map((fn) => fn.scope));
  const comparisons = [...operatorFindings(facts, passwords, recordEquality), ...callFindings(facts, passwords, recordEquality)];
  return [...columnFindings(facts), ...comparisons];
}

/** Stored columns named for a credential other than a plain `password`. */
function columnFindings(facts: SourceFacts): RawFinding[] {
  const candidates = facts.declarations.filter(
    (d) =>
      isPasswordName(d.name) &&
      !JUST_PASSWORD.has(d.name.toLowerCase()) &&
      !isConfirmation(d.name) &&
      !splitIdentifier(d.name).some((w) => ABOUT_WORDS.has(w)) &&
      !FLAG_OR_DATE_TYPE.test(d.typeText ?? ''),
  );
  if (candidates.length === 0) {
    return [];
  }
  const columns = new StoredColumns(facts);
  return candidates
    .filter((d) => columns.stackOf(d) !== undefined)
    .map((d) => finding(d.range, `The column ${d.name} stores a credential as typed: whoever reads the database or a backup of it can use it. Store a password hash (bcrypt, scrypt, Argon2id) and compare with its verify function.`));
}

/** `stored == entered` in what a function returns. */
function operatorFindings(facts: SourceFacts, passwords: PasswordFinder, recordEquality: ReadonlySet<string>): RawFinding[] {
  return (facts.functions ?? []).filter((fn) => !recordEquality.has(fn.scope)).flatMap((fn) =>
    fn.returns.flatMap((expression) =>
      equalityOperands(expression).flatMap(([left, right]) => {
        const credential = plaintextCredential([left], fn.scope, passwords) ?? plaintextCredential([right], fn.scope, passwords);
        if (!credential || !isPlainOperand(left) || !isPlainOperand(right)) {
          return [];
        }
        return [comparisonFinding({ start: left.range.start, end: right.range.end }, credential)];
      }),
    ),
  );
}

/** `stored.equals(entered)`, `string.Equals(stored, entered)`, `subtle.ConstantTimeCompare(...)`, `secure_compare(...)`. */
function callFindings(facts: SourceFacts, passwords: PasswordFinder, recordEquality: ReadonlySet<string>): RawFinding[] {
  return facts.calls.flatMap((call): RawFinding[] => {
    const operands = comparedOperands(call);
    if (!operands || (call.scope !== undefined && recordEquality.has(call.scope)) || operands.some((references) => references.length === 0 || !references.every(isPlainOperand))) {
      return [];
    }
    const credential = operands.map((references) => plaintextCredential(references, call.scope, passwords)).find((name) => name !== undefined);
    return credential ? [comparisonFinding(call.range, credential)] : [];
  });
}

/** The references on each side of a comparison call, or none if the call compares nothing. */
function comparedOperands(call: Call): Reference[][] | undefined {
  const name = (call.calleePath[call.calleePath.length - 1] ?? '').toLowerCase();
  if (RECEIVER_COMPARISONS.has(name) && call.arguments.length === 1 && call.calleePath.length > 1) {
    const receiver: Reference = { path: call.calleePath.slice(0, -1), range: call.range };
    return [[receiver], [...call.arguments[0]!.references]];
  }
  if (PAIR_COMPARISONS.has(name) && call.arguments.length >= 2) {
    return call.arguments.slice(0, 2).map((argument: Expression) => [...argument.references]);
  }
  return undefined;
}

/** Pairs of references on either side of an equality operator, each next to the operator. */
function equalityOperands(expression: Expression): [Reference, Reference][] {
  const { text } = expression;
  const located = expression.references.map((reference) => ({ reference, start: offsetOf(expression, reference.range.start), end: offsetOf(expression, reference.range.end) }));
  const pairs: [Reference, Reference][] = [];
  for (const match of text.matchAll(EQUALITY)) {
    const at = match.index ?? 0;
    const after = at + match[0].length;
    const left = located.find((r) => r.end !== undefined && r.end <= at && text.slice(r.end, at).trim() === '');
    const right = located.find((r) => r.start !== undefined && r.start >= after && text.slice(after, r.start).trim() === '');
    if (left && right) {
      pairs.push([left.reference, right.reference]);
    }
  }
  return pairs;
}

/** The name of the first plaintext credential among the references, if any. */
function plaintextCredential(references: readonly Reference[], scope: string | undefined, passwords: PasswordFinder): string | undefined {
  for (const reference of references) {
    const password = passwords.passwordIn(reference, scope);
    // `candidate = legacyDigest(password)`: what is compared is derived from the password, not the password.
    if (password && !password.through.some((name) => DERIVING_CALL.test(name))) {
      return reference.path.join('.');
    }
  }
  return undefined;
}

/** A value compared as it is: not a hash, a second entry of the same credential, or nothing at all. */
function isPlainOperand(reference: Reference): boolean {
  const leaf = reference.path[reference.path.length - 1] ?? '';
  const words = splitIdentifier(leaf);
  const derived = (reference.through ?? []).some((name) => DERIVING_CALL.test(name));
  return !derived && !NOTHING.has(leaf.toLowerCase()) && !words.some((w) => DERIVED_WORDS.has(w)) && !isConfirmation(leaf);
}

function isConfirmation(name: string): boolean {
  return splitIdentifier(name).some((w) => CONFIRMATION_WORDS.has(w));
}

function comparisonFinding(range: TextRange, credential: string): RawFinding {
  return finding(range, `${credential} is compared as typed, so it is stored as typed: whoever reads the database or a backup of it can use it (a constant-time comparison does not change that). Store a password hash (bcrypt, scrypt, Argon2id) and check with its verify function.`);
}

function finding(range: TextRange, message: string): RawFinding {
  return { ruleId: 'weak-password-hash', message, range, dataCategories: [], checklist: ['cryptographic-strength'] };
}

/** Where a position falls in an expression's text. */
function offsetOf(expression: Expression, position: { line: number; column: number }): number | undefined {
  const lines = position.line - expression.range.start.line;
  if (lines < 0) {
    return undefined;
  }
  let lineStart = 0;
  for (let line = 0; line < lines; line++) {
    const next = expression.text.indexOf('\n', lineStart);
    if (next < 0) {
      return undefined;
    }
    lineStart = next + 1;
  }
  return lineStart + (lines === 0 ? position.column - expression.range.start.column : position.column);
}
