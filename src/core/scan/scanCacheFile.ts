/**
 * The scan cache's file, read and written without holding it: a monorepo's cache runs to
 * hundreds of megabytes (353 MB for the 1 GB benchmark corpus). Reading keeps, for each line,
 * its key and where its result sits, and reads a result only on a hit; writing appends each
 * file's line to a temporary file as the file finishes, renamed over the cache at the end.
 *
 * A line is `key<TAB>"path"<TAB>result JSON`. JSON escapes tabs and line breaks inside strings,
 * so the first two tabs split a line and every line break ends one.
 */
import { read as readCallback, promises as fs } from 'fs';
import type { FileHandle } from 'fs/promises';
import * as path from 'path';
import { promisify } from 'util';
import { holdTemporary, releaseTemporary } from './temporaryFiles';

/** A line of the previous cache: its key, and where its result's bytes are. */
export interface IndexedLine {
  readonly key: string;
  readonly offset: number;
  readonly bytes: number;
}

export interface CacheIndex {
  /** By file path. */
  readonly lines: ReadonlyMap<string, IndexedLine>;
  /** Open for reading results; closed by the caller. Absent when the file was missing or not this build's. */
  readonly handle?: FileHandle;
}

const KEY = /^[0-9a-f]{64}$/;
const LINE_BREAK = 0x0a;
const TAB = 0x09;

/** Every well-formed line of `file` after a header `isHeader` accepts; nothing when the header is refused. */
export async function readCacheIndex(file: string, isHeader: (line: string) => boolean): Promise<CacheIndex> {
  const handle = await fs.open(file, 'r');
  const lines = new Map<string, IndexedLine>();
  let header = true;
  try {
    for await (const { offset, line } of linesOf(handle)) {
      if (header) {
        if (!isHeader(line.toString('utf8'))) {
          await handle.close();
          return { lines };
        }
        header = false;
        continue;
      }
      const entry = indexLine(line, offset);
      if (entry) {
        lines.set(entry.file, entry.indexed);
      }
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  return { lines, handle };
}

const readAt = promisify(readCallback);

/**
 * The result text of an indexed line, or nothing when it cannot be read whole. A warm scan reads
 * one per file, so this reads through the callback API on the handle's descriptor: FileHandle's
 * own `read` costs about a third more per call.
 */
export async function readResultText(handle: FileHandle, line: IndexedLine): Promise<string | undefined> {
  const buffer = Buffer.alloc(line.bytes);
  const { bytesRead } = await readAt(handle.fd, buffer, 0, line.bytes, line.offset);
  return bytesRead === line.bytes ? buffer.toString('utf8') : undefined;
}

/** `key<TAB>"path"<TAB>…`: the key and path are read now, the result only where it sits. */
function indexLine(line: Buffer, offset: number): { file: string; indexed: IndexedLine } | undefined {
  const first = line.indexOf(TAB);
  const second = first < 0 ? -1 : line.indexOf(TAB, first + 1);
  if (second < 0) {
    return undefined;
  }
  const key = line.toString('latin1', 0, first);
  if (!KEY.test(key)) {
    return undefined;
  }
  try {
    const file: unknown = JSON.parse(line.toString('utf8', first + 1, second));
    return typeof file === 'string' ? { file, indexed: { key, offset: offset + second + 1, bytes: line.length - second - 1 } } : undefined;
  } catch {
    return undefined;
  }
}

/** The file's lines with the byte offset of each, read in 1 MB pieces. */
async function* linesOf(handle: FileHandle): AsyncGenerator<{ offset: number; line: Buffer }> {
  const piece = Buffer.alloc(1 << 20);
  let carried: Buffer = Buffer.alloc(0);
  let carriedFrom = 0;
  let position = 0;
  for (;;) {
    const { bytesRead } = await handle.read(piece, 0, piece.length, position);
    if (bytesRead === 0) {
      break;
    }
    const data = carried.length > 0 ? Buffer.concat([carried, piece.subarray(0, bytesRead)]) : piece.subarray(0, bytesRead);
    const dataFrom = carried.length > 0 ? carriedFrom : position;
    position += bytesRead;
    let start = 0;
    for (let end = data.indexOf(LINE_BREAK); end >= 0; end = data.indexOf(LINE_BREAK, start)) {
      yield { offset: dataFrom + start, line: data.subarray(start, end) };
      start = end + 1;
    }
    // The unfinished line is copied: `piece` is read into again.
    carried = Buffer.from(data.subarray(start));
    carriedFrom = dataFrom + start;
  }
  if (carried.length > 0) {
    yield { offset: carriedFrom, line: carried };
  }
}

/** Lines are written in batches of about this many bytes. */
const BATCH_BYTES = 1 << 20;

/**
 * Appends lines to a temporary file beside `file`, renamed over it by save(). A failure to write
 * is kept, not thrown: the cache only makes the next scan faster, so save() reports it afterwards.
 */
export class CacheFileWriter {
  private readonly temporary: string;
  private handle?: Promise<FileHandle>;
  private batch: string[] = [];
  private batchBytes = 0;
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown;
  private finished = false;

  constructor(
    private readonly file: string,
    private readonly header: string,
  ) {
    this.temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  }

  /** Resolves once the line is written or batched; a waiting caller holds back the scan when the disk is slower. */
  append(line: string): Promise<void> {
    this.batch.push(`${line}\n`);
    this.batchBytes += line.length + 1;
    return this.batchBytes >= BATCH_BYTES ? this.flush() : Promise.resolve();
  }

  async save(): Promise<void> {
    await this.flush();
    this.finished = true;
    if (this.failure === undefined) {
      try {
        const handle = await this.opened();
        await handle.close();
        await fs.rename(this.temporary, this.file);
        releaseTemporary(this.temporary);
        return;
      } catch (error) {
        this.failure = error;
      }
    }
    await this.discard();
    throw this.failure;
  }

  /** Removes the temporary file; nothing replaces the cache. */
  async discard(): Promise<void> {
    this.finished = true;
    await this.writing;
    await this.handle?.then((h) => h.close()).catch(() => undefined);
    await fs.rm(this.temporary, { force: true }).catch((error: NodeJS.ErrnoException) => {
      // A folder that could not be made (a file stands where it would be) holds no temporary file.
      if (error.code !== 'ENOTDIR') {
        throw error;
      }
    });
    releaseTemporary(this.temporary);
  }

  private flush(): Promise<void> {
    const text = this.batch.join('');
    this.batch = [];
    this.batchBytes = 0;
    if (this.finished || this.failure !== undefined) {
      return this.writing;
    }
    this.writing = this.writing.then(async () => {
      try {
        const handle = await this.opened();
        if (text !== '') {
          await handle.write(text);
        }
      } catch (error) {
        this.failure ??= error;
      }
    });
    return this.writing;
  }

  /** The temporary file, created with its header on first use. */
  private opened(): Promise<FileHandle> {
    this.handle ??= (async () => {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      holdTemporary(this.temporary);
      const handle = await fs.open(this.temporary, 'w');
      await handle.write(`${this.header}\n`);
      return handle;
    })();
    return this.handle;
  }
}
