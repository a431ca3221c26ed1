/**
 * Signs that a stored column is encrypted (or holds no plaintext): on the column itself (an
 * encrypting transformer, converter, attribute, tag, field type or comment; a name that says
 * ciphertext; a binary column), or elsewhere in the same file (Rails `encrypts :ssn`, Laravel
 * `$casts = ['ssn' => 'encrypted']`, mongoose-field-encryption's `fields: ['ssn']`, EF Core
 * `.Property(p => p.Ssn).HasConversion(encryptor)`). A hash is not plaintext either, but the
 * classifier already reads `ssnHash` as a pseudonymous id rather than the SSN.
 */
import type { Call, Declaration, SourceFacts } from '../facts';
import type { Classification } from '../taxonomy/classifier';
import { splitIdentifier } from '../taxonomy/identifiers';
import { contains } from './storageColumns';

/** In an annotation, tag, type or converter: `@Convert(converter = SsnEncryptor.class)`, `serializer:encrypted`, `pgp_sym_encrypt`. */
const ENCRYPTING_TEXT = /encrypt|crypt|cipher|ProtectedPersonalData/i;
/** Words in a column name that say it holds ciphertext: `ssnEncrypted`, `encrypted_ssn`, `ssn_enc`, `diagnosisCiphertext`. */
const CIPHERTEXT_WORDS = new Set(['encrypted', 'encrypt', 'enc', 'crypted', 'cipher', 'ciphertext', 'ciphered', 'sealed']);
/** Column types for bytes: pgcrypto and application-side encryption store ciphertext in them. */
const BINARY_TYPE = /^(bytea|varbinary|binary|blob|longblob|mediumblob|bytes)\b/i;
/** Comments that mark a Prisma field for prisma-field-encryption. */
const ENCRYPTED_COMMENT = /@encrypted\b/;

export class EncryptionMarkers {
  /** Column names (normalised) that code elsewhere in the file encrypts. */
  private readonly encryptedNames: ReadonlySet<string>;

  constructor(private readonly facts: SourceFacts) {
    this.encryptedNames = new Set([...railsEncrypts(facts), ...laravelEncryptedCasts(facts), ...mongooseEncryptionPlugin(facts), ...efCoreEncryptingConversions(facts)].map(normalise));
  }

  /** Whether `column` (classified as `classification`) is encrypted or holds no plaintext. */
  isEncrypted(column: Declaration, classification: Classification): boolean {
    const binaryHoldsCiphertext = BINARY_TYPE.test(column.typeText ?? '') && !classification.category.startsWith('user.biometric');
    return (
      this.encryptedNames.has(normalise(column.name)) ||
      splitIdentifier(column.name).some((w) => CIPHERTEXT_WORDS.has(w)) ||
      ENCRYPTING_TEXT.test(column.typeText ?? '') ||
      (column.annotations ?? []).some((a) => ENCRYPTING_TEXT.test(a)) ||
      binaryHoldsCiphertext ||
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
