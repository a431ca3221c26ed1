/**
 * Scans many files: the CLI's `scan` and the extension's "Scan Workspace" both run this.
 * Every file is either scanned or listed as skipped with its reason.
 */
import { DEFAULT_CONFIG, type PrivacyLensConfig } from '../config';
import type { FilePersonalDataRecord } from '../inventory/model';
import { compareFindings, comparePositions, type Finding } from '../model';
import type { ReportList } from '../report/reportList';
import { ParseBudgetExceeded } from '../languages/parseBudget';
import { DEFAULT_MAX_FILE_BYTES, type ReadOutcome, readSourceFile, type SkippedFile } from './fileReading';
import { collectSourceFiles, type SourceFile, toRelative } from './fileWalker';
import { cacheContext, type CacheContext, type CachedFileResult, fileCacheKey, type ScanCache } from './scanCache';
import { FileTimeLimitExceeded } from './scanWorkerPool';
import type { RuleError, SuppressedFinding, TextScanner } from './scanner';

export interface FileFinding extends Finding {
  /** Relative to the scan root, `/` separators. */
  readonly file: string;
}

export type FileSuppressedFinding = SuppressedFinding & { readonly file: string };
export type FileRuleError = RuleError & { readonly file: string };

/**
 * What the scan command's reports read, every list in file order: a WorkspaceScanResult is one,
 * and so is a result spooled to disk (scanResultSpool.ts), whose findings are read back as walked.
 */
export interface ScanResultLists {
  readonly findings: ReportList<FileFinding>;
  readonly suppressed: ReportList<FileSuppressedFinding>;
  readonly filesScanned: number;
  readonly skipped: readonly SkippedFile[];
  readonly ruleErrors: readonly FileRuleError[];
}

export interface WorkspaceScanResult extends ScanResultLists {
  readonly findings: readonly FileFinding[];
  readonly suppressed: readonly FileSuppressedFinding[];
  /** Types, models and tables holding personal data, by file then position: the data inventory's records. */
  readonly records: readonly FilePersonalDataRecord[];
}

/** Where a scan puts each file's outcome as the file finishes; files finish in any order. */
export interface ScanResultSink {
  addFile(file: string, result: CachedFileResult): void;
  addSkipped(skipped: SkippedFile): void;
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

/** Scans the files under `targets` and returns every result, held, in file order. */
export async function scanWorkspace(root: string, targets: readonly string[], options: WorkspaceScanOptions): Promise<WorkspaceScanResult> {
  const collected = new CollectedScanResult();
  await scanWorkspaceInto(collected, root, targets, options);
  return collected.inFileOrder();
}

/** Scans the files under `targets`, handing each file's outcome to `sink` as it finishes. */
export async function scanWorkspaceInto(sink: ScanResultSink, root: string, targets: readonly string[], options: WorkspaceScanOptions): Promise<void> {
  const config = options.config ?? DEFAULT_CONFIG;
  const scanner = options.scanner;
  // Folders the walk could not list are skipped with their reason, like unreadable files.
  const unlisted: SkippedFile[] = [];
  // The cache file is the tool's own output: scanning it would make the findings depend on the flag.
  const walked = await collectSourceFiles(root, targets, config, unlisted);
  // By the path from the root, as the walk found them: building every file's absolute path to compare would be garbage for nothing.
  const cacheFile = options.cache ? toRelative(root, options.cache.file) : undefined;
  const files = cacheFile === undefined ? walked : walked.filter((f) => f.relativePath !== cacheFile);
  unlisted.forEach((skipped) => sink.addSkipped(skipped));
  const today = new Date().toISOString().slice(0, 10);
  const run: ScanRun = { scanner, config, options, today, ...(options.cache ? { cacheContext: cacheContext(config, today) } : {}) };
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
    const scanned: Promise<void> = scanOneFile(file, await reads.take(index), run, sink).then(() => {
      inFlight.delete(scanned);
      options.onProgress?.(++done, files.length, file.relativePath);
    });
    inFlight.add(scanned);
    if (inFlight.size >= inFlightLimit) {
      await Promise.race(inFlight);
    }
  }
  await Promise.all(inFlight);
}

/** Every file's outcome, held; sorted into file order at the end. */
class CollectedScanResult implements ScanResultSink {
  private readonly findings: FileFinding[] = [];
  private readonly suppressed: FileSuppressedFinding[] = [];
  private filesScanned = 0;
  private readonly skipped: SkippedFile[] = [];
  private readonly ruleErrors: FileRuleError[] = [];
  private readonly records: FilePersonalDataRecord[] = [];

  addFile(file: string, scanned: CachedFileResult): void {
    this.filesScanned++;
    this.findings.push(...withFile(file, scanned.findings));
    this.suppressed.push(...withFile(file, scanned.suppressed));
    this.ruleErrors.push(...withFile(file, scanned.ruleErrors));
    this.records.push(...withFile(file, scanned.records));
  }

  addSkipped(skipped: SkippedFile): void {
    this.skipped.push(skipped);
  }

  /** Files finish in any order when scanned in parallel; the result does not show it. */
  inFileOrder(): WorkspaceScanResult {
    return {
      findings: this.findings.sort(compareFileFindings),
      suppressed: this.suppressed.sort(compareFileFindings),
      filesScanned: this.filesScanned,
      skipped: this.skipped.sort((a, b) => compareFiles(a.file, b.file)),
      ruleErrors: this.ruleErrors.sort(compareRuleErrors),
      records: this.records.sort((a, b) => compareFiles(a.file, b.file) || comparePositions(a.range.start, b.range.start)),
    };
  }
}

export function withFile<T extends object>(file: string, items: readonly T[]): (T & { readonly file: string })[] {
  return items.map((item) => ({ ...item, file }));
}

export function compareRuleErrors(a: FileRuleError, b: FileRuleError): number {
  return compareFiles(a.file, b.file) || compareFiles(a.ruleId, b.ruleId);
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

async function scanOneFile(file: SourceFile, read: ReadOutcome, run: ScanRun, sink: ScanResultSink): Promise<void> {
  const { options } = run;
  if (!('text' in read)) {
    sink.addSkipped({ file: file.relativePath, reason: read.reason, detail: read.detail });
    return;
  }
  const cacheKey = run.cacheContext && fileCacheKey(run.cacheContext, file.relativePath, file.languageId, read.text);
  const cached = cacheKey ? await options.cache?.lookup(file.relativePath, cacheKey) : undefined;
  if (cached) {
    sink.addFile(file.relativePath, cached);
    return;
  }
  const budgetMs = options.timeBudgetMs ?? run.config.fileTimeBudgetMs;
  let scanned: CachedFileResult;
  try {
    scanned = await run.scanner.scanText(read.text, {
      languageId: file.languageId,
      filePath: file.relativePath,
      config: run.config,
      today: run.today,
      ...(budgetMs ? { timeBudgetMs: budgetMs } : {}),
    });
  } catch (error) {
    const reason = isOverBudget(error) ? 'time-budget' : 'parse-error';
    sink.addSkipped({ file: file.relativePath, reason, detail: error instanceof Error ? error.message : String(error) });
    return;
  }
  // Outside the try: a spool or cache that cannot be written is that failure, not this file's.
  sink.addFile(file.relativePath, scanned);
  if (cacheKey) {
    await options.cache?.store(file.relativePath, cacheKey, scanned);
  }
}

function compareFileFindings(a: FileFinding, b: FileFinding): number {
  return compareFiles(a.file, b.file) || compareFindings(a, b);
}

export function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A parse or tree read past its budget (rebuilt as such from a worker), or a worker stopped for overrunning. */
function isOverBudget(error: unknown): boolean {
  return error instanceof ParseBudgetExceeded || error instanceof FileTimeLimitExceeded;
}
