/**
 * Signs that a stored column is encrypted (or holds no plaintext): on the column itself (an
 * encrypting transformer, converter, attribute, tag, field type or comment; a name that says
 * ciphertext; a binary column; a Laravel identifier column sized for ciphertext), or elsewhere in
 * the same file (Rails `encrypts :ssn`, Laravel `$casts = ['ssn' => 'encrypted']`,
 * mongoose-field-encryption's `fields: ['ssn']`, EF Core `.Property(p => p.Ssn).HasConversion(encryptor)`,
 * a Sequelize setter that encrypts). A hash is not plaintext either, but the
 * classifier already reads `ssnHash` as a pseudonymous id rather than the SSN.
 */
import type { Call, Declaration, SourceFacts } from '../facts';
import type { Classification } from '../taxonomy/classifier';
import { splitIdentifier } from '../taxonomy/identifiers';
import { contains, type Stack } from './storageColumns';

/** In an annotation, tag, type or converter: `@Convert(converter = SsnEncryptor.class)`, `serializer:encrypted`, `pgp_sym_encrypt`. */
const ENCRYPTING_TEXT = /encrypt|crypt|cipher|ProtectedPersonalData/i;
/** Words in a column name that say it holds ciphertext: `ssnEncrypted`, `encrypted_ssn`, `ssn_enc`, `diagnosisCiphertext`. */
const CIPHERTEXT_WORDS = new Set(['encrypted', 'encrypt', 'enc', 'crypted', 'cipher', 'ciphertext', 'ciphered', 'sealed']);
/** Column types for bytes: pgcrypto and application-side encryption store ciphertext in them. */
const BINARY_TYPE = /^(bytea|varbinary|binary|blob|longblob|mediumblob|bytes)\b/i;
/** Comments that mark a Prisma field for prisma-field-encryption. */
const ENCRYPTED_COMMENT = /@encrypted\b/;
/** Words of a converter or type named for its cipher or key service: `AesGcmConverter`, `KmsStringConverter`, `FernetField`. */
const CIPHER_WORDS = new Set(['aes', 'gcm', 'kms', 'fernet', 'tink', 'sodium', 'nacl']);
/**
 * Laravel's `encrypted` casts need a TEXT column (the ciphertext outgrows a VARCHAR), while a
 * short identifier in plaintext gets `string()`: `$table->text('nric_fin')` is sized for ciphertext.
 */
const CIPHERTEXT_SIZED_TYPE = /^(text|mediumText|longText)$/;
/** Categories whose values are short identifiers of a fixed shape (a passport or card number), unlike free text. */
const IDENTIFIER_CATEGORY = /^user\.(government_id|financial\.(bank_account|credit_card)|health_and_medical\.(record_id|insurance_beneficiary_id))(\.|$)/;
/** Calls that set a model attribute by name: Sequelize's `this.setDataValue('ssn', encrypt(v))` in a setter, Eloquent's `setAttribute`, Rails' `write_attribute`. */
const ATTRIBUTE_WRITERS = new Set(['setDataValue', 'setAttribute', 'write_attribute']);

/**
 * Of user.financial, only account and card numbers call for encryption at rest: a salary, an income
 * or a balance is financial standing (personal data, recorded in the inventory) but opens no account.
 */
const FINANCIAL_STANDING = 'user.financial';

/** Whether data of a sensitive `category` must be encrypted where it is kept. */
export function needsEncryptionAtRest(category: string): boolean {
  return category !== FINANCIAL_STANDING;
}

export class EncryptionMarkers {
  /** Column names (normalised) that code elsewhere in the file encrypts. */
  private readonly encryptedNames: ReadonlySet<string>;

  constructor(private readonly facts: SourceFacts) {
    this.encryptedNames = new Set(
      [...railsEncrypts(facts), ...laravelEncryptedCasts(facts), ...mongooseEncryptionPlugin(facts), ...efCoreEncryptingConversions(facts), ...encryptingAttributeWriters(facts)].map(normalise),
    );
  }

  /** Whether `column` (classified as `classification`) is encrypted or holds no plaintext; `stack` is where it is stored. */
  isEncrypted(column: Declaration, classification: Classification, stack: Stack): boolean {
    const type = column.typeText ?? '';
    const binaryHoldsCiphertext = BINARY_TYPE.test(type) && !classification.category.startsWith('user.biometric');
    const sizedForCiphertext = stack === 'laravel' && CIPHERTEXT_SIZED_TYPE.test(type) && IDENTIFIER_CATEGORY.test(classification.category);
    return (
      this.encryptedNames.has(normalise(column.name)) ||
      splitIdentifier(column.name).some((w) => CIPHERTEXT_WORDS.has(w)) ||
      [type, ...(column.annotations ?? [])].some(namesEncryption) ||
      binaryHoldsCiphertext ||
      sizedForCiphertext ||
      this.hasEncryptingOption(column) ||
      this.throughEncryptingType(column) ||
      this.hasEncryptedComment(column)
    );
  }

  /** Mongoose `ssn: { type: String, encrypt: true }`: the option keys the adapter reads as the field's own fields, right after it. */
  private hasEncryptingOption(column: Declaration): boolean {
    const index = this.facts.declarations.indexOf(column);
    for (const option of this.facts.declarations.slice(index + 1)) {
      if (option.owner !== column.name) {
        return false;
      }
      if (ENCRYPTING_TEXT.test(option.name)) {
        return true;
      }
    }
    return false;
  }

  /** SQLAlchemy `ssn = Column(StringEncryptedType(String, key))`: the attribute's value comes through the encrypting type. */
  private throughEncryptingType(column: Declaration): boolean {
    return (this.facts.assignments ?? []).some(
      (a) => a.name === column.name && a.range.start.line === column.range.start.line && a.value.some((v) => (v.through ?? []).some((t) => ENCRYPTING_TEXT.test(t))),
    );
  }

  /** prisma-field-encryption's `/// @encrypted`, at the end of the field's line or on the line above. */
  private hasEncryptedComment(column: Declaration): boolean {
    const line = column.range.start.line;
    return this.facts.comments.some((c) => ENCRYPTED_COMMENT.test(c.text) && (c.range.start.line === line || c.range.end.line === line - 1));
  }
}

/**
 * An annotation, tag or type that encrypts: by the word (`EncryptedString`, `pgp_sym_encrypt`) or
 * by the cipher's name in code (`AesGcmConverter`). A cipher named in a string is a claim, not a
 * converter: TypeORM's `comment: 'ID number (AES)'` encrypts nothing.
 */
function namesEncryption(text: string): boolean {
  return ENCRYPTING_TEXT.test(text) || splitIdentifier(withoutStrings(text)).some((w) => CIPHER_WORDS.has(w));
}

function withoutStrings(code: string): string {
  return code.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, ' ');
}

/** Sequelize's setter `set(v) { this.setDataValue('ssn', encrypt(v)); }`: the attribute is written only through the encrypting call. */
function encryptingAttributeWriters(facts: SourceFacts): string[] {
  return facts.calls.flatMap((call) => {
    const [name, ...values] = call.arguments;
    const encrypts = values.some((v) => v.references.some((r) => (r.through ?? []).some((t) => ENCRYPTING_TEXT.test(t))));
    return ATTRIBUTE_WRITERS.has(call.calleePath[call.calleePath.length - 1] ?? '') && name && encrypts ? [name.text.replace(/^:|^['"]|['"]$/g, '')] : [];
  });
}

/** Rails: `encrypts :ssn, :passport_number` in the model. */
function railsEncrypts(facts: SourceFacts): string[] {
  return facts.calls.filter((c) => c.calleePath.length === 1 && c.calleePath[0] === 'encrypts').flatMap((c) => c.arguments.map((a) => a.text.replace(/^:|^['"]|['"]$/g, '')));
}

/** Laravel: `protected $casts = ['ssn' => 'encrypted']` (or `encrypted:array`...), also as a `casts()` method's array. */
function laravelEncryptedCasts(facts: SourceFacts): string[] {
  return (facts.literals ?? []).filter((l) => l.kind === 'string' && l.key !== undefined && /^encrypted\b/.test(l.value)).map((l) => l.key!);
}

/** mongoose-field-encryption: `schema.plugin(fieldEncryption, { fields: ['ssn'], ... })`. */
function mongooseEncryptionPlugin(facts: SourceFacts): string[] {
  const plugins = facts.calls.filter((c) => c.calleePath[c.calleePath.length - 1] === 'plugin' && c.arguments[0] !== undefined && ENCRYPTING_TEXT.test(c.arguments[0].text));
  return (facts.literals ?? []).filter((l) => l.kind === 'string' && l.key === undefined && plugins.some((p) => contains(p.range, l.range))).map((l) => l.value);
}

/** EF Core: `builder.Property(p => p.Ssn).HasConversion(encryptingConverter)` on one line. */
function efCoreEncryptingConversions(facts: SourceFacts): string[] {
  const conversions = facts.calls.filter((c) => c.calleePath[c.calleePath.length - 1] === 'HasConversion' && c.arguments.some((a) => ENCRYPTING_TEXT.test(a.text)));
  const properties = facts.calls.filter((c: Call) => c.calleePath[c.calleePath.length - 1] === 'Property' && conversions.some((h) => h.range.start.line === c.range.start.line));
  return properties.flatMap((p) => p.arguments.flatMap((a) => a.references.map((r) => r.path[r.path.length - 1] ?? '')));
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/_/g, '');
}
