/** The editor benchmark's results as a Markdown table, each figure beside its target and verdict. */
import type { LatencySample } from './editorLatency';
import { RUNS, WARM_UPS } from './editorLatency';
import type { StartupResults } from './editorStartup';

export interface EditorResults {
  readonly machine: string;
  readonly date: string;
  readonly latency: readonly LatencySample[];
  readonly startup: StartupResults;
}

/** Targets from issue 6, for a one-character edit: median under 10 ms at 5k lines, 40 ms at 20k. */
const ONE_CHARACTER_TARGET_MS: Readonly<Record<number, number>> = { 5_000: 10, 20_000: 40 };
const FIRST_DIAGNOSTICS_TARGET_MS = 300;
const ACTIVATION_TARGET_MS = 50;
const VSIX_TARGET_BYTES = 12e6;

const ms = (value: number): string => `${value.toFixed(1)} ms`;

function verdict(value: number, target: number, unit: (v: number) => string): string {
  return value < target ? 'met' : `missed: ${unit(value - target)} over (${(value / target).toFixed(1)}x)`;
}

function latencyRow(sample: LatencySample): string[] {
  const label = sample.language === 'typescript' ? 'TypeScript' : 'Python';
  const target = sample.edit === 'one character' ? ONE_CHARACTER_TARGET_MS[sample.lines] : undefined;
  return [
    `Change to diagnostics, ${label}, ${sample.lines.toLocaleString('en-US')} lines, ${sample.edit}`,
    `median ${ms(sample.medianMs)}, p95 ${ms(sample.p95Ms)} (${sample.findings} findings); from scratch ${ms(sample.fromScratchMedianMs)}, ${(sample.fromScratchMedianMs / sample.medianMs).toFixed(1)}x slower`,
    target === undefined ? '' : `median < ${target} ms`,
    target === undefined ? '' : verdict(sample.medianMs, target, ms),
  ];
}

export function editorTable(r: EditorResults): string {
  const { firstScan, activation } = r.startup;
  const activationMs = activation.requireMs + activation.activateMs;
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
  const rows: string[][] = [
    ...r.latency.map(latencyRow),
    [`First diagnostics, new language: Python (${firstScan.pythonLines} lines; worker start, runtime + grammar load)`, ms(firstScan.pythonFirstMs), `< ${FIRST_DIAGNOSTICS_TARGET_MS} ms`, verdict(firstScan.pythonFirstMs, FIRST_DIAGNOSTICS_TARGET_MS, ms)],
    [`First diagnostics, new language: Go after Python (${firstScan.goLines} lines; grammar load)`, ms(firstScan.goFirstMs), `< ${FIRST_DIAGNOSTICS_TARGET_MS} ms`, verdict(firstScan.goFirstMs, FIRST_DIAGNOSTICS_TARGET_MS, ms)],
    ['Same Python file again (nothing to load)', ms(firstScan.pythonAgainMs), '', ''],
    ['Activation: require dist/extension.js + activate() (vscode stubbed)', `${ms(activationMs)} (require ${ms(activation.requireMs)}, activate ${ms(activation.activateMs)})`, `< ${ACTIVATION_TARGET_MS} ms`, verdict(activationMs, ACTIVATION_TARGET_MS, ms)],
    ['dist/extension.js (development build)', mb(r.startup.bundleBytes), '', ''],
    typeof r.startup.vsix === 'string'
      ? ['VSIX', r.startup.vsix, '< 12 MB', 'unknown']
      : [`VSIX (${r.startup.vsix.source})`, mb(r.startup.vsix.bytes), '< 12 MB', verdict(r.startup.vsix.bytes, VSIX_TARGET_BYTES, mb)],
  ];
  const header = ['Measure', 'Result', 'Target', 'Verdict'];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return [
    `Machine: ${r.machine}. Date: ${r.date}. Latency: ${RUNS} runs after ${WARM_UPS} warm-ups in one process; start-up: medians of ${r.startup.processes} fresh processes.`,
    '',
    ...lines,
  ].join('\n');
}
