/**
 * How values read in the report: places as `file:line` (1-based, as editors show them), dates in
 * UTC so a report reads the same wherever it is opened, and the labels of the engine's enums.
 */
import type { Applicability } from '../../core/checklist/model';
import type { Severity } from '../../core/model';
import type { SinkKind } from '../../core/inventory/model';
import type { Verification } from '../../core/taxonomy/sensitivity';

/** `src/patient.ts:8` from a 0-based engine line. */
export function fileAndLine(file: string, zeroBasedLine: number): string {
  return `${file}:${zeroBasedLine + 1}`;
}

/** `2026-12-01 09:30 UTC`, or the text as given when it is not a date. */
export function utcDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

/** Today's date where the reviewer is, as the review file records it (YYYY-MM-DD). */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  information: 'Information',
  hint: 'Hint',
};

/** What each verification mark says; every citation shows one, so none is silently trusted. */
export const VERIFICATION_LABELS: Readonly<Record<Verification, string>> = {
  primary: 'primary text',
  secondary: 'secondary source',
  unverified: 'UNVERIFIED: confirm before relying on it',
};

export const APPLICABILITY_LABELS: Readonly<Record<Applicability, string>> = {
  applies: 'Applies',
  depends: 'Depends',
  'does-not-apply': 'Does not apply',
};

export const SINK_LABELS: Readonly<Record<SinkKind, string>> = {
  log: 'log',
  url: 'URL',
  error: 'error message',
  'client-storage': 'browser or device storage',
  'third-party': 'third party',
  storage: 'storage',
  response: 'HTTP response',
};

/** `1 finding`, `3 findings`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
