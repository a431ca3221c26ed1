/**
 * `--cache FILE` for scan and report: the content-hash cache is opened before the scan and saved
 * after it. Without the flag nothing is read or written. A cache that cannot be saved costs the
 * next run its speed, not this run its result, so that is a warning, not a failure.
 */
import * as path from 'path';
import { ScanCache } from '../core/scan/scanCache';
import type { CliIo } from './io';

export async function openCacheOption(cacheOption: string | undefined, io: CliIo): Promise<ScanCache | undefined> {
  return cacheOption === undefined ? undefined : ScanCache.open(path.resolve(io.cwd, cacheOption));
}

export async function saveCacheOption(cache: ScanCache | undefined, cacheOption: string | undefined, io: CliIo): Promise<void> {
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
