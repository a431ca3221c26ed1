/**
 * The review file's text: parsing with validation that names the bad value by its JSON path, and
 * a serialisation meant to be read in code review. Keys come in a fixed order, ids and
 * fingerprints are sorted, so that one decision changes one block of lines and two branches that
 * record different decisions merge cleanly.
 */
import {
  type FindingReviewEntry,
  HIPAA_OUTCOMES,
  REVIEW_STATUSES,
  type ReviewChange,
  type ReviewEntry,
  type ReviewState,
} from './model';
import { refuseMergeConflict } from './reviewConflict';
import { migrateReviewDocument } from './reviewSchema';
import { expectKey, expectObject, expectOneOf, expectText, InvalidReviewFile, optional, optionalDate, optionalString } from './reviewValidation';

export { InvalidReviewFile } from './reviewValidation';

/** Entry fields in the order they are written. */
const ENTRY_FIELDS = ['status', 'hipaaOutcome', 'reviewer', 'date', 'note'] as const;
const FINDING_ENTRY_FIELDS = ['ruleId', 'file', ...ENTRY_FIELDS, 'suppressionReason'] as const;
const TOP_LEVEL_FIELDS = ['version', 'checklist', 'findings'] as const;

/**
 * Reads a review file's text. Unknown checklist ids are kept (a newer checklist may know them);
 * unknown fields are refused rather than dropped, because the next write would lose them. A file
 * of an older schema is migrated in memory.
 * @param source names the file in error messages.
 * @throws ReviewMergeConflict for git conflict markers, NewerReviewVersion for a schema newer than
 *   this one, InvalidReviewFile naming the file and the JSON path of the first bad value.
 */
export function parseReviewState(text: string, source: string): ReviewState {
  return parseReviewFile(text, source).state;
}

export interface ParsedReviewFile {
  readonly state: ReviewState;
  /** The schema version the text had; below CURRENT_REVIEW_VERSION when it was migrated. */
  readonly fromVersion: number;
}

/** parseReviewState, also saying which schema version the text had. */
export function parseReviewFile(text: string, source: string): ParsedReviewFile {
  // Before JSON.parse: a conflict is worth its own message, not "unexpected token at line 3".
  refuseMergeConflict(text, source);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InvalidReviewFile(source, '', `not valid JSON (${jsonErrorWhere(error, text)})`);
  }
  const { document, fromVersion } = migrateReviewDocument(expectObject(parsed, source, ''), source);
  const root = expectObject(document, source, '', TOP_LEVEL_FIELDS);
  // Absent sections are empty; `null` is refused like any other value that is not an object.
  const checklist = expectObject(root.checklist === undefined ? {} : root.checklist, source, 'checklist');
  const findings = expectObject(root.findings === undefined ? {} : root.findings, source, 'findings');
  const state: ReviewState = {
    version: 1,
    checklist: Object.fromEntries(Object.entries(checklist).map(([id, entry]) => [id, readEntry(entry, source, `checklist[${JSON.stringify(id)}]`)])),
    findings: Object.fromEntries(Object.entries(findings).map(([fingerprint, entry]) => [fingerprint, readFindingEntry(entry, source, `findings[${JSON.stringify(fingerprint)}]`)])),
  };
  return { state, fromVersion };
}

/** The file's text: fixed key order, sorted ids, 2-space indent, a trailing newline, no undefined fields. */
export function serializeReviewState(state: ReviewState): string {
  const ordered = {
    version: state.version,
    checklist: Object.fromEntries(sortedKeys(state.checklist).map((id) => [id, pick(state.checklist[id]!, ENTRY_FIELDS)])),
    findings: Object.fromEntries(sortedKeys(state.findings).map((fingerprint) => [fingerprint, pick(state.findings[fingerprint]!, FINDING_ENTRY_FIELDS)])),
  };
  return `${JSON.stringify(ordered, undefined, 2)}\n`;
}

/**
 * The state with one change applied; `entry: undefined` removes the decision. The entry is
 * validated first, so a bad value from a caller never reaches the file.
 * @throws InvalidReviewFile naming the change's JSON path.
 */
export function applyReviewChange(state: ReviewState, change: ReviewChange): ReviewState {
  if (change.kind === 'checklist') {
    const path = `checklist[${JSON.stringify(change.itemId)}]`;
    expectKey(change.itemId, 'review change', path);
    const checklist = { ...state.checklist };
    if (change.entry === undefined) {
      delete checklist[change.itemId];
    } else {
      checklist[change.itemId] = readEntry(change.entry, 'review change', path);
    }
    return { ...state, checklist };
  }
  const path = `findings[${JSON.stringify(change.fingerprint)}]`;
  expectKey(change.fingerprint, 'review change', path);
  const findings = { ...state.findings };
  if (change.entry === undefined) {
    delete findings[change.fingerprint];
  } else {
    findings[change.fingerprint] = readFindingEntry(change.entry, 'review change', path);
  }
  return { ...state, findings };
}

function readEntry(value: unknown, source: string, path: string): ReviewEntry {
  const entry = expectObject(value, source, path, ENTRY_FIELDS);
  return {
    status: expectOneOf(entry.status, REVIEW_STATUSES, source, `${path}.status`),
    ...optional('hipaaOutcome', entry.hipaaOutcome === undefined ? undefined : expectOneOf(entry.hipaaOutcome, HIPAA_OUTCOMES, source, `${path}.hipaaOutcome`)),
    ...optional('reviewer', optionalString(entry.reviewer, source, `${path}.reviewer`)),
    ...optional('date', optionalDate(entry.date, source, `${path}.date`)),
    ...optional('note', optionalString(entry.note, source, `${path}.note`)),
  };
}

function readFindingEntry(value: unknown, source: string, path: string): FindingReviewEntry {
  const entry = expectObject(value, source, path, FINDING_ENTRY_FIELDS);
  const { ruleId, file, suppressionReason, ...decision } = entry;
  return {
    ruleId: expectText(ruleId, source, `${path}.ruleId`),
    file: expectText(file, source, `${path}.file`),
    ...readEntry(decision, source, path),
    ...optional('suppressionReason', optionalString(suppressionReason, source, `${path}.suppressionReason`)),
  };
}

/** The fields of an entry that are set, in the written order. */
function pick(entry: object, fields: readonly string[]): Record<string, unknown> {
  const record = entry as Record<string, unknown>;
  return Object.fromEntries(fields.filter((field) => record[field] !== undefined).map((field) => [field, record[field]]));
}

/** Code-unit order, the same on every machine whatever its locale. */
function sortedKeys(record: object): string[] {
  return Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** "line 3, column 5" from V8's "... at position 42", or V8's own words when it gives no position. */
function jsonErrorWhere(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) {
    return message;
  }
  const before = text.slice(0, Number(position)).split('\n');
  return `${message.replace(/\s*in JSON at position \d+.*$/, '')} at line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}
