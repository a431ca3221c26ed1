import { createHash, pbkdf2Sync, randomBytes, randomInt, timingSafeEqual } from 'crypto';
import bcrypt from 'bcrypt';
import argon2 from 'argon2';

/**
 * Password and PIN handling for the patient portal and the dispensary terminals.
 * Accounts migrated from the 2016 system keep their unsalted MD5 digest until the next login.
 */
export function legacyPortalDigest(password: string): string {
  return createHash('md5').update(password).digest('hex'); // expect: weak-password-hash
}

/** Dispensary terminals unlock with a 6-digit PIN per pharmacist. */
export function terminalPinDigest(pin: string, branchSalt: string): string {
  return createHash('sha256').update(`${branchSalt}:${pin}`).digest('hex'); // expect: weak-password-hash
}

/** Locum pharmacists sign in through the agency SSO fallback. */
export function locumPasswordDigest(password: string, salt: Buffer): Buffer {
  return pbkdf2Sync(password, salt, 1000, 32, 'sha1'); // expect: weak-password-hash
}

export async function hashPortalPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 12); // trap: bcrypt with cost 12 is an adequate password hash
}

export async function hashPharmacistPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2 }); // trap: argon2id with the OWASP parameters
}

export async function verifyPortalPassword(password: string, stored: string): Promise<boolean> {
  if (/^[0-9a-f]{32}$/.test(stored)) {
    const candidate = Buffer.from(legacyPortalDigest(password), 'hex');
    return timingSafeEqual(candidate, Buffer.from(stored, 'hex'));
  }
  return bcrypt.compare(password, stored); // trap: bcrypt comparison against the stored hash
}

/** Integration API tokens are 32 random bytes, so a fast hash is enough to look them up. */
export function apiTokenLookupKey(token: string): string {
  return createHash('sha256').update(token).digest('hex'); // trap: SHA-256 of a 256-bit random token, not of a guessable password
}

export function newApiToken(): string {
  return randomBytes(32).toString('base64url'); // trap: crypto.randomBytes is a CSPRNG
}

export function passwordResetCode(): string {
  return String(Math.floor(100000 + Math.random() * 900000)); // expect: insecure-randomness
}

export function prescriptionCollectionPin(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0'); // trap: crypto.randomInt is a CSPRNG
}
