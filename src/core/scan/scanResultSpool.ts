/**
 * A workspace scan's result kept on disk as its files finish, for the CLI. Held in memory, a
 * monorepo's findings cost more than the scan itself (400,000 findings for the 1 GB benchmark
 * corpus, 325 MB as a JSON report). Each file's findings, and its suppressed findings, become a
 * JSON line; past 8 MB the lines go to a temporary file, and only where each sits,
 * the counts and the short lists (skipped files, rule errors) stay in memory. The reports read
 * the lines back in file order, one file at a time, each time they walk a list. A project of
 * ordinary size never touches the disk.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compareFindings, type Finding } from '../model';
import { countBySeverity, type SeverityCounts } from '../report/mergeShardMarks';
import { StreamedList } from '../report/reportList';
import type { SkippedFile } from './fileReading';
import type { CachedFileResult } from './scanCache';
import { holdTemporary, releaseTemporary } from './temporaryFiles';
import {
  compareFiles,
  compareRuleErrors,
  type FileFinding,
  type FileRuleError,
  type FileSuppressedFinding,
  type ScanResultLists,
  type ScanResultSink,
  withFile,
} from './workspaceScan';

/** The two lists of a file that go to the spool, each a line of its own. */
type SpooledList = 'findings' | 'suppressed';

/** Lines are written in batches of about this many bytes: one write per batch, not per file. */
const BATCH_BYTES = 1 << 20;
/** Lines are held in memory up to this many bytes (about 10,000 findings) before they go to disk. */
const DEFAULT_HOLD_BYTES = 8 << 20;

/** Where the temporary file goes and when (for tests; the defaults suit the CLI). */
export interface SpoolOptions {
  /** Default: the system's temporary folder (TMPDIR). */
  readonly folder?: string;
  /** Default: 8 MB. 0 writes every line to disk. */
  readonly holdBytes?: number;
}

export class ScanResultSpool implements ScanResultSink {
  /** Each file's line of each list, by file: numbers, not objects, as there can be a line for most of a monorepo's files. */
  private readonly lineOf: Readonly<Record<SpooledList, Map<string, number>>> = { findings: new Map(), suppressed: new Map() };
  /** Where line i starts in the file, and its length in bytes with its line break. */
  private readonly lineOffsets: number[] = [];
  private readonly lineBytes: number[] = [];
  private readonly skipped: SkippedFile[] = [];
  private readonly ruleErrors: FileRuleError[] = [];
  private filesScanned = 0;
  private findingCount = 0;
  private suppressedCount = 0;
  /** Kept as findings arrive, so the exit code and a shard's mark need no walk of the spool. */
  private readonly bySeverity = countBySeverity([]);
  /** The lines not yet written: all of them until the spool spills, then the current batch. */
  private held: string[] = [];
  private heldBytes = 0;
  /** Bytes so far: where the next line starts in the file. */
  private end = 0;
  private disk?: { readonly folder: string; readonly file: string; readonly fd: number };
  private disposed = false;
  private readonly holdBytes: number;

  constructor(private readonly options: SpoolOptions = {}) {
    this.holdBytes = options.holdBytes ?? DEFAULT_HOLD_BYTES;
  }

  addFile(file: string, result: CachedFileResult): void {
    this.filesScanned++;
    this.ruleErrors.push(...withFile(file, result.ruleErrors));
    if (result.findings.length === 0 && result.suppressed.length === 0) {
      return;
    }
    this.findingCount += result.findings.length;
    this.suppressedCount += result.suppressed.length;
    for (const finding of result.findings) {
      this.bySeverity[finding.severity]++;
    }
    for (const list of ['findings', 'suppressed'] as const) {
      if (result[list].length > 0) {
        this.lineOf[list].set(file, this.append(result[list]));
      }
    }
  }

  addSkipped(skipped: SkippedFile): void {
    this.skipped.push(skipped);
  }

  /** The result in file order, as a WorkspaceScanResult gives it; its lists are read from disk on every walk. */
  lists(): ScanResultLists {
    if (this.disk) {
      this.flush();
    }
    const read = (list: SpooledList) => {
      const files = [...this.lineOf[list].keys()].sort(compareFiles);
      return (): Iterable<FileFinding> => this.readInFileOrder(files, list);
    };
    return {
      findings: new StreamedList(this.findingCount, read('findings')),
      suppressed: new StreamedList(this.suppressedCount, read('suppressed')) as StreamedList<FileSuppressedFinding>,
      filesScanned: this.filesScanned,
      skipped: [...this.skipped].sort((a, b) => compareFiles(a.file, b.file)),
      ruleErrors: [...this.ruleErrors].sort(compareRuleErrors),
    };
  }

  /** The findings counted by severity (not the suppressed ones), as countBySeverity over the findings gives them. */
  findingsBySeverity(): SeverityCounts {
    return { ...this.bySeverity };
  }

  /** Whether the lines went to a temporary file (the result outgrew what is held in memory). */
  get spilled(): boolean {
    return this.disk !== undefined;
  }

  /** Closes and deletes the temporary file; the lists cannot be walked afterwards. */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.held = [];
    if (this.disk) {
      fs.closeSync(this.disk.fd);
      await fs.promises.rm(this.disk.folder, { recursive: true, force: true });
      releaseTemporary(this.disk.folder);
    }
  }

  /** Adds a line and returns its number. */
  private append(items: readonly Finding[]): number {
    const line = JSON.stringify(items);
    const bytes = Buffer.byteLength(line) + 1;
    this.lineOffsets.push(this.end);
    this.lineBytes.push(bytes);
    this.end += bytes;
    this.held.push(line);
    this.heldBytes += bytes;
    if (this.heldBytes >= (this.disk ? BATCH_BYTES : this.holdBytes)) {
      this.flush();
    }
    return this.lineOffsets.length - 1;
  }

  /** Writes the held lines to the temporary file, creating it on first use. */
  private flush(): void {
    if (this.held.length === 0) {
      return;
    }
    this.disk ??= this.createFile();
    writeAll(this.disk.fd, Buffer.from(`${this.held.join('\n')}\n`), this.disk.file);
    this.held = [];
    this.heldBytes = 0;
  }

  private createFile(): { folder: string; file: string; fd: number } {
    const parent = this.options.folder ?? os.tmpdir();
    try {
      const folder = fs.mkdtempSync(path.join(parent, 'privacy-lens-scan-'));
      holdTemporary(folder);
      const file = path.join(folder, 'results.jsonl');
      return { folder, file, fd: fs.openSync(file, 'w+') };
    } catch (error) {
      throw new Error(`cannot create the scan's temporary results file in ${parent}: ${(error as Error).message}`, { cause: error });
    }
  }

  private *readInFileOrder(files: readonly string[], list: SpooledList): Generator<FileFinding> {
    if (this.disposed) {
      throw new Error('the scan result spool was disposed before its report was written');
    }
    let buffer = Buffer.alloc(64 * 1024);
    for (const file of files) {
      const line = this.lineOf[list].get(file)!;
      let text: string;
      if (this.disk) {
        const bytes = this.lineBytes[line]!;
        if (buffer.length < bytes) {
          buffer = Buffer.alloc(bytes);
        }
        const read = fs.readSync(this.disk.fd, buffer, 0, bytes, this.lineOffsets[line]!);
        text = buffer.toString('utf8', 0, read);
      } else {
        text = this.held[line]!;
      }
      // The scanner's order within a file, sorted as a held result sorts it (the sort is stable).
      yield* withFile(file, JSON.parse(text) as Finding[]).sort(compareFindings);
    }
  }
}

/** fs.writeSync may write part of a buffer (a file-size limit, a full disk): the rest is written, or the error says why. */
function writeAll(fd: number, data: Buffer, file: string): void {
  try {
    for (let written = 0; written < data.length; ) {
      written += fs.writeSync(fd, data, written, data.length - written);
    }
  } catch (error) {
    throw new Error(`cannot write the scan's results to the temporary file ${file}: ${(error as Error).message}`, { cause: error });
  }
}
