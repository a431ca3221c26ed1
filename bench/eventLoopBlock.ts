/**
 * The longest time the calling thread's event loop was blocked while a workspace scan ran, as the
 * extension host would see it: once with the worker pool the extension uses, once with the
 * Scanner in the same thread (how scans ran before), for the ratio.
 */
import * as path from 'path';
import { monitorEventLoopDelay } from 'perf_hooks';
import { Scanner, type TextScanner } from '../src/core/scan/scanner';
import { ScanWorkerPool } from '../src/core/scan/scanWorkerPool';
import { scanWorkspace } from '../src/core/scan/workspaceScan';

export interface EventLoopBlocks {
  readonly files: number;
  readonly workers: number;
  /** Longest block (ms) with the scan in worker threads. */
  readonly pooledMs: number;
  /** Longest block (ms) with the scan in the same thread. */
  readonly inThreadMs: number;
}

export async function measureEventLoopBlocks(repo: string, tree: string, target: string, log: (text: string) => void): Promise<EventLoopBlocks> {
  // The bundled worker script, exactly what the extension starts.
  const pool = new ScanWorkerPool({ workerScript: path.join(repo, 'dist', 'scanWorker.js') });
  try {
    log(`event loop: workspace scan of ${target}/ in ${pool.parallelism} worker threads`);
    const pooled = await longestBlockDuring(pool, tree, target);
    log(`event loop: workspace scan of ${target}/ in the same thread`);
    const inThread = await longestBlockDuring(new Scanner(), tree, target);
    return { files: pooled.files, workers: pool.parallelism, pooledMs: pooled.longestMs, inThreadMs: inThread.longestMs };
  } finally {
    await pool.close();
  }
}

async function longestBlockDuring(scanner: TextScanner, tree: string, target: string): Promise<{ longestMs: number; files: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const result = await scanWorkspace(tree, [path.join(tree, target)], { scanner });
  delay.disable();
  return { longestMs: delay.max / 1e6, files: result.filesScanned };
}
