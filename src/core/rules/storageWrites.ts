/**
 * What a write to a file, cache or queue holds: the sensitive values among its arguments,
 * followed through local variables, record accessors and the declared types of variables. A
 * value that went through an encrypting, hashing or masking call, or that is only a count of the
 * data, is not plaintext.
 */
import type { Call, Reference, SourceFacts } from '../facts';
import { LocalFlow, type Source } from '../analysis/localFlow';
import type { TextRange } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import type { Classification } from '../taxonomy/classifier';
import type { Classifier } from '../taxonomy/vocabulary';
import { receiverCallOf } from './factQueries';
import { isSensitiveClassification } from './personalDataFields';
import type { RuleContext } from './rule';
import { needsEncryptionAtRest } from './storageEncryption';
import { type SinkKind, sinkOf } from './storageSinks';
import { declaredRecordType, memberRead } from './valueReads';

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

/** A call that writes to a store, with the sensitive values it writes (at least one). */
export interface SensitiveWrite {
  readonly call: Call;
  readonly sink: SinkKind;
  readonly written: readonly SensitiveValue[];
}

export function sensitiveWrites(facts: SourceFacts, context: RuleContext): SensitiveWrite[] {
  const flow = new LocalFlow(facts.assignments);
  return facts.calls.flatMap((call) => {
    const sink = sinkOf(call, receiverCallOf(call, facts.calls)?.calleePath ?? []);
    if (!sink || (sink === 'cache' && isInMemoryMap(call, facts))) {
      return [];
    }
    const written = call.arguments.flatMap((a) => a.references.flatMap((r) => sensitiveValue(r, flow, call, facts, context)));
    return written.length > 0 ? [{ call, sink, written }] : [];
  });
}

function isInMemoryMap(call: Call, facts: SourceFacts): boolean {
  const receiver = call.calleePath[call.calleePath.length - 2];
  return (facts.assignments ?? []).some((a) => a.name === receiver && a.value.some((v) => IN_MEMORY_TYPES.has(v.path[v.path.length - 1] ?? '')));
}

export interface SensitiveValue {
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
function sensitiveValue(reference: Reference, flow: LocalFlow, call: Call, facts: SourceFacts, { classifier }: RuleContext): SensitiveValue[] {
  const isProtected = (source: Source): boolean => source.through.some((name) => classifier.isSanitizer(name) || ENCRYPTING_CALL.test(name) || AGGREGATES.has(name));
  const [self, ...followed] = flow.sourcesOf(reference, call.scope);
  const candidates = [...(self && !followed.some(isProtected) ? [self] : []), ...followed].filter((source) => !isProtected(source));
  for (const source of candidates) {
    const read = memberRead(source, facts.calls);
    const classification = classifyRead(withoutConversions(read.path), reference, facts, classifier);
    if (classification?.derivative) {
      return []; // `ssnHash`, `cardLast4`: the name says the value is reduced
    }
    if (classification && isSensitiveClassification(classification) && needsEncryptionAtRest(classification.category)) {
      const written = source.origin ? reference.path.join('.') : read.text;
      const from = source.origin ? `, from ${read.text}` : '';
      return [{ reference, category: classification.category, description: `${written} (${categoryLabel(classification.category)}${from})`, ...(source.origin ? { origin: source.origin } : {}) }];
    }
  }
  return [];
}

/** What a member chain holds: its leaf in the context of its owner, or of the type the owner variable was declared with. */
function classifyRead(path: readonly string[], reference: Reference, facts: SourceFacts, classifier: Classifier): Classification | undefined {
  const leaf = path[path.length - 1];
  const owner = path[path.length - 2];
  if (!leaf) {
    return undefined;
  }
  if (!owner) {
    return classifier.classify(leaf, {});
  }
  const recordType = path.length === 2 ? declaredRecordType(owner, reference, facts) : undefined;
  return (recordType ? classifier.classify(leaf, { owner: recordType }) : undefined) ?? classifier.classify(leaf, { owner });
}

function withoutConversions(path: readonly string[]): readonly string[] {
  let end = path.length;
  while (end > 1 && CONVERSIONS.has(path[end - 1]!)) {
    end--;
  }
  return path.slice(0, end);
}
