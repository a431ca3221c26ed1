/**
 * Per-file budgets (`maxFileSizeKB`, `fileTimeBudgetMs`): a file over either is skipped with a
 * reason and the scan goes on. Bounded both ways: a budget of 0 would skip every file, and one
 * of hours would let a single hostile file hold the scan.
 */
import type { ConfigProblem } from './config';
import { DEFAULT_PARSE_BUDGET_MS } from './languages/parseBudget';
import { DEFAULT_MAX_FILE_BYTES } from './scan/fileReading';

export const DEFAULT_MAX_FILE_SIZE_KB = DEFAULT_MAX_FILE_BYTES / 1024;
export const MAX_FILE_SIZE_KB_RANGE = { min: 1, max: 100 * 1024 } as const;
export const FILE_TIME_BUDGET_MS_RANGE = { min: 100, max: 600_000 } as const;

export interface FileBudgets {
  readonly maxFileBytes: number;
  readonly fileTimeBudgetMs: number;
}

export const DEFAULT_FILE_BUDGETS: FileBudgets = { maxFileBytes: DEFAULT_MAX_FILE_BYTES, fileTimeBudgetMs: DEFAULT_PARSE_BUDGET_MS };

/** Reads both budgets from raw settings; a bad value is a problem naming the key, and its default is used. */
export function fileBudgets(raw: Readonly<Record<string, unknown>>, problems: ConfigProblem[]): FileBudgets {
  const kilobytes = boundedInteger(raw.maxFileSizeKB, 'maxFileSizeKB', MAX_FILE_SIZE_KB_RANGE, DEFAULT_MAX_FILE_SIZE_KB, problems);
  const fileTimeBudgetMs = boundedInteger(raw.fileTimeBudgetMs, 'fileTimeBudgetMs', FILE_TIME_BUDGET_MS_RANGE, DEFAULT_FILE_BUDGETS.fileTimeBudgetMs, problems);
  return { maxFileBytes: kilobytes * 1024, fileTimeBudgetMs };
}

function boundedInteger(value: unknown, key: string, range: { readonly min: number; readonly max: number }, fallback: number, problems: ConfigProblem[]): number {
  if (value === undefined) {
    return fallback;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max) {
    return value;
  }
  problems.push({ key, message: `expected a whole number from ${range.min} to ${range.max}, got ${typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? typeof value)}; using the default ${fallback}` });
  return fallback;
}
