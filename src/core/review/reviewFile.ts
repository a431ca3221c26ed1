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

/** A review file, or a change to one, that does not hold what the contract says. */
export class InvalidReviewFile extends Error {
  constructor(
    /** The file (or the caller) the value came from. */
    readonly source: string,
    /** JSON path of the bad value (`checklist["access-control"].status`), '' for the whole document. */
    readonly jsonPath: string,
    readonly reason: string,
  ) {
    super(`${source}: ${jsonPath ? `${jsonPath}: ` : ''}${reason}`);
    this.name = 'InvalidReviewFile';
  }
}

/** Entry fields in the order they are written. */
const ENTRY_FIELDS = ['status', 'hipaaOutcome', 'reviewer', 'date', 'note'] as const;
const FINDING_ENTRY_FIELDS = ['ruleId', 'file', ...ENTRY_FIELDS, 'suppressionReason'] as const;
const TOP_LEVEL_FIELDS = ['version', 'checklist', 'findings'] as const;

/**
 * Reads a review file's text. Unknown checklist ids are kept (a newer checklist may know them);
 * unknown fields are refused rather than dropped, because the next write would lose them.
 * @param source names the file in error messages.
 * @throws InvalidReviewFile naming the file and the JSON path of the first bad value.
 */
export function parseReviewState(text: string, source: string): ReviewState {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InvalidReviewFile(source, '', `not valid JSON (${jsonErrorWhere(error, text)})`);
  }
  const root = expectObject(document, source, '', TOP_LEVEL_FIELDS);
  if (root.version !== 1) {
    throw new InvalidReviewFile(source, 'version', `expected 1, found ${describe(root.version)}`);
  }
  const checklist = expectObject(root.checklist ?? {}, source, 'checklist');
  const findings = expectObject(root.findings ?? {}, source, 'findings');
  return {
    version: 1,
    checklist: Object.fromEntries(Object.entries(checklist).map(([id, entry]) => [id, readEntry(entry, source, `checklist[${JSON.stringify(id)}]`)])),
    findings: Object.fromEntries(Object.entries(findings).map(([fingerprint, entry]) => [fingerprint, readFindingEntry(entry, source, `findings[${JSON.stringify(fingerprint)}]`)])),
  };
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

function expectObject(value: unknown, source: string, path: string, allowed?: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidReviewFile(source, path, `expected an object, found ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const unknown = allowed ? Object.keys(record).find((key) => !allowed.includes(key)) : undefined;
  if (unknown !== undefined) {
    throw new InvalidReviewFile(source, path ? `${path}.${unknown}` : unknown, `unknown field (expected ${allowed!.join(', ')})`);
  }
  return record;
}

function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], source: string, path: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  throw new InvalidReviewFile(source, path, `expected one of ${allowed.join(', ')}, found ${describe(value)}`);
}

function expectText(value: unknown, source: string, path: string): string {
  if (typeof value === 'string' && value.trim() !== '') {
    return value;
  }
  throw new InvalidReviewFile(source, path, `expected a non-empty string, found ${describe(value)}`);
}

function expectKey(key: string, source: string, path: string): void {
  if (key.trim() === '') {
    throw new InvalidReviewFile(source, path, 'the id is empty');
  }
}

function optionalString(value: unknown, source: string, path: string): string | undefined {
  if (value === undefined || typeof value === 'string') {
    return value;
  }
  throw new InvalidReviewFile(source, path, `expected a string, found ${describe(value)}`);
}

/** YYYY-MM-DD naming a real day: `2026-02-30` is refused. */
function optionalDate(value: unknown, source: string, path: string): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) {
    return value;
  }
  throw new InvalidReviewFile(source, path, `expected a date as YYYY-MM-DD, found ${describe(value)}`);
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
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

function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value);
  }
  return Array.isArray(value) ? 'an array' : 'an object';
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
