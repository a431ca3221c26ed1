/**
 * How every property of the fuzz suite runs: a fixed seed per property, so a failure in CI is
 * replayed exactly on a laptop; a documented number of runs; a per-run timeout and a time limit
 * for the whole property, both counted as failures, so a hang or a blow-up fails the property
 * with its seed instead of stalling the suite. Each property logs `fuzz: <name> <n> cases`, so the
 * suite's total is the sum of those lines.
 *
 * To replay a failure, the report gives `seed` and `path`: pass them as FUZZ_SEED and FUZZ_PATH
 * (FUZZ_PATH only with the name in FUZZ_ONLY). To look further than CI does, FUZZ_SEED alone
 * runs every property from another seed and FUZZ_RUNS_SCALE multiplies the runs (e.g. 10).
 */
import * as fc from 'fast-check';

export interface FuzzOptions {
  /** Fixed seed: the same cases on every machine. */
  readonly seed: number;
  readonly numRuns: number;
  /**
   * One case taking longer than this fails the property. Parsing is synchronous, so this catches
   * work that never settles; a long synchronous case is caught by `totalTimeLimitMs`.
   */
  readonly runTimeoutMs?: number;
  /** The whole property past this fails it (a case blowing up, or many slow ones). */
  readonly totalTimeLimitMs?: number;
}

const DEFAULT_RUN_TIMEOUT_MS = 10_000;
const DEFAULT_TOTAL_TIME_LIMIT_MS = 60_000;

/** Cases run so far in this process, by property name: the suite prints the total at the end. */
export const CASES_RUN = new Map<string, number>();

function parameters<Ts>(name: string, options: FuzzOptions): fc.Parameters<Ts> {
  const scale = Number(process.env.FUZZ_RUNS_SCALE ?? '1');
  const seedOverride = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  const replayThis = process.env.FUZZ_ONLY === name && process.env.FUZZ_PATH !== undefined;
  return {
    seed: seedOverride ?? options.seed,
    numRuns: Math.max(1, Math.round(options.numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1))),
    ...(replayThis ? { path: process.env.FUZZ_PATH } : {}),
    timeout: options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    interruptAfterTimeLimit: options.totalTimeLimitMs ?? DEFAULT_TOTAL_TIME_LIMIT_MS,
    markInterruptAsFailure: true,
  };
}

function settle<Ts>(name: string, details: fc.RunDetails<Ts>): void {
  CASES_RUN.set(name, (CASES_RUN.get(name) ?? 0) + details.numRuns);
  console.log(`      fuzz: ${name} ${details.numRuns} cases (seed ${details.seed})`);
  if (details.failed) {
    // fast-check's report carries the seed, the path and the shrunk counterexample.
    throw new Error(`fuzz property "${name}" failed (replay: FUZZ_ONLY='${name}' FUZZ_SEED=${details.seed} FUZZ_PATH='${details.counterexamplePath ?? ''}')\n${fc.defaultReportMessage(details)}\n${errorText(details.errorInstance)}`);
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    return `${error.name}: ${error.message}`;
  }
  return error === undefined ? '' : JSON.stringify(error) ?? '';
}

/** Runs a synchronous property; throws fast-check's report (seed, path, shrunk counterexample) on failure. */
export function fuzz<Ts>(name: string, property: fc.IProperty<Ts>, options: FuzzOptions): void {
  settle(name, fc.check(property, parameters<Ts>(name, options)));
}

/** Runs an asynchronous property; throws fast-check's report (seed, path, shrunk counterexample) on failure. */
export async function fuzzAsync<Ts>(name: string, property: fc.IAsyncProperty<Ts>, options: FuzzOptions): Promise<void> {
  settle(name, await fc.check(property, parameters<Ts>(name, options)));
}

/** Mocha's timeout for a fuzz test: the property's own limit plus room for shrinking a failure. */
export function mochaTimeoutFor(options: FuzzOptions): number {
  return (options.totalTimeLimitMs ?? DEFAULT_TOTAL_TIME_LIMIT_MS) * 2;
}

// A root-level hook (this module loads once per mocha run): the total of all the properties that ran.
after(() => {
  if (CASES_RUN.size > 0) {
    const total = [...CASES_RUN.values()].reduce((sum, n) => sum + n, 0);
    console.log(`  fuzz: total ${total} cases in ${CASES_RUN.size} properties`);
  }
});
