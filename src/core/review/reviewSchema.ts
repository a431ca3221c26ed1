/**
 * The review file's schema versions and the migrations between them.
 *
 * Version 1 is the only format Privacy Lens has ever written: git history shows the file, its
 * reader and `"version": 1` arriving together, with no earlier shape. Version 0 is therefore
 * defined as the earliest shape a file can have without that field: the same `checklist` and
 * `findings` sections, and no `version` (or `"version": 0`), as a file written by hand from the
 * README's example would be. Its migration adds the version. A later schema adds one step to
 * MIGRATIONS, from the version before it, so that any old file climbs one step at a time.
 */
import { describeValue, InvalidReviewFile } from './reviewValidation';

export const CURRENT_REVIEW_VERSION = 1;

/** The version a file without a `version` field is read as. */
export const UNVERSIONED_REVIEW_VERSION = 0;

/** Turns a document of version N (the key) into one of version N + 1; the input is not changed. */
type Migration = (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;

const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (document) => ({ ...document, version: 1 }),
};

/** The file was written by a newer Privacy Lens: reading it could misread it, writing it would lose what it adds. */
export class NewerReviewVersion extends InvalidReviewFile {
  constructor(
    source: string,
    readonly version: number,
  ) {
    super(source, 'version', `${version} was written by a newer Privacy Lens (this one reads versions up to ${CURRENT_REVIEW_VERSION})`);
    this.name = 'NewerReviewVersion';
  }
}

export interface MigratedDocument {
  /** The document in the current schema (the same object when it already was). */
  readonly document: Record<string, unknown>;
  readonly fromVersion: number;
}

/**
 * The document carried through every migration from its version to the current one.
 * @throws NewerReviewVersion for a version above the current one; InvalidReviewFile for a version that is not a whole number.
 */
export function migrateReviewDocument(document: Record<string, unknown>, source: string): MigratedDocument {
  const fromVersion = versionOf(document.version, source);
  if (fromVersion > CURRENT_REVIEW_VERSION) {
    throw new NewerReviewVersion(source, fromVersion);
  }
  let migrated = document;
  for (let version = fromVersion; version < CURRENT_REVIEW_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step === undefined) {
      throw new Error(`review file schema: no migration from version ${version} to ${version + 1}`);
    }
    migrated = step(migrated);
  }
  return { document: migrated, fromVersion };
}

function versionOf(value: unknown, source: string): number {
  if (value === undefined) {
    return UNVERSIONED_REVIEW_VERSION;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
    return value;
  }
  throw new InvalidReviewFile(source, 'version', `expected a whole number (${CURRENT_REVIEW_VERSION} for this Privacy Lens), found ${describeValue(value)}`);
}
