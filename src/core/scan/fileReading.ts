/**
 * Reads a source file for scanning, or says why it was skipped, so that nothing is left out
 * silently: too large, binary, not decodable, unreadable.
 */
import { promises as fs } from 'fs';

export type SkipReason = 'size' | 'binary' | 'encoding' | 'minified' | 'time-budget' | 'unreadable' | 'parse-error';

export interface SkippedFile {
  readonly file: string;
  readonly reason: SkipReason;
  readonly detail: string;
}

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { readonly text: string } | { readonly reason: SkipReason; readonly detail: string };

export async function readSourceFile(absolutePath: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(absolutePath);
    if (stat.size > maxBytes) {
      return { reason: 'size', detail: `${stat.size} bytes is over the ${maxBytes}-byte limit` };
    }
    bytes = await fs.readFile(absolutePath);
  } catch (error) {
    return { reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  return decodeSource(bytes);
}

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
