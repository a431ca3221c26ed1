/**
 * Passwords stored as typed, for `weak-password-hash`: a password field given the raw password
 * from the request (`user.password = request.POST["password"]`, `user.setPassword(request.getParameter("password"))`),
 * and, in every language, a password-hash field given it (`user.password_hash = req.body.password`).
 *
 * A plain `password` field is reported in Python, Java, C# and Go only. Elsewhere the usual
 * frameworks hash on assignment: Rails' `has_secure_password` and Devise (`password=`), Laravel's
 * `hashed` cast and mutators, and the pre-save hooks of Mongoose and Sequelize; the facts cannot
 * show whether a model has one. Comparisons and credential columns are in plaintextCredentials.ts.
 */
import type { Call, SourceFacts } from '../facts';
import type { RawFinding, TextRange } from '../model';
import { isPasswordHashName, isPasswordName, type PasswordFinder, type PasswordSource } from './passwordValues';

/** Languages whose frameworks do not hash on assignment to `password`. */
const PLAIN_FIELD_LANGUAGES = new Set(['python', 'java', 'csharp', 'go']);
/** Where a request's values are read from (the first name of the path, compared without case). */
const REQUEST_ROOTS = new Set(['req', 'request', 'r', 'body', 'params', 'form', 'query', '_post', '_request', '_get', 'ctx', 'context', 'input', 'payload', 'dto', 'model']);
/** Calls a raw value may pass through: reads and trims, nothing that transforms it. */
const READS = new Set(['get', 'input', 'param', 'getparameter', 'formvalue', 'postformvalue', 'fetch', 'require', 'permit', 'getstring', 'value', 'tostring', 'trim', 'strip', 'get_json', 'getjson', 'json', 'post']);

export function plaintextPasswordFindings(facts: SourceFacts, passwords: PasswordFinder): RawFinding[] {
  const plainFields = PLAIN_FIELD_LANGUAGES.has(facts.languageId);
  const assigned = (facts.assignments ?? []).flatMap((assignment): RawFinding[] => {
    const field = memberName(assignment.name);
    const target = field === undefined ? undefined : isPasswordHashName(field) ? 'hash' : plainFields && isPasswordName(field) ? 'plain' : undefined;
    const raw = target ? rawPassword(assignment.value.map((r) => passwords.passwordIn(r, assignment.scope))) : undefined;
    return target && raw ? [plaintextFinding(assignment.range, assignment.name, target, raw)] : [];
  });
  const set = facts.calls.flatMap((call): RawFinding[] => {
    const target = setterTarget(call, plainFields);
    const raw = target ? rawPassword((call.arguments[0]?.references ?? []).map((r) => passwords.passwordIn(r, call.scope))) : undefined;
    return target && raw ? [plaintextFinding(call.range, `${call.calleePath.join('.')}()`, target, raw)] : [];
  });
  return [...assigned, ...set];
}

/** The field of a member assignment (`user.password`, `$user->password`, `@user.password`); none for a local variable. */
function memberName(name: string): string | undefined {
  const parts = name.replace(/^@/, '').split(/\.|->|::/);
  return parts.length > 1 || name.startsWith('@') ? parts[parts.length - 1] : undefined;
}

/** Java's `setPassword(...)`; any language's `setPasswordHash(...)`. Django's `set_password` hashes. */
function setterTarget(call: Call, plainFields: boolean): 'plain' | 'hash' | undefined {
  const name = call.calleePath[call.calleePath.length - 1] ?? '';
  const field = /^set([A-Z]\w*)$/.exec(name)?.[1];
  if (field === undefined) {
    return undefined;
  }
  return isPasswordHashName(field) ? 'hash' : plainFields && isPasswordName(field) ? 'plain' : undefined;
}

/** The first password read straight from the request, untransformed. */
function rawPassword(sources: readonly (PasswordSource | undefined)[]): PasswordSource | undefined {
  return sources.find((source): source is PasswordSource => {
    const root = source?.path.find((name) => !['this', 'self'].includes(name))?.replace(/^@/, '').toLowerCase();
    return source !== undefined && root !== undefined && REQUEST_ROOTS.has(root) && source.through.every((name) => READS.has(name.toLowerCase()));
  });
}

function plaintextFinding(range: TextRange, target: string, kind: 'plain' | 'hash', password: PasswordSource): RawFinding {
  const what = kind === 'hash' ? `${target} is meant for a password hash but is given ${password.description} as typed` : `${target} is given ${password.description} as typed`;
  return {
    ruleId: 'weak-password-hash',
    message: `${what}: whoever reads the database or a backup of it has every user's password. Store a password hash (bcrypt, scrypt, Argon2id) instead.`,
    range,
    dataCategories: [],
    checklist: ['cryptographic-strength'],
    ...(password.origin ? { related: [{ range: password.origin, message: 'the password comes from here' }] } : {}),
  };
}
