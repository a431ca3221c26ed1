/**
 * Scans many files: the CLI's `scan` and the extension's "Scan Workspace" both run this.
 * Every file is either scanned or listed as skipped with its reason.
 */
import { DEFAULT_CONFIG, type PrivacyLensConfig } from '../config';
import type { FilePersonalDataRecord } from '../inventory/model';
import { compareFindings, comparePositions, type Finding } from '../model';
import { ParseBudgetExceeded } from '../languages/treeSitter';
import { DEFAULT_MAX_FILE_BYTES, readSourceFile, type SkippedFile } from './fileReading';
import { collectSourceFiles, type SourceFile } from './fileWalker';
import { Scanner, type SuppressedFinding } from './scanner';

export interface FileFinding extends Finding {
  /** Relative to the scan root, `/` separators. */
  readonly file: string;
}

export type FileSuppressedFinding = SuppressedFinding & { readonly file: string };

export interface WorkspaceScanResult {
  readonly findings: readonly FileFinding[];
  readonly suppressed: readonly FileSuppressedFinding[];
  readonly filesScanned: number;
  readonly skipped: readonly SkippedFile[];
  readonly ruleErrors: readonly { readonly file: string; readonly ruleId: string; readonly message: string }[];
  /** Types, models and tables holding personal data, by file then position: the data inventory's records. */
  readonly records: readonly FilePersonalDataRecord[];
}

export interface WorkspaceScanOptions {
  readonly config?: PrivacyLensConfig;
  readonly scanner?: Scanner;
  readonly maxFileBytes?: number;
  readonly timeBudgetMs?: number;
  readonly onProgress?: (done: number, total: number, file: string) => void;
  readonly isCancelled?: () => boolean;
}

export async function scanWorkspace(root: string, targets: readonly string[], options: WorkspaceScanOptions = {}): Promise<WorkspaceScanResult> {
  const config = options.config ?? DEFAULT_CONFIG;
  const scanner = options.scanner ?? new Scanner();
  const files = await collectSourceFiles(root, targets, config);
  const result: MutableScanResult = { findings: [], suppressed: [], filesScanned: 0, skipped: [], ruleErrors: [], records: [] };
  for (const [index, file] of files.entries()) {
    if (options.isCancelled?.()) {
      break;
    }
    await scanOneFile(file, scanner, config, options, result);
    options.onProgress?.(index + 1, files.length, file.relativePath);
  }
  result.findings.sort(compareFileFindings);
  result.suppressed.sort(compareFileFindings);
  result.records.sort((a, b) => compareFiles(a.file, b.file) || comparePositions(a.range.start, b.range.start));
  return result;
}

/** The result while files are added to it. */
interface MutableScanResult {
  findings: FileFinding[];
  suppressed: FileSuppressedFinding[];
  filesScanned: number;
  skipped: SkippedFile[];
  ruleErrors: WorkspaceScanResult['ruleErrors'][number][];
  records: FilePersonalDataRecord[];
}

async function scanOneFile(
  file: SourceFile,
  scanner: Scanner,
  config: PrivacyLensConfig,
  options: WorkspaceScanOptions,
  result: MutableScanResult,
): Promise<void> {
  const read = await readSourceFile(file.absolutePath, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (!('text' in read)) {
    result.skipped.push({ file: file.relativePath, reason: read.reason, detail: read.detail });
    return;
  }
  try {
    const scanned = await scanner.scanText(read.text, { languageId: file.languageId, filePath: file.relativePath, config, ...(options.timeBudgetMs ? { timeBudgetMs: options.timeBudgetMs } : {}) });
    result.filesScanned++;
    result.findings.push(...scanned.findings.map((f) => ({ ...f, file: file.relativePath })));
    result.suppressed.push(...scanned.suppressed.map((f) => ({ ...f, file: file.relativePath })));
    result.ruleErrors.push(...scanned.ruleErrors.map((e) => ({ ...e, file: file.relativePath })));
    result.records.push(...scanned.records.map((r) => ({ ...r, file: file.relativePath })));
  } catch (error) {
    const reason = error instanceof ParseBudgetExceeded ? 'time-budget' : 'parse-error';
    result.skipped.push({ file: file.relativePath, reason, detail: error instanceof Error ? error.message : String(error) });
  }
}

function compareFileFindings(a: FileFinding, b: FileFinding): number {
  return compareFiles(a.file, b.file) || compareFindings(a, b);
}

function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
