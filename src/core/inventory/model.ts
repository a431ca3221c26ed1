/**
 * The data inventory: a draft record of processing in the shape of GDPR Art. 30(1) (categories of
 * data, where they are held, who receives them, purpose, lawful basis, retention), built from the
 * findings and from privacy annotations in the code. What the code does not say is "unknown".
 */
import type { TextRange } from '../model';

/**
 * A privacy annotation: a comment on a declaration recording purpose, lawful basis and retention,
 * e.g. `// @privacy purpose=essential.service.authentication basis=contract retention="2 years after account closure"`.
 * Purposes are fideslang data-use keys.
 */
export interface PrivacyAnnotation {
  readonly purposes: readonly string[];
  /** GDPR Art. 6(1) basis: consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests. */
  readonly lawfulBasis?: string;
  readonly retention?: string;
  /** The comment's range. */
  readonly range: TextRange;
  /** What in the comment could not be read (unknown key, unknown data use...), one line each. */
  readonly problems: readonly string[];
}

/** One field of a record that holds personal data. */
export interface RecordField {
  readonly name: string;
  readonly range: TextRange;
  readonly dataCategories: readonly string[];
  readonly sensitive: boolean;
  /** An annotation on the field itself; it takes precedence over the record's for this field. */
  readonly annotation?: PrivacyAnnotation;
}

/** A type, model, schema or table that holds personal data: what a CodeLens sits above. */
export interface PersonalDataRecord {
  readonly name: string;
  /** The whole declaration. */
  readonly range: TextRange;
  /** Its name: where the CodeLens and the annotation go. */
  readonly nameRange: TextRange;
  readonly fields: readonly RecordField[];
  /** The annotation on the record, or, when it has none, the first one on any of its fields. */
  readonly annotation?: PrivacyAnnotation;
}

export interface FilePersonalDataRecord extends PersonalDataRecord {
  /** Relative to the root, `/` separators. */
  readonly file: string;
}

/** A place in the workspace; 0-based like every engine range. */
export interface InventoryLocation {
  readonly file: string;
  readonly range: TextRange;
  /** The record (type, table) or sink it is in, when known. */
  readonly label?: string;
}

export type SinkKind = 'log' | 'url' | 'error' | 'client-storage' | 'third-party' | 'storage' | 'response';

export interface InventorySink {
  readonly kind: SinkKind;
  /** For third parties: the SDK or service ("Segment", "Sentry"). */
  readonly recipient?: string;
  readonly ruleId: string;
  readonly location: InventoryLocation;
  readonly fingerprint: string;
}

/** One data category, as an Art. 30(1) row. */
export interface InventoryEntry {
  /** fideslang key. */
  readonly category: string;
  /** Human name of the category. */
  readonly categoryName: string;
  readonly sensitive: boolean;
  readonly declaredIn: readonly InventoryLocation[];
  readonly sinks: readonly InventorySink[];
  /** Distinct third-party recipients among the sinks. */
  readonly recipients: readonly string[];
  /** From annotations on the records holding it; empty means unknown. */
  readonly purposes: readonly string[];
  readonly lawfulBases: readonly string[];
  readonly retention: readonly string[];
}

export interface DataInventory {
  readonly entries: readonly InventoryEntry[];
  readonly records: readonly FilePersonalDataRecord[];
}
