/**
 * Start-up figures, each from fresh Node processes so that no module or grammar is cached:
 * time to first diagnostics for a language not loaded yet, the extension's require and activate()
 * (with a stub of the vscode API), and the sizes of the bundle and the VSIX.
 */
import { spawnSync } from 'child_process';
import { existsSync, statSync } from 'fs';
import * as path from 'path';
import type { ActivationTimes } from './editorActivateChild';
import type { FirstScanTimes } from './editorFirstScanChild';
import { percentile } from './editorLatency';

export const FRESH_PROCESSES = 7;

export interface StartupResults {
  readonly processes: number;
  /** Medians over the fresh processes. */
  readonly firstScan: FirstScanTimes;
  readonly activation: ActivationTimes;
  readonly bundleBytes: number;
  /** The VSIX's size and what it was built from, or why it was not measured. */
  readonly vsix: { readonly bytes: number; readonly source: string } | string;
}

function runChild<T>(script: string, args: readonly string[]): T {
  const child = spawnSync(process.execPath, [path.join(__dirname, script), ...args], { encoding: 'utf8' });
  if (child.status !== 0) {
    throw new Error(`bench: ${script} exited ${child.status}: ${child.stderr.slice(-1000)}`);
  }
  return JSON.parse(child.stdout) as T;
}

/** The median of each numeric field over the runs. */
function medians<T extends object>(runs: readonly T[]): T {
  const first = runs[0];
  if (!first) {
    throw new Error('bench: no runs to summarise');
  }
  return Object.fromEntries(Object.keys(first).map((key) => [key, percentile(runs.map((run) => (run as Record<string, number>)[key]!), 50)])) as T;
}

export function measureStartup(repo: string, outputs: string, log: (text: string) => void): StartupResults {
  const bundle = path.join(repo, 'dist', 'extension.js');
  if (!existsSync(bundle)) {
    throw new Error(`bench: ${bundle} is missing (npm run build writes it)`);
  }
  log(`first diagnostics for a new language, ${FRESH_PROCESSES} fresh processes`);
  const firstScan = medians(Array.from({ length: FRESH_PROCESSES }, () => runChild<FirstScanTimes>('editorFirstScanChild.js', [path.join(repo, 'dist', 'scanWorker.js')])));
  log(`require + activate() of dist/extension.js, ${FRESH_PROCESSES} fresh processes`);
  const activation = medians(Array.from({ length: FRESH_PROCESSES }, () => runChild<ActivationTimes>('editorActivateChild.js', [bundle])));
  return { processes: FRESH_PROCESSES, firstScan, activation, bundleBytes: statSync(bundle).size, vsix: vsixSize(repo, outputs) };
}

/**
 * Packages the build just made with vsce, as `npm run package` does but without its production
 * rebuild: the bundle is not minified, so this VSIX is a little larger than the shipped one.
 */
function vsixSize(repo: string, outputs: string): StartupResults['vsix'] {
  const vsce = path.join(repo, 'node_modules', '.bin', 'vsce');
  if (!existsSync(vsce)) {
    return 'not measured: node_modules/.bin/vsce is missing (npm install)';
  }
  const target = path.join(outputs, 'privacy-lens-development.vsix');
  const packaged = spawnSync(vsce, ['package', '--no-dependencies', '--out', target], { cwd: repo, encoding: 'utf8' });
  if (packaged.status !== 0 || !existsSync(target)) {
    return `not measured: vsce package exited ${packaged.status}: ${packaged.stderr.slice(-300)}`;
  }
  return { bytes: statSync(target).size, source: 'vsce package of the development build (unminified)' };
}
