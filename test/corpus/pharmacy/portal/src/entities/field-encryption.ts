import { EncryptionTransformer } from 'typeorm-encrypted';

/** AES-256-GCM column transformer; the key comes from the KMS-backed secret at boot. */
export const encryptedColumn = new EncryptionTransformer({
  key: process.env.RX_FIELD_KEY ?? '',
  algorithm: 'aes-256-gcm',
  ivLength: 12,
  authTagLength: 16,
});
