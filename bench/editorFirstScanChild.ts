/**
 * Run as a fresh process by the editor benchmark: the time to first diagnostics for a small file
 * of a language not loaded yet. The engine's modules are required before the clock starts (the
 * extension has them from activation); what is timed is a new Scanner's first scan of a Python
 * file (tree-sitter's runtime and the Python grammar load), then of a Go file (its grammar loads),
 * then the Python file again (nothing loads: the scan alone). Prints one JSON line.
 */
import { DEFAULT_CONFIG } from '../src/core/config';
import { Scanner } from '../src/core/scan/scanner';
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
  const scanner = new Scanner();
  const scan = (text: string, languageId: string, filePath: string) => () => scanner.scanText(text, { languageId, filePath, config: DEFAULT_CONFIG });
  const pythonFirstMs = await timed(scan(python, 'python', 'app/first.py'));
  const goFirstMs = await timed(scan(go, 'go', 'svc/first.go'));
  const pythonAgainMs = await timed(scan(python, 'python', 'app/first.py'));
  const times: FirstScanTimes = { pythonFirstMs, goFirstMs, pythonAgainMs, pythonLines: python.split('\n').length, goLines: go.split('\n').length };
  process.stdout.write(`${JSON.stringify(times)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
