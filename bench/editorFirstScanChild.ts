/**
 * Run as a fresh process by the editor benchmark: the time to first diagnostics for a small file
 * of a language not loaded yet. The engine's modules are required before the clock starts (the
 * extension has them from activation); what is timed is the first scan of a Python file by a new
 * scan worker pool, as the extension's first document meets it (the worker thread starts, and
 * tree-sitter's runtime and the Python grammar load in it), then of a Go file (its grammar loads),
 * then the Python file again (nothing loads: the scan alone). The argument is the bundled worker
 * script. Prints one JSON line.
 */
import { DEFAULT_CONFIG } from '../src/core/config';
import { ScanWorkerPool } from '../src/core/scan/scanWorkerPool';
import { goModule, pythonModule } from './corpus/otherLanguages';
import { SeededRandom } from './corpus/prng';
import { planModule } from './corpus/vocabulary';

export interface FirstScanTimes {
  readonly pythonFirstMs: number;
  readonly goFirstMs: number;
  readonly pythonAgainMs: number;
  readonly pythonLines: number;
  readonly goLines: number;
}

async function timed(scan: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await scan();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function main(): Promise<void> {
  const rng = new SeededRandom(3);
  const python = pythonModule(planModule(rng));
  const go = goModule(planModule(rng), 'billing');
  const workerScript = process.argv[2];
  if (!workerScript) {
    throw new Error('editorFirstScanChild: expected the path of dist/scanWorker.js as its argument');
  }
  const pool = new ScanWorkerPool({ size: 1, workerScript });
  const scanner = pool.withPriority('interactive');
  const scan = (text: string, languageId: string, filePath: string) => () => scanner.scanText(text, { languageId, filePath, config: DEFAULT_CONFIG });
  const pythonFirstMs = await timed(scan(python, 'python', 'app/first.py'));
  const goFirstMs = await timed(scan(go, 'go', 'svc/first.go'));
  const pythonAgainMs = await timed(scan(python, 'python', 'app/first.py'));
  await pool.close();
  const times: FirstScanTimes = { pythonFirstMs, goFirstMs, pythonAgainMs, pythonLines: python.split('\n').length, goLines: go.split('\n').length };
  process.stdout.write(`${JSON.stringify(times)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
