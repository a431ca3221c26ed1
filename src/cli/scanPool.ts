/**
 * The CLI scans files in worker threads (`--jobs N`, default one per core), the same pool the
 * extension uses; the pool is closed when the command is done with it, whatever happens.
 */
import { ScanWorkerPool } from '../core/scan/scanWorkerPool';

/**
 * Each CLI worker's heap limit. V8 sizes a heap's default limit from the machine's memory and,
 * under a large limit, lets a heap grow to several times what it holds before collecting: on
 * the 24 GB benchmark machine two workers grew by about 200 MB over the 100 MB corpus, whose
 * scan peaked at 552 MB without the limit and 361 MB with it. A 2 MB file, the default size cap,
 * needs at most about 140 MB. The extension's pool has no limit, so a large file open in the
 * editor (with a raised maxFileSizeKB) is never lost to it.
 */
export const CLI_WORKER_HEAP_LIMIT_MB = 256;

export async function withScanPool<T>(jobs: number | undefined, use: (pool: ScanWorkerPool) => Promise<T>): Promise<T> {
  const pool = new ScanWorkerPool({ ...(jobs === undefined ? {} : { size: jobs }), heapLimitMb: CLI_WORKER_HEAP_LIMIT_MB });
  try {
    return await use(pool);
  } finally {
    await pool.close();
  }
}
