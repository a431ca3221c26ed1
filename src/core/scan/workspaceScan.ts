/**
 * Scans many files: the CLI's `scan` and the extension's "Scan Workspace" both run this.
 * Every file is either scanned or listed as skipped with its reason.
 */
import { DEFAULT_CONFIG, type PrivacyLensConfig } from '../config';
import type { FilePersonalDataRecord } from '../inventory/model';
import { compareFindings, comparePositions, type Finding } from '../model';
import { ParseBudgetExceeded } from '../languages/parseBudget';
import { DEFAULT_MAX_FILE_BYTES, type ReadOutcome, readSourceFile, type SkippedFile } from './fileReading';
import { collectSourceFiles, type SourceFile } from './fileWalker';
import { cacheContext, type CacheContext, type CachedFileResult, fileCacheKey, type ScanCache } from './scanCache';
import { FileTimeLimitExceeded } from './scanWorkerPool';
import type { SuppressedFinding, TextScanner } from './scanner';

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
  /**
   * A ScanWorkerPool (the CLI and the extension) or a Scanner in this thread (tests, benchmarks).
   * No default: one would bundle the Scanner, its rules and adapters into the extension host.
   */
  readonly scanner: TextScanner;
  /** Default: the configuration's `maxFileSizeKB`. */
  readonly maxFileBytes?: number;
  /** Default: the configuration's `fileTimeBudgetMs`. */
  readonly timeBudgetMs?: number;
  readonly onProgress?: (done: number, total: number, file: string) => void;
  readonly isCancelled?: () => boolean;
  /**
   * Reuse the results of unchanged files and record the others; the caller saves it afterwards
   * (ScanCache.save), which keeps only the files this scan saw.
   */
  readonly cache?: ScanCache;
}

/** What every file of one scan shares. */
interface ScanRun {
  readonly scanner: TextScanner;
  readonly config: PrivacyLensConfig;
  readonly options: WorkspaceScanOptions;
  /** One date for the whole scan, so suppressions' `until` dates are read alike in every file. */
  readonly today: string;
  readonly cacheContext?: CacheContext;
}

export async function scanWorkspace(root: string, targets: readonly string[], options: WorkspaceScanOptions): Promise<WorkspaceScanResult> {
  const config = options.config ?? DEFAULT_CONFIG;
  const scanner = options.scanner;
  // Folders the walk could not list are skipped with their reason, like unreadable files.
  const unlisted: SkippedFile[] = [];
  // The cache file is the tool's own output: scanning it would make the findings depend on the flag.
  const files = (await collectSourceFiles(root, targets, config, unlisted)).filter((f) => f.absolutePath !== options.cache?.file);
  const today = new Date().toISOString().slice(0, 10);
  const run: ScanRun = { scanner, config, options, today, ...(options.cache ? { cacheContext: cacheContext(config, today) } : {}) };
  const result: MutableScanResult = { findings: [], suppressed: [], filesScanned: 0, skipped: [...unlisted], ruleErrors: [], records: [] };
  const reads = new ReadAhead(files, options.maxFileBytes ?? config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  // Twice a pool's parallelism in flight keeps every worker fed while results come back; a
  // Scanner in this thread scans one file at a time.
  const inFlightLimit = scanner.parallelism === undefined ? 1 : 2 * scanner.parallelism;
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  for (const [index, file] of files.entries()) {
    if (options.isCancelled?.()) {
      break;
    }
    const scanned: Promise<void> = scanOneFile(file, await reads.take(index), run, result).then(() => {
      inFlight.delete(scanned);
      options.onProgress?.(++done, files.length, file.relativePath);
    });
    inFlight.add(scanned);
    if (inFlight.size >= inFlightLimit) {
      await Promise.race(inFlight);
    }
  }
  await Promise.all(inFlight);
  result.findings.sort(compareFileFindings);
  result.suppressed.sort(compareFileFindings);
  // Files finish in any order when scanned in parallel; the result does not show it.
  result.skipped.sort((a, b) => compareFiles(a.file, b.file));
  result.ruleErrors.sort((a, b) => compareFiles(a.file, b.file) || compareFiles(a.ruleId, b.ruleId));
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

/**
 * Reads the next few files while one is scanned: with the cache warm, a scan is mostly waiting
 * on reads, and one at a time leaves the disk and the thread pool idle.
 */
class ReadAhead {
  private readonly pending = new Map<number, Promise<ReadOutcome>>();

  constructor(
    private readonly files: readonly SourceFile[],
    private readonly maxFileBytes: number,
  ) {}

  take(index: number): Promise<ReadOutcome> {
    for (let next = index; next < Math.min(this.files.length, index + READ_AHEAD_FILES); next++) {
      if (!this.pending.has(next)) {
        this.pending.set(next, readSourceFile(this.files[next]!.absolutePath, this.maxFileBytes));
      }
    }
    const read = this.pending.get(index)!;
    this.pending.delete(index);
    return read;
  }
}

/** At most this many files (each at most maxFileBytes) are held read but not yet scanned. */
const READ_AHEAD_FILES = 8;

async function scanOneFile(file: SourceFile, read: ReadOutcome, run: ScanRun, result: MutableScanResult): Promise<void> {
  const { options } = run;
  if (!('text' in read)) {
    result.skipped.push({ file: file.relativePath, reason: read.reason, detail: read.detail });
    return;
  }
  const cacheKey = run.cacheContext && fileCacheKey(run.cacheContext, file.relativePath, file.languageId, read.text);
  const cached = cacheKey ? options.cache?.lookup(file.relativePath, cacheKey) : undefined;
  if (cached) {
    addFileResult(file.relativePath, cached, result);
    return;
  }
  const budgetMs = options.timeBudgetMs ?? run.config.fileTimeBudgetMs;
  try {
    const scanned = await run.scanner.scanText(read.text, {
      languageId: file.languageId,
      filePath: file.relativePath,
      config: run.config,
      today: run.today,
      ...(budgetMs ? { timeBudgetMs: budgetMs } : {}),
    });
    addFileResult(file.relativePath, scanned, result);
    if (cacheKey) {
      options.cache?.store(file.relativePath, cacheKey, scanned);
    }
  } catch (error) {
    const reason = isOverBudget(error) ? 'time-budget' : 'parse-error';
    result.skipped.push({ file: file.relativePath, reason, detail: error instanceof Error ? error.message : String(error) });
  }
}

function addFileResult(file: string, scanned: CachedFileResult, result: MutableScanResult): void {
  result.filesScanned++;
  result.findings.push(...scanned.findings.map((f) => ({ ...f, file })));
  result.suppressed.push(...scanned.suppressed.map((f) => ({ ...f, file })));
  result.ruleErrors.push(...scanned.ruleErrors.map((e) => ({ ...e, file })));
  result.records.push(...scanned.records.map((r) => ({ ...r, file })));
}

function compareFileFindings(a: FileFinding, b: FileFinding): number {
  return compareFiles(a.file, b.file) || compareFindings(a, b);
}

function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A parse or tree read past its budget (rebuilt as such from a worker), or a worker stopped for overrunning. */
function isOverBudget(error: unknown): boolean {
  return error instanceof ParseBudgetExceeded || error instanceof FileTimeLimitExceeded;
}
