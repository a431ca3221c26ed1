/**
 * `unencrypted-sensitive-storage`: sensitive personal data (health, government ids, financial
 * accounts, biometrics...) kept in plaintext: a database column with no encryption (see
 * storageColumns.ts and storageEncryption.ts), or a value written to a file, a cache or a queue
 * (storageSinks.ts for the stores, storageWrites.ts for what is written), followed through local
 * data flow. Disk or volume encryption does not count:
 * it protects against a stolen disk, not against whoever can query the database or read the cache.
 */
import type { Call, Declaration, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import { ruleInfo } from './catalogue';
import { sensitiveFields } from './personalDataFields';
import type { Rule, RuleContext } from './rule';
import { type Stack, StoredColumns } from './storageColumns';
import { EncryptionMarkers, needsEncryptionAtRest } from './storageEncryption';
import { SINK_NAMES } from './storageSinks';
import { type SensitiveValue, sensitiveWrites } from './storageWrites';

const AT_REST = ruleInfo('unencrypted-sensitive-storage').checklist;

export const UNENCRYPTED_SENSITIVE_STORAGE: Rule = {
  ...ruleInfo('unencrypted-sensitive-storage'),
  check: (facts, context) => [...plaintextColumns(facts, context), ...plaintextWrites(facts, context)],
};

function plaintextColumns(facts: SourceFacts, context: RuleContext): RawFinding[] {
  const columns = new StoredColumns(facts);
  const markers = new EncryptionMarkers(facts);
  return sensitiveFields(facts, context).flatMap(({ declaration, classification }) => {
    const stack = columns.stackOf(declaration);
    const plaintext = stack && needsEncryptionAtRest(classification.category) && !markers.isEncrypted(declaration, classification, stack);
    return plaintext ? [columnFinding(declaration, classification.category, stack)] : [];
  });
}

function columnFinding(column: Declaration, category: string, stack: Stack): RawFinding {
  const name = column.owner ? `${column.owner}.${column.name}` : column.name;
  return {
    ruleId: UNENCRYPTED_SENSITIVE_STORAGE.id,
    message: `${name} stores sensitive data (${categoryLabel(category)}) in plaintext: anyone who can query the database or read a backup reads it. ${encryptionAdvice(stack, column.name)}`,
    range: column.range,
    dataCategories: [category],
    checklist: AT_REST,
  };
}

/** How to encrypt a column in its stack. */
function encryptionAdvice(stack: Stack, name: string): string {
  switch (stack) {
    case 'typeorm':
      return 'Encrypt it with a column transformer (`@Column({ transformer: new EncryptionTransformer(...) })`, typeorm-encrypted).';
    case 'mikroorm':
      return 'Encrypt it with a custom Type whose convertToDatabaseValue encrypts.';
    case 'mongoose':
      return 'Encrypt it with mongoose-field-encryption or MongoDB Client-Side Field Level Encryption.';
    case 'sequelize':
      return "Encrypt it in the attribute's set()/get() pair (or with database-side encryption).";
    case 'drizzle':
      return 'Encrypt it with a customType whose toDriver encrypts.';
    case 'prisma':
      return 'Encrypt it with prisma-field-encryption (mark the field `/// @encrypted`).';
    case 'sql':
      return 'Encrypt the column (SQL Server `ENCRYPTED WITH`, PostgreSQL pgcrypto into a bytea column) or encrypt in the application before writing.';
    case 'django':
      return "Use an encrypted field type (django-cryptography's `encrypt(models.CharField(...))`, django-encrypted-model-fields' `EncryptedCharField`).";
    case 'sqlalchemy':
      return "Use sqlalchemy-utils' `StringEncryptedType` (or `EncryptedType`) for the column.";
    case 'jpa':
      return 'Add `@Convert(converter = ...)` with an AttributeConverter that encrypts, or `@ColumnTransformer` with pgp_sym_encrypt.';
    case 'efcore':
      return 'Add a value converter that encrypts (`.HasConversion(...)`) or use SQL Server Always Encrypted.';
    case 'gorm':
      return 'Encrypt it with a GORM serializer or a field type whose Value()/Scan() encrypt and decrypt.';
    case 'sqlx':
      return 'Give it a field type whose Value() encrypts and Scan() decrypts, or encrypt it before the INSERT.';
    case 'laravel':
      return `Cast it as encrypted in the model: \`'${name}' => 'encrypted'\` in $casts.`;
    case 'doctrine':
      return 'Map it to an encrypting Doctrine type (a custom Type whose convertToDatabaseValue encrypts).';
    case 'rails':
      return `Declare \`encrypts :${name}\` in the model (Active Record Encryption).`;
  }
}

function plaintextWrites(facts: SourceFacts, context: RuleContext): RawFinding[] {
  return sensitiveWrites(facts, context).map(({ call, sink, written }) => writeFinding(call, SINK_NAMES[sink], written));
}

function writeFinding(call: Call, store: string, written: readonly SensitiveValue[]): RawFinding {
  const origins = written.flatMap((w) => (w.origin ? [{ range: w.origin, message: 'the sensitive data comes from here' }] : []));
  return {
    ruleId: UNENCRYPTED_SENSITIVE_STORAGE.id,
    message: `${call.calleePath.join('.')}() writes ${listInWords(written.map((w) => w.description))} to ${store} in plaintext: whoever can read it (or its backups) reads the data. Encrypt the value before writing it, or store a token or a hash instead.`,
    range: written[0]!.reference.range,
    dataCategories: [...new Set(written.map((w) => w.category))],
    checklist: AT_REST,
    ...(origins.length > 0 ? { related: origins } : {}),
  };
}

/** "a", "a and b", "a, b and c" */
function listInWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}
