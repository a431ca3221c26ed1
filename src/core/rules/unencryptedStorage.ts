/**
 * `unencrypted-sensitive-storage`: sensitive personal data (health, government ids, financial
 * accounts, biometrics...) kept in plaintext: a database column with no encryption (see
 * storageColumns.ts and storageEncryption.ts), or a value written to a file, a cache or a queue
 * (storageSinks.ts), followed through local data flow. Disk or volume encryption does not count:
 * it protects against a stolen disk, not against whoever can query the database or read the cache.
 */
import type { Call, Declaration, Reference, SourceFacts } from '../facts';
import { LocalFlow, type Source } from '../analysis/localFlow';
import type { RawFinding, TextRange } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import { isSensitiveClassification, sensitiveFields } from './personalDataFields';
import type { Rule, RuleContext } from './rule';
import { contains, type Stack, StoredColumns } from './storageColumns';
import { EncryptionMarkers } from './storageEncryption';
import { SINK_NAMES, sinkOf } from './storageSinks';

const AT_REST = ['encryption-at-rest'];

export const UNENCRYPTED_SENSITIVE_STORAGE: Rule = {
  id: 'unencrypted-sensitive-storage',
  description: 'Sensitive personal data stored in plaintext: a database column without encryption, or a write to a file, cache or queue.',
  defaultSeverity: 'warning',
  checklist: AT_REST,
  check: (facts, context) => [...plaintextColumns(facts, context), ...plaintextWrites(facts, context)],
};

function plaintextColumns(facts: SourceFacts, context: RuleContext): RawFinding[] {
  const columns = new StoredColumns(facts);
  const markers = new EncryptionMarkers(facts);
  return sensitiveFields(facts, context).flatMap(({ declaration, classification }) => {
    const stack = columns.stackOf(declaration);
    return stack && !markers.isEncrypted(declaration, classification) ? [columnFinding(declaration, classification.category, stack)] : [];
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
    case 'laravel':
      return `Cast it as encrypted in the model: \`'${name}' => 'encrypted'\` in $casts.`;
    case 'rails':
      return `Declare \`encrypts :${name}\` in the model (Active Record Encryption).`;
  }
}

/** Constructors of in-process maps: a `cache` made from one is memory, not storage. */
const IN_MEMORY_TYPES = new Set(['Map', 'WeakMap', 'LRUCache', 'LRU', 'HashMap', 'ConcurrentHashMap', 'MemoryCache', 'Dictionary', 'dict']);
/** What comes out of these is a count or a yes/no about the data, not the data. */
const AGGREGATES = new Set(['len', 'count', 'size', 'length', 'Count', 'Len', 'exists', 'bool']);
/** Conversions that keep the data, read as members of a chain: `ssn.getBytes()` is `ssn.bytes`. */
const CONVERSIONS = new Set(['bytes', 'toString', 'string', 'trim', 'strip', 'lower', 'upper', 'toLowerCase', 'toUpperCase', 'encode', 'toByteArray', 'toJSON']);
/**
 * Protecting calls the shared sanitiser words miss: ASP.NET Data Protection's `Protect`,
 * libsodium's `seal`, and `sha256(...)` (its name splits into `sha` and `256`).
 */
const ENCRYPTING_CALL = /protect|seal|cipher|^sha\d+$/i;

function plaintextWrites(facts: SourceFacts, context: RuleContext): RawFinding[] {
  const flow = new LocalFlow(facts.assignments);
  return facts.calls.flatMap((call) => {
    const sink = sinkOf(call, receiverOf(call, facts.calls));
    if (!sink || (sink === 'cache' && isInMemoryMap(call, facts))) {
      return [];
    }
    const written = call.arguments.flatMap((a) => a.references.flatMap((r) => sensitiveValue(r, flow, call, context)));
    return written.length > 0 ? [writeFinding(call, SINK_NAMES[sink], written)] : [];
  });
}

/** `redisTemplate.opsForValue().set(...)`: the callee path is `set` alone; its receiver is the call it starts with. */
function receiverOf(call: Call, calls: readonly Call[]): readonly string[] {
  if (call.calleePath.length > 1) {
    return [];
  }
  const receiver = calls.find((c) => c !== call && c.range.start.line === call.range.start.line && c.range.start.column === call.range.start.column && contains(call.range, c.range));
  return receiver?.calleePath ?? [];
}

function isInMemoryMap(call: Call, facts: SourceFacts): boolean {
  const receiver = call.calleePath[call.calleePath.length - 2];
  return (facts.assignments ?? []).some((a) => a.name === receiver && a.value.some((v) => IN_MEMORY_TYPES.has(v.path[v.path.length - 1] ?? '')));
}

interface SensitiveValue {
  readonly reference: Reference;
  readonly category: string;
  readonly description: string;
  readonly origin?: TextRange;
}

/**
 * The sensitive data a written reference holds, followed through local variables. A value that
 * went through an encrypting, hashing or masking call is not plaintext: `const ssn =
 * encrypt(p.ssn)` makes the variable's own name (`ssn`) no evidence, as what it holds is known.
 */
function sensitiveValue(reference: Reference, flow: LocalFlow, call: Call, { classifier }: RuleContext): SensitiveValue[] {
  const isProtected = (source: Source): boolean => source.through.some((name) => classifier.isSanitizer(name) || ENCRYPTING_CALL.test(name) || AGGREGATES.has(name));
  const [self, ...followed] = flow.sourcesOf(reference, call.scope);
  const candidates = [...(self && !followed.some(isProtected) ? [self] : []), ...followed].filter((source) => !isProtected(source));
  for (const source of candidates) {
    const path = withoutConversions(source.path);
    const leaf = path[path.length - 1];
    const owner = path[path.length - 2];
    const classification = leaf ? classifier.classify(leaf, owner ? { owner } : {}) : undefined;
    if (classification?.derivative) {
      return []; // `ssnHash`, `cardLast4`: the name says the value is reduced
    }
    if (classification && isSensitiveClassification(classification)) {
      const from = source.origin ? `, from ${source.path.join('.')}` : '';
      return [{ reference, category: classification.category, description: `${reference.path.join('.')} (${categoryLabel(classification.category)}${from})`, ...(source.origin ? { origin: source.origin } : {}) }];
    }
  }
  return [];
}

function withoutConversions(path: readonly string[]): readonly string[] {
  let end = path.length;
  while (end > 1 && CONVERSIONS.has(path[end - 1]!)) {
    end--;
  }
  return path.slice(0, end);
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
