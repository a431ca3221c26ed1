/**
 * Whether a hash is fed a password or other credential. weak-cryptography leaves those to
 * weak-password-hash (a password hashed fast is one problem, reported once).
 */
import type { Call, SourceFacts } from '../facts';
import { LocalFlow } from '../analysis/localFlow';
import type { TextRange } from '../model';
import { splitIdentifier } from '../taxonomy/identifiers';
import { callsOnLines } from './factQueries';

const CREDENTIAL_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passcode', 'passphrase', 'pin', 'credential', 'credentials']);

export function isCredentialName(name: string): boolean {
  const words = splitIdentifier(name);
  // Recovery and backup codes sign the user in when the password is lost (as passwordValues.ts reads them).
  const recoveryCode = (words.includes('recovery') || words.includes('backup')) && (words.includes('code') || words.includes('codes'));
  return recoveryCode || words.some((word) => CREDENTIAL_WORDS.has(word));
}

/** Whether a call reads a credential among its arguments, directly or through a local variable. */
export function readsCredential(call: Call, flow: LocalFlow): boolean {
  return call.arguments.some((argument) =>
    argument.references.some((reference) => flow.sourcesOf(reference, call.scope).some((source) => isCredentialName(source.path[source.path.length - 1] ?? ''))),
  );
}

/**
 * Whether the hash at `range` is fed a credential: a call on the same statement reads one
 * (`createHash('md5').update(password)`), or the hasher is kept in a variable that later reads one
 * (`var sha1 = SHA1.Create(); ... sha1.ComputeHash(pin)`).
 */
export function hashesCredential(facts: SourceFacts, range: TextRange): boolean {
  const flow = new LocalFlow(facts.assignments);
  if (callsOnLines(facts, range).some((call) => readsCredential(call, flow))) {
    return true;
  }
  const holder = (facts.assignments ?? []).find((a) => a.range.start.line === range.start.line);
  return holder !== undefined && facts.calls.some((call) => call.calleePath[0] === holder.name && call.scope === holder.scope && readsCredential(call, flow));
}
