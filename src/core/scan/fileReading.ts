/**
 * Reads a source file for scanning, or says why it was skipped, so that nothing is left out
 * silently: too large, binary, not decodable, unreadable.
 */
import * as fs from 'fs';
import { promisify } from 'util';

/**
 * The callback API, promisified, rather than fs/promises' FileHandle: a workspace scan opens every
 * file once, and FileHandle's bookkeeping made reading the 10 MB benchmark's 3,243 files about a
 * third slower.
 */
const open = promisify(fs.open);
const fstat = promisify(fs.fstat);
const read = promisify(fs.read);
const close = promisify(fs.close);

export type SkipReason = 'size' | 'binary' | 'encoding' | 'minified' | 'time-budget' | 'unreadable' | 'parse-error';

export interface SkippedFile {
  readonly file: string;
  readonly reason: SkipReason;
  readonly detail: string;
}

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { readonly text: string } | { readonly reason: SkipReason; readonly detail: string };

/**
 * The size is checked on the open file before anything is read, and at most one byte more than
 * `maxBytes` is ever read, so a file that grows after it was measured cannot fill the memory. A
 * FIFO, socket or device named like a source file is refused, not read: reading one could wait
 * forever (it is opened without blocking, so even the open cannot).
 */
export async function readSourceFile(absolutePath: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const file = await open(absolutePath, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const stat = await fstat(file);
      if (!stat.isFile()) {
        return { reason: 'unreadable', detail: `not a regular file (${stat.isDirectory() ? 'a directory' : 'a FIFO, socket or device'})` };
      }
      if (stat.size > maxBytes) {
        return { reason: 'size', detail: `${stat.size} bytes is over the ${maxBytes}-byte limit` };
      }
      bytes = await readAtMost(file, maxBytes + 1, stat.size);
    } finally {
      await close(file);
    }
  } catch (error) {
    return { reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  if (bytes.length > maxBytes) {
    return { reason: 'size', detail: `over the ${maxBytes}-byte limit (the file grew while it was read)` };
  }
  return decodeSource(bytes);
}

/**
 * `expected`: the size the file had when opened. The first buffer fits it and one byte more (a
 * typical source file is read in one call, into a buffer of its own size, not a 256 KB one); a
 * file that grew is read on in further chunks, up to `limit`.
 */
async function readAtMost(file: number, limit: number, expected: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let size = Math.min(limit, expected + 1, READ_CHUNK_BYTES); total < limit; size = Math.min(limit - total, READ_CHUNK_BYTES)) {
    // Each read gets a buffer of its own, so the chunks need no copying; only what was read is kept.
    const buffer = Buffer.allocUnsafe(size);
    const { bytesRead } = await read(file, buffer, 0, size, null);
    if (bytesRead === 0) {
      break;
    }
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (bytesRead < size) {
      // A regular file reads short only at its end: no second read to learn that (one call in five per file).
      break;
    }
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

const READ_CHUNK_BYTES = 256 * 1024;

/** UTF-8 (BOM optional) or UTF-16 with a BOM; a NUL byte elsewhere means binary. */
export function decodeSource(bytes: Uint8Array): ReadOutcome {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return { reason: 'binary', detail: 'contains NUL bytes' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { reason: 'encoding', detail: 'not valid UTF-8' };
  }
  return looksMinified(text) ? { reason: 'minified', detail: 'generated or minified code (very long lines)' } : { text };
}

/**
 * Bundles and minified files (`index-C_gcIYdA.js`) are build output, not the source a team
 * maintains: their findings repeat the sources' and their names are mangled. A workspace scan
 * skips them; a file the user opens in the editor is still scanned.
 */
export function looksMinified(text: string): boolean {
  if (text.length < MINIFIED_MIN_BYTES) {
    return false;
  }
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lines++;
  }
  return text.length / lines > MINIFIED_AVERAGE_LINE;
}

const MINIFIED_MIN_BYTES = 20_000;
const MINIFIED_AVERAGE_LINE = 500;
