/**
 * Change-to-diagnostics time, as the extension's diagnostics controller computes it: the changed
 * text handed to a scan worker thread at the editor's priority (the bundled dist/scanWorker.js) as
 * an open document, which the worker scanned before the change, so it parses incrementally and
 * reads again only the top-level statements the edit touched (the rules still run over the whole
 * file), and the result handed back. The baseline beside it is the same text scanned from scratch,
 * as before 0.6.0. The controller's 300 ms debounce comes on top and is not counted here.
 */
import * as path from 'path';
import type { TextScanner } from '../src/core/scan/scanner';
import { ScanWorkerPool } from '../src/core/scan/scanWorkerPool';
import { DEFAULT_CONFIG } from '../src/core/config';
import { editorFile, pasteBlock, PASTE_LINES, typeOneCharacter, type EditorLanguage } from './editorFiles';

export const FILE_LINES = [1_000, 5_000, 20_000] as const;
export const WARM_UPS = 3;
export const RUNS = 15;
export const PASTE_SEED = 3;

export interface LatencySample {
  readonly language: EditorLanguage;
  readonly lines: number;
  readonly edit: 'one character' | `paste ${number} lines`;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly findings: number;
  /** The same edited texts scanned from scratch (no document kept): the baseline. */
  readonly fromScratchMedianMs: number;
}

const FILE_NAME: Record<EditorLanguage, string> = { typescript: 'src/editorBench.ts', python: 'app/editor_bench.py' };

/** The nearest-rank percentile (with 15 runs, p95 is the slowest run). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) {
    throw new Error('percentile: no values');
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

export async function measureEditorLatency(repo: string, log: (text: string) => void): Promise<LatencySample[]> {
  const pool = new ScanWorkerPool({ size: 1, workerScript: path.join(repo, 'dist', 'scanWorker.js') });
  try {
    return await measureWith(pool.withPriority('interactive'), log);
  } finally {
    await pool.close();
  }
}

async function measureWith(scanner: TextScanner, log: (text: string) => void): Promise<LatencySample[]> {
  const samples: LatencySample[] = [];
  for (const language of ['typescript', 'python'] as const) {
    // Seed 3's first 200 lines hold personal data (4 findings in each language), so the paste adds findings.
    const block = editorFile(language, PASTE_LINES, PASTE_SEED);
    for (const lines of FILE_LINES) {
      const text = editorFile(language, lines);
      const options = { languageId: language, filePath: FILE_NAME[language], config: DEFAULT_CONFIG };
      const middle = Math.floor(lines / 2);
      log(`editor latency: ${language}, ${lines} lines`);
      const edits = [
        // Each run edits a different line, as typing moves along; the text is built before the clock starts.
        { edit: 'one character' as const, change: (run: number) => typeOneCharacter(text, middle + run) },
        { edit: `paste ${PASTE_LINES} lines` as const, change: (run: number) => pasteBlock(text, middle + run * 7, block) },
      ];
      for (const { edit, change } of edits) {
        const document = `bench:${language}:${lines}:${edit}`;
        const kept = await timeRuns(change, async (changed) => {
          await scanner.scanText(text, { ...options, document }); // the version before the change, untimed
          return () => scanner.scanText(changed, { ...options, document });
        });
        const fromScratch = await timeRuns(change, (changed) => Promise.resolve(() => scanner.scanText(changed, options)));
        if (kept.findings !== fromScratch.findings) {
          throw new Error(`editor latency: ${kept.findings} findings kept, ${fromScratch.findings} from scratch (${language}, ${lines} lines, ${edit})`);
        }
        scanner.forgetDocument?.(document);
        samples.push({ language, lines, edit, ...kept, fromScratchMedianMs: fromScratch.medianMs });
      }
    }
  }
  return samples;
}

/** `prepare` does what comes before the change, untimed, and gives the scan to time. */
async function timeRuns(
  change: (run: number) => string,
  prepare: (text: string) => Promise<() => Promise<{ findings: readonly unknown[] }>>,
): Promise<{ medianMs: number; p95Ms: number; findings: number }> {
  const times: number[] = [];
  let findings = 0;
  for (let run = 0; run < WARM_UPS + RUNS; run++) {
    const scan = await prepare(change(run));
    const started = process.hrtime.bigint();
    const result = await scan();
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    findings = result.findings.length;
    if (run >= WARM_UPS) {
      times.push(elapsedMs);
    }
  }
  return { medianMs: percentile(times, 50), p95Ms: percentile(times, 95), findings };
}
