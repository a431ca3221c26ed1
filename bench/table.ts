/** The benchmark's results as the Markdown table the README shows, each figure beside its target. */
import { formatMb } from './size';
import type { EventLoopBlocks } from './eventLoopBlock';
import type { Measurement } from './measure';

export interface ScanRun {
  readonly measurement: Measurement;
  readonly bytes: number;
  readonly files: number;
}

export interface ParseFloor {
  readonly measurement: Measurement;
  readonly files: number;
  readonly bytes: number;
  readonly failed: number;
  readonly threads: number;
}

export interface BenchResults {
  readonly machine: string;
  readonly date: string;
  readonly seed: number;
  readonly corpusBytes: number;
  readonly corpusFiles: number;
  readonly cold: ScanRun;
  readonly warm: ScanRun;
  /** The JavaScript/TypeScript part (web/), scanned by Privacy Lens for the ESLint ratio; absent with --scan-only. */
  readonly web?: ScanRun;
  readonly rg: Measurement | string;
  /** tree-sitter parsing the same tree and nothing else (bench/parseFloor.ts); absent in results saved before 0.8.0. */
  readonly parseFloor?: ParseFloor;
  readonly eslint?: { readonly measurement: Measurement; readonly versions: string } | string;
  readonly eventLoop?: EventLoopBlocks;
}

/** The size the memory and throughput targets are set for. */
const TARGET_CORPUS_BYTES = 1e9;

const seconds = (m: Measurement): string => `${m.wallSeconds.toFixed(2)} s`;
const mbPerSecond = (run: ScanRun): number => run.bytes / 1e6 / run.measurement.wallSeconds;
const rss = (m: Measurement): string => (m.peakRssMb === undefined ? 'unknown (no /usr/bin/time)' : `${m.peakRssMb.toFixed(0)} MB`);
const verdict = (met: boolean, gap: string): string => (met ? 'met' : `missed: ${gap}`);

export function resultsTable(r: BenchResults): string {
  const coldRate = mbPerSecond(r.cold);
  const warmSpeedup = r.cold.measurement.wallSeconds / r.warm.measurement.wallSeconds;
  const rows: string[][] = [
    ['Corpus', `${formatMb(r.corpusBytes)}, ${r.corpusFiles} files (seed ${r.seed})`, '', ''],
    ['Privacy Lens scan, cold', `${seconds(r.cold.measurement)}: ${coldRate.toFixed(2)} MB/s, ${(r.cold.files / r.cold.measurement.wallSeconds).toFixed(0)} files/s`, '>= 8 MB/s', verdict(coldRate >= 8, `${(8 / coldRate).toFixed(0)}x too slow`)],
    ['Peak memory, cold', rss(r.cold.measurement), '< 600 MB (at 1 GB)', memoryVerdict(r)],
    ['Privacy Lens scan, warm (--cache, files unchanged)', `${seconds(r.warm.measurement)}: ${mbPerSecond(r.warm).toFixed(2)} MB/s, peak ${rss(r.warm.measurement)}; ${warmSpeedup.toFixed(2)}x cold`, '>= 10x faster than cold', verdict(warmSpeedup >= 10, 'what remains is the file walk, reading and hashing every file, and Node start-up')],
  ];
  if (typeof r.rg === 'string') {
    rows.push(['rg, personal-data name regex', r.rg, '', ''], ['Privacy Lens cold / rg', 'not measured', '<= 20x', 'unknown']);
  } else {
    const ratio = r.cold.measurement.wallSeconds / r.rg.wallSeconds;
    rows.push(['rg, personal-data name regex (floor)', `${seconds(r.rg)}: ${(r.corpusBytes / 1e6 / r.rg.wallSeconds).toFixed(0)} MB/s`, '', ''], ['Privacy Lens cold / rg', `${ratio.toFixed(0)}x`, '<= 20x', verdict(ratio <= 20, `${(ratio / 20).toFixed(0)}x over`)]);
  }
  rows.push(...parseFloorRows(r, coldRate));
  rows.push(...webRows(r));
  const header = ['Measure', 'Result', 'Target', 'Verdict'];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return [`Machine: ${r.machine}. Date: ${r.date}.`, '', ...lines].join('\n');
}

/** How fast the grammars alone parse here: no scan on them can beat it, so it bounds the cold target. */
function parseFloorRows(r: BenchResults, coldRate: number): string[][] {
  const floor = r.parseFloor;
  if (!floor) {
    return [];
  }
  const rate = floor.bytes / 1e6 / floor.measurement.wallSeconds;
  const failed = floor.failed > 0 ? `, ${floor.failed} over the parse budget` : '';
  return [
    [
      `tree-sitter parse alone (same WASM grammars, ${floor.threads} worker threads, nothing read from the trees)`,
      `${seconds(floor.measurement)}: ${rate.toFixed(2)} MB/s over ${formatMb(floor.bytes)} in ${floor.files} files${failed}; the 8 MB/s target is ${(8 / rate).toFixed(1)}x this`,
      '',
      '',
    ],
    ['Privacy Lens cold / parse alone', `${(rate / coldRate).toFixed(1)}x (throughput)`, '', ''],
  ];
}

/** Under the 600 MB the target allows at 1 GB; a smaller corpus meets it only at its own size. */
function memoryVerdict(r: BenchResults): string {
  const peak = r.cold.measurement.peakRssMb;
  if (peak === undefined) {
    return 'unknown';
  }
  const atSize = r.corpusBytes < TARGET_CORPUS_BYTES ? ` at ${formatMb(r.corpusBytes)} only (the target is for 1 GB)` : '';
  return peak < 600 ? `met${atSize}` : `missed: ${(peak - 600).toFixed(0)} MB over${atSize}`;
}

/** The ESLint ratio and the event-loop block, measured over web/; `--scan-only` leaves them out. */
function webRows(r: BenchResults): string[][] {
  const rows: string[][] = [];
  if (!r.web || r.eslint === undefined || !r.eventLoop) {
    return [['ESLint + SDL ratio and event-loop block', 'not measured in this run (--scan-only)', '', '']];
  }
  rows.push(['Privacy Lens over web/ (JS/TS only)', `${formatMb(r.web.bytes)}, ${r.web.files} files: ${seconds(r.web.measurement)}, ${mbPerSecond(r.web).toFixed(2)} MB/s`, '', '']);
  if (typeof r.eslint === 'string') {
    rows.push(['ESLint + SDL over web/', r.eslint, '', ''], ['ESLint + SDL / Privacy Lens', 'not measured', '>= 10x', 'unknown']);
  } else {
    const m = r.eslint.measurement;
    const ratio = m.wallSeconds / r.web.measurement.wallSeconds;
    rows.push(
      [`ESLint + SDL over web/ (${r.eslint.versions})`, `${seconds(m)}: ${(r.web.bytes / 1e6 / m.wallSeconds).toFixed(2)} MB/s, peak ${rss(m)}`, '', ''],
      ['ESLint + SDL time / Privacy Lens time', `${ratio.toFixed(2)}x`, '>= 10x', verdict(ratio >= 10, `Privacy Lens is ${(10 / ratio).toFixed(0)}x short`)],
    );
  }
  const blocks = r.eventLoop;
  rows.push([
    `Longest event-loop block during a workspace scan of web/ (${blocks.files} files), as in the extension host`,
    `${blocks.pooledMs.toFixed(0)} ms with ${blocks.workers} worker threads (${blocks.inThreadMs.toFixed(0)} ms scanning in the same thread)`,
    '< 50 ms',
    verdict(blocks.pooledMs < 50, `${(blocks.pooledMs - 50).toFixed(0)} ms over`),
  ]);
  return rows;
}
