/**
 * Checks for the review file's values, each naming the file and the JSON path of what it refuses,
 * so that a hand edit gone wrong is found in a moment.
 */

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

export function expectObject(value: unknown, source: string, path: string, allowed?: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidReviewFile(source, path, `expected an object, found ${describeValue(value)}`);
  }
  const record = value as Record<string, unknown>;
  const unknown = allowed ? Object.keys(record).find((key) => !allowed.includes(key)) : undefined;
  if (unknown !== undefined) {
    throw new InvalidReviewFile(source, memberPath(path, unknown), `unknown field (expected ${allowed!.join(', ')})`);
  }
  return record;
}

/** `path.key`, or `path["odd key"]` when the key is not a plain name (an empty key must still be named). */
function memberPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) {
    return path ? `${path}.${key}` : key;
  }
  return `${path}[${JSON.stringify(key)}]`;
}

export function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], source: string, path: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  throw new InvalidReviewFile(source, path, `expected one of ${allowed.join(', ')}, found ${describeValue(value)}`);
}

export function expectText(value: unknown, source: string, path: string): string {
  if (typeof value === 'string' && value.trim() !== '') {
    return value;
  }
  throw new InvalidReviewFile(source, path, `expected a non-empty string, found ${describeValue(value)}`);
}

export function expectKey(key: string, source: string, path: string): void {
  if (key.trim() === '') {
    throw new InvalidReviewFile(source, path, 'the id is empty');
  }
}

export function optionalString(value: unknown, source: string, path: string): string | undefined {
  if (value === undefined || typeof value === 'string') {
    return value;
  }
  throw new InvalidReviewFile(source, path, `expected a string, found ${describeValue(value)}`);
}

/** YYYY-MM-DD naming a real day: `2026-02-30` is refused. */
export function optionalDate(value: unknown, source: string, path: string): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  // A date of the right shape may still name no day (2026-13-01, 0000-00-00): Date says NaN, not a throw.
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (day && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value as string)) {
    return value as string;
  }
  throw new InvalidReviewFile(source, path, `expected a date as YYYY-MM-DD, found ${describeValue(value)}`);
}

/** `{ key: value }`, or `{}` when the value is undefined: spread into an entry, it writes no undefined field. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A value as an error message shows it: `"done"`, `3`, `nothing`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value);
  }
  return Array.isArray(value) ? 'an array' : 'an object';
}

