import { createCipheriv, createHash, generateKeyPairSync, randomBytes } from 'crypto';

/** Each dispensing label carries a short signature so the counter staff can spot reprinted labels. */
export function labelSignature(labelText: string, branchSecret: string): string {
  return createHash('md5').update(labelText + branchSecret).digest('hex'); // expect: weak-cryptography
}

/** Controlled-drug register exports for the inspector, readable by their 2009 desktop tool. */
export function encryptRegisterExport(csv: Buffer, key: Buffer, iv: Buffer): Buffer {
  const cipher = createCipheriv('des-ede3-cbc', key, iv); // expect: weak-cryptography
  return Buffer.concat([cipher.update(csv), cipher.final()]);
}

export function encryptNightlyBackup(archive: Buffer, key: Buffer): { iv: Buffer; tag: Buffer; data: Buffer } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv); // trap: AES-GCM with a random 96-bit IV
  const data = Buffer.concat([cipher.update(archive), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
}

/** Cache key for rendered leaflet PDFs; a collision would only re-render a leaflet. */
export function leafletCacheKey(productCode: string, version: number): string {
  return createHash('md5').update(`${productCode}@${version}`).digest('hex'); // trap: MD5 as a cache key, no security property needed
}

/** Key pair for e-prescription signing by independent prescribers. */
export function newPrescriberKeyPair() {
  return generateKeyPairSync('rsa', { modulusLength: 1024 }); // expect: weak-cryptography
}
