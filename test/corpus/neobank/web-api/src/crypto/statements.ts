import { createCipher, createCipheriv, createHash, createHmac, generateKeyPairSync } from 'crypto';

/** Statement PDFs carry a digest so the app can detect tampering before it shows them. */
export function statementIntegrityTag(pdf: Buffer): string {
  return createHash('sha1').update(pdf).digest('base64'); // expect: weak-cryptography
}

/** Monthly export for the accounting partner, who decrypts with the same passphrase. */
export function encryptPartnerExport(csv: string, passphrase: string): Buffer {
  const cipher = createCipher('aes-256-cbc', passphrase); // expect: weak-cryptography
  return Buffer.concat([cipher.update(csv, 'utf8'), cipher.final()]);
}

export function wrapCardToken(token: Buffer, key: Buffer): Buffer {
  const cipher = createCipheriv('aes-128-ecb', key, null); // expect: weak-cryptography
  return Buffer.concat([cipher.update(token), cipher.final()]);
}

export function webhookSignature(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('hex'); // trap: HMAC-SHA256 is a sound message signature
}

export function newStatementSigningKey() {
  return generateKeyPairSync('rsa', { modulusLength: 3072, publicExponent: 0x10001 }); // trap: RSA 3072 is above the 2048-bit floor
}
