/**
 * `--cache FILE` for scan and report: the content-hash cache is opened before the scan and saved
 * after it. Without the flag nothing is read or written. A cache that cannot be saved costs the
 * next run its speed, not this run its result, so that is a warning, not a failure. A damaged or
 * outdated cache is replaced; a file that is not a cache at all (a mistyped `--cache src/app.ts`)
 * is refused before the scan, since saving would overwrite it.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { ScanCache } from '../core/scan/scanCache';
import { CliFailure } from './exitCodes';
import { fsFailureReason } from './fsErrors';
import type { CliIo } from './io';

/** The start of the first line of every cache file, whatever its version (src/core/scan/scanCache.ts writes it). */
const CACHE_HEADER_START = /^\{\s*"format"\s*:\s*"privacy-lens-scan-cache\//;

/** Runs `scan` with the --cache option's cache: saved when the scan succeeds, left as it was when it fails. */
export async function withCacheOption<T>(cacheOption: string | undefined, io: CliIo, scan: (cache: ScanCache | undefined) => Promise<T>): Promise<T> {
  const cache = await openCacheOption(cacheOption, io);
  try {
    const result = await scan(cache);
    await saveCacheOption(cache, cacheOption, io);
    return result;
  } finally {
    await cache?.discard();
  }
}

async function openCacheOption(cacheOption: string | undefined, io: CliIo): Promise<ScanCache | undefined> {
  if (cacheOption === undefined) {
    return undefined;
  }
  const file = path.resolve(io.cwd, cacheOption);
  await assertReplaceable(file, cacheOption);
  return ScanCache.open(file);
}

async function saveCacheOption(cache: ScanCache | undefined, cacheOption: string | undefined, io: CliIo): Promise<void> {
  if (!cache) {
    return;
  }
  try {
    await cache.save();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    io.stderr(`privacy-lens: could not write the cache ${cacheOption}: ${reason}; this scan's results are not affected\n`);
  }
}

/** Absent, empty, or starting as a cache does: anything else would be lost when the cache is saved. */
async function assertReplaceable(file: string, shownAs: string): Promise<void> {
  let firstBytes: string;
  try {
    const handle = await fs.open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
      firstBytes = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return; // nothing to lose; a path that cannot be created is the save's warning
    }
    throw new CliFailure(`cannot use --cache ${shownAs}: ${fsFailureReason(error)}`, { cause: error });
  }
  if (firstBytes.trim() !== '' && !CACHE_HEADER_START.test(firstBytes)) {
    throw new CliFailure(`--cache ${shownAs} is not a Privacy Lens cache file (its first line is not a cache header); refusing to overwrite it: delete it or name another file`);
  }
}
