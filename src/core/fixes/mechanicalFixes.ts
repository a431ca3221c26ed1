/**
 * Mechanical fixes: for findings where one safe edit makes the code right, the replacement for
 * the text the finding points at. Pure text in, text out, so the editor recomputes a fix from the
 * document and the diagnostic alone. The fixes here do not preserve behaviour (a server without a
 * valid certificate or without HTTPS stops answering), so none is marked preferred.
 */
import type { FixContext, FixMaker, MechanicalFix } from './fix';
import { maskInLog } from './maskingFix';

export type { FixContext, FixMaker, MechanicalFix } from './fix';

const FIXES: Readonly<Record<string, FixMaker>> = {
  'tls-verification-disabled': verificationBackOn,
  'insecure-transport': encryptedScheme,
  'weak-cryptography': strongerHash,
  'personal-data-in-log': maskInLog,
};

const NO_CONTEXT: FixContext = { languageId: '', lineText: '', maskingFunction: 'mask' };

/** The fix for a finding of `ruleId` over `text`, if one applies. */
export function mechanicalFix(ruleId: string, text: string, context: FixContext = NO_CONTEXT): MechanicalFix | undefined {
  return FIXES[ruleId]?.(text, context);
}

const VERIFICATION_ON: ReadonlyArray<readonly [RegExp, string]> = [
  [/^false$/, 'true'],
  [/^False$/, 'True'],
  [/^true$/, 'false'],
  [/^True$/, 'False'],
  [/^(['"])0\1$/, "$11$1"],
  [/CERT_NONE$/, 'CERT_REQUIRED'],
  [/VERIFY_NONE$/, 'VERIFY_PEER'],
  [/_create_unverified_context/, 'create_default_context'],
];

/** `rejectUnauthorized: false` -> `true`, `InsecureSkipVerify: true` -> `false`, `'0'` -> `'1'`, `CERT_NONE` -> `CERT_REQUIRED`. */
function verificationBackOn(text: string): MechanicalFix | undefined {
  const rule = VERIFICATION_ON.find(([pattern]) => pattern.test(text));
  return rule ? { title: 'Turn TLS certificate verification back on', replacement: text.replace(rule[0], rule[1]) } : undefined;
}

/** `'http://api.acme.com'` -> `'https://api.acme.com'`, `ws://` -> `wss://`. */
function encryptedScheme(text: string): MechanicalFix | undefined {
  const match = /^(['"`]?)(http|ws):\/\//i.exec(text);
  if (!match) {
    return undefined;
  }
  const secure = match[2]!.toLowerCase() === 'ws' ? 'wss' : 'https';
  return { title: `Use ${secure}://`, replacement: `${match[1]}${secure}://${text.slice(match[0].length)}` };
}

/** `'md5'` / `'sha1'` given to a hash function -> `'sha256'`; other weak choices need a design decision, not an edit. */
function strongerHash(text: string): MechanicalFix | undefined {
  const match = /^(['"])(md5|sha1|sha-1)\1$/i.exec(text);
  return match ? { title: 'Use SHA-256 (not for passwords: use a password hash there)', replacement: `${match[1]}sha256${match[1]}` } : undefined;
}
