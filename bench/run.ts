/**
 * npm run bench [-- --size 10MB|100MB|1GB] [--seed N] [--editor-only | --scan-only]: generates (or reuses) the
 * corpus, then measures in one run the CLI scan cold and warm, rg over the same tree, and ESLint
 * with the SDL plugin over the JavaScript/TypeScript part, then the editor's latency, start-up and
 * sizes (bench/editorRun.ts), and prints the results as Markdown tables. `--editor-only` runs
 * just the editor part; `--scan-only` just rg and the cold and warm scans (for the 1 GB corpus).
 * It runs the built CLI (dist/cli.js); the npm script builds it first.
 */
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { prepareCorpus } from './corpus/corpusCache';
import { fingerprintTree } from './corpus/treeHash';
import { runEditorBench } from './editorRun';
import { measureEventLoopBlocks } from './eventLoopBlock';
import { eslintArgs, prepareEslintSdl } from './eslintSdl';
import { measure, onPath, type Measurement } from './measure';
import { parseSize } from './size';
import type { ParseFloorResult } from './parseFloor';
import { resultsTable, type BenchResults, type ParseFloor, type ScanRun } from './table';

const REPO = findRepoRoot(__dirname);
const CACHE = path.join(REPO, '.cache', 'bench');
/** Names of personal data, as a reviewer would grep for them: rg's share of the work is reading the bytes. */
const PERSONAL_DATA_REGEX = '(e_?mail|phone|first_?name|last_?name|full_?name|birth|address|postal|passport|national_?id|diagnosis|religion)';

interface Options {
  readonly sizeBytes: number;
  readonly seed: number;
  readonly editorOnly: boolean;
  /** rg and the cold and warm scans only: at 1 GB, ESLint and the event-loop runs take most of an hour. */
  readonly scanOnly: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  let sizeBytes = parseSize('10MB');
  let seed = 1;
  let editorOnly = false;
  let scanOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--size' && value !== undefined) {
      sizeBytes = parseSize(value);
      i++;
    } else if (argv[i] === '--seed' && value !== undefined && /^\d+$/.test(value)) {
      seed = Number(value);
      i++;
    } else if (argv[i] === '--editor-only') {
      editorOnly = true;
    } else if (argv[i] === '--scan-only') {
      scanOnly = true;
    } else {
      throw new Error(`bench: unknown or incomplete option "${argv[i]}" (use --size 10MB|100MB|1GB, --seed N, --editor-only, --scan-only)`);
    }
  }
  return { sizeBytes, seed, editorOnly, scanOnly };
}

async function scanWithCli(cwd: string, target: string, output: string, bytes: number, cacheFile?: string): Promise<ScanRun> {
  const cacheArgs = cacheFile ? ['--cache', cacheFile] : [];
  const measurement = await measure(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'scan', target, '--format', 'json', '--output', output, ...cacheArgs], cwd);
  // Exit code 1 is the policy gate (findings at error level), not a failure of the scan.
  if (measurement.exitCode > 1) {
    throw new Error(`bench: privacy-lens scan ${target} exited ${measurement.exitCode}: ${measurement.stderr}`);
  }
  const report = JSON.parse(await fs.readFile(output, 'utf8')) as { summary: { filesScanned: number } };
  return { measurement, bytes, files: report.summary.filesScanned };
}

async function runRipgrep(tree: string): Promise<Measurement | string> {
  if (!onPath('rg')) {
    return 'rg is not installed (scripts/provision-code-server.sh installs it)';
  }
  const args = ['-i', '-c', '--no-messages', PERSONAL_DATA_REGEX, '.'];
  await measure('rg', args, tree); // untimed: both tools then read from the same warm page cache
  return measure('rg', args, tree);
}

/** tree-sitter parsing every source file and nothing else, in one thread per core (bench/parseFloor.ts). */
async function runParseFloor(tree: string, output: string): Promise<ParseFloor> {
  const measurement = await measure(process.execPath, [path.join(__dirname, 'parseFloor.js'), tree, output], tree);
  if (measurement.exitCode !== 0) {
    throw new Error(`bench: the parse floor exited ${measurement.exitCode}: ${measurement.stderr}`);
  }
  return { measurement, ...(JSON.parse(await fs.readFile(output, 'utf8')) as ParseFloorResult), threads: os.cpus().length };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (text: string): void => void process.stderr.write(`bench: ${text}\n`);
  const outputs = path.join(CACHE, 'results');
  if (options.editorOnly) {
    process.stdout.write(`${await runEditorBench(REPO, outputs, await describeMachine(), log)}\n`);
    return;
  }
  log(`preparing a ${options.sizeBytes / 1e6} MB corpus (seed ${options.seed}) under ${path.relative(REPO, CACHE)}`);
  const corpus = await prepareCorpus(CACHE, options.seed, options.sizeBytes);
  log(`${corpus.reused ? 'reused' : 'generated'} ${corpus.summary.files} files, ${corpus.summary.bytes} bytes`);
  await fs.mkdir(outputs, { recursive: true });

  log('rg');
  const rg = await runRipgrep(corpus.tree);
  log('tree-sitter parse alone');
  const parseFloor = await runParseFloor(corpus.tree, path.join(outputs, 'parse-floor.json'));
  // Cold: no cache yet (the run writes one, as a CI job with a cache would); warm: the same tree again, every file unchanged.
  const cacheFile = path.join(outputs, 'scan-cache');
  await fs.rm(cacheFile, { force: true });
  log('privacy-lens scan, cold');
  const cold = await scanWithCli(corpus.tree, '.', path.join(outputs, 'cold.json'), corpus.summary.bytes, cacheFile);
  log('privacy-lens scan, warm (--cache, unchanged files)');
  const warm = await scanWithCli(corpus.tree, '.', path.join(outputs, 'warm.json'), corpus.summary.bytes, cacheFile);
  const webParts = options.scanOnly ? {} : await measureWebParts(corpus.tree, outputs, log);

  const results: BenchResults = {
    machine: await describeMachine(),
    date: new Date().toISOString().slice(0, 10),
    seed: options.seed,
    corpusBytes: corpus.summary.bytes,
    corpusFiles: corpus.summary.files,
    cold,
    warm,
    rg,
    parseFloor,
    ...webParts,
  };
  await fs.writeFile(path.join(outputs, `bench-${options.sizeBytes}${options.scanOnly ? '-scan-only' : ''}.json`), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${resultsTable(results)}\n`);
  if (!options.scanOnly) {
    process.stdout.write(`\n${await runEditorBench(REPO, outputs, results.machine, log)}\n`);
  }
}

/** Privacy Lens and ESLint with the SDL plugin over web/ (the JavaScript/TypeScript part), and the event loop while it is scanned. */
async function measureWebParts(tree: string, outputs: string, log: (text: string) => void): Promise<Pick<BenchResults, 'web' | 'eslint' | 'eventLoop'>> {
  const webBytes = (await fingerprintTree(path.join(tree, 'web'))).bytes;
  log('privacy-lens scan of web/');
  const web = await scanWithCli(tree, 'web', path.join(outputs, 'web.json'), webBytes);
  log('eslint + sdl over web/');
  const eslintSetup = await prepareEslintSdl(CACHE);
  let eslint: BenchResults['eslint'];
  if (typeof eslintSetup === 'string') {
    eslint = eslintSetup;
  } else {
    const measurement = await measure(process.execPath, eslintArgs(eslintSetup, 'web', path.join(outputs, 'eslint.json')), tree);
    eslint = measurement.exitCode > 1 ? `ESLint failed (exit ${measurement.exitCode}): ${measurement.stderr.slice(0, 300)}` : { measurement, versions: eslintSetup.versions };
  }

  const eventLoop = await measureEventLoopBlocks(REPO, tree, 'web', log);
  return { web, eslint, eventLoop };
}

// The compiled file lives in .cache/bench/out/bench or in a test output folder: walk up to the package.
function findRepoRoot(start: string): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'bench', 'run.ts'))) {
      return dir;
    }
  }
  throw new Error(`bench: no package.json with bench/run.ts above ${start}`);
}

async function describeMachine(): Promise<string> {
  const release = await fs.readFile('/etc/os-release', 'utf8').catch(() => '');
  const distribution = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1] ?? os.type();
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${distribution}, Node ${process.version}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
