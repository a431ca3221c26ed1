/**
 * The CLI scans files in worker threads (`--jobs N`, default one per core), the same pool the
 * extension uses; the pool is closed when the command is done with it, whatever happens.
 */
import { ScanWorkerPool } from '../core/scan/scanWorkerPool';

export async function withScanPool<T>(jobs: number | undefined, use: (pool: ScanWorkerPool) => Promise<T>): Promise<T> {
  const pool = new ScanWorkerPool(jobs === undefined ? {} : { size: jobs });
  try {
    return await use(pool);
  } finally {
    await pool.close();
  }
}
