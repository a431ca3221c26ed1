/**
 * A workspace scan's result kept on disk as its files finish, for the CLI. Held in memory, a
 * monorepo's findings cost more than the scan itself (400,000 findings for the 1 GB benchmark
 * corpus, 325 MB as a JSON report). Each file's findings, and its suppressed findings, become a
 * JSON line; past a few megabytes the lines go to a temporary file, and only where each sits,
 * the counts and the short lists (skipped files, rule errors) stay in memory. The reports read
 * the lines back in file order, one file at a time, each time they walk a list. A project of
 * ordinary size never touches the disk.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compareFindings, type Finding } from '../model';
import { StreamedList } from '../report/reportList';
import type { SkippedFile } from './fileReading';
import type { CachedFileResult } from './scanCache';
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

/** Where one list of one file sits: its place among the lines held, and in the file once spilled. */
interface SpooledLine {
  readonly index: number;
  readonly offset: number;
  readonly bytes: number;
}

interface SpooledFile {
  findings?: SpooledLine;
  suppressed?: SpooledLine;
}

/** Lines are written in batches of about this many bytes: one write per batch, not per file. */
const BATCH_BYTES = 1 << 20;
/** Lines are held in memory up to this many bytes before they go to disk. */
const DEFAULT_HOLD_BYTES = 32 << 20;

/** Where the temporary file goes and when (for tests; the defaults suit the CLI). */
export interface SpoolOptions {
  /** Default: the system's temporary folder (TMPDIR). */
  readonly folder?: string;
  /** Default: 32 MB. 0 writes every line to disk. */
  readonly holdBytes?: number;
}

export class ScanResultSpool implements ScanResultSink {
  private readonly files = new Map<string, SpooledFile>();
  private readonly skipped: SkippedFile[] = [];
  private readonly ruleErrors: FileRuleError[] = [];
  private filesScanned = 0;
  private findingCount = 0;
  private suppressedCount = 0;
  /** The lines not yet written: all of them until the spool spills, then the current batch. */
  private held: string[] = [];
  private heldBytes = 0;
  private lineCount = 0;
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
    this.files.set(file, {
      ...(result.findings.length > 0 ? { findings: this.append(result.findings) } : {}),
      ...(result.suppressed.length > 0 ? { suppressed: this.append(result.suppressed) } : {}),
    });
  }

  addSkipped(skipped: SkippedFile): void {
    this.skipped.push(skipped);
  }

  /** The result in file order, as a WorkspaceScanResult gives it; its lists are read from disk on every walk. */
  lists(): ScanResultLists {
    if (this.disk) {
      this.flush();
    }
    const files = [...this.files.keys()].sort(compareFiles);
    const read = (which: keyof SpooledFile) => (): Iterable<FileFinding> => this.readInFileOrder(files, which);
    return {
      findings: new StreamedList(this.findingCount, read('findings')),
      suppressed: new StreamedList(this.suppressedCount, read('suppressed')) as StreamedList<FileSuppressedFinding>,
      filesScanned: this.filesScanned,
      skipped: [...this.skipped].sort((a, b) => compareFiles(a.file, b.file)),
      ruleErrors: [...this.ruleErrors].sort(compareRuleErrors),
    };
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
    }
  }

  private append(items: readonly Finding[]): SpooledLine {
    const line = JSON.stringify(items);
    const bytes = Buffer.byteLength(line) + 1;
    const spooled = { index: this.lineCount++, offset: this.end, bytes };
    this.end += bytes;
    this.held.push(line);
    this.heldBytes += bytes;
    if (this.heldBytes >= (this.disk ? BATCH_BYTES : this.holdBytes)) {
      this.flush();
    }
    return spooled;
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
      const file = path.join(folder, 'results.jsonl');
      return { folder, file, fd: fs.openSync(file, 'w+') };
    } catch (error) {
      throw new Error(`cannot create the scan's temporary results file in ${parent}: ${(error as Error).message}`, { cause: error });
    }
  }

  private *readInFileOrder(files: readonly string[], which: keyof SpooledFile): Generator<FileFinding> {
    if (this.disposed) {
      throw new Error('the scan result spool was disposed before its report was written');
    }
    let buffer = Buffer.alloc(64 * 1024);
    for (const file of files) {
      const line = this.files.get(file)?.[which];
      if (!line) {
        continue;
      }
      let text: string;
      if (this.disk) {
        if (buffer.length < line.bytes) {
          buffer = Buffer.alloc(line.bytes);
        }
        const read = fs.readSync(this.disk.fd, buffer, 0, line.bytes, line.offset);
        text = buffer.toString('utf8', 0, read);
      } else {
        text = this.held[line.index]!;
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
