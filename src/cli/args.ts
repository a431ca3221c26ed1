/**
 * Command-line parsing for `privacy-lens`, with Node's own util.parseArgs. Bad arguments become
 * a UsageError whose message is the one line the user sees.
 */
import { parseArgs } from 'util';
import { isSeverity, type Severity } from '../core/model';
import type { ShardSpec } from '../core/scan/shard';

export const SCAN_FORMATS = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof SCAN_FORMATS)[number];
export const REPORT_FORMATS = ['markdown', 'html', 'json', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const CHECKLIST_FORMATS = ['text', 'markdown', 'json'] as const;
export type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number];
export const MERGE_FORMATS = ['json', 'sarif'] as const;
export type MergeFormat = (typeof MERGE_FORMATS)[number];
export type FailOn = Severity | 'none';

interface CommonOptions {
  readonly config?: string;
  readonly debug: boolean;
}

export interface ScanCommand extends CommonOptions {
  readonly command: 'scan';
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly output?: string;
  readonly failOn: FailOn;
  /** `--shard K/N`: scan only the K-th of N parts of the files. */
  readonly shard?: ShardSpec;
  /** `--cache FILE`: reuse the results of unchanged files, and update the file. */
  readonly cache?: string;
  /** `--jobs N`: worker threads scanning files; default one per core. */
  readonly jobs?: number;
}

export interface MergeCommand extends CommonOptions {
  readonly command: 'merge';
  /** The shards' reports, from `scan --shard K/N --format json` (or sarif). */
  readonly files: readonly string[];
  /** When given, the shards must be in this format; by default, whichever they are in. */
  readonly format?: MergeFormat;
  readonly output?: string;
  readonly failOn: FailOn;
}

export interface ReportCommand extends CommonOptions {
  readonly command: 'report';
  readonly paths: readonly string[];
  readonly format: ReportFormat;
  readonly output?: string;
  /** `--cache FILE`, as for scan. */
  readonly cache?: string;
  /** `--jobs N`, as for scan. */
  readonly jobs?: number;
}

export interface ChecklistCommand extends CommonOptions {
  readonly command: 'checklist';
  /** The workspace root whose `.privacy-lens/review.json` is read. */
  readonly path: string;
  readonly format: ChecklistFormat;
}

export type CliCommand = ScanCommand | MergeCommand | ReportCommand | ChecklistCommand | { readonly command: 'help' } | { readonly command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: privacy-lens <command> [paths...] [options]

Commands:
  scan [paths...]        list the findings: personal data, and the gaps that leave it unprotected
  report [paths...]      the full report for the DPO: summary, findings with their review, the
                         checklist with citations, DPIA screening and the data inventory
  checklist [path]       the DPO checklist with the review state kept in
                         <path>/.privacy-lens/review.json (path defaults to .)
  merge FILE...          combine the JSON or SARIF reports of every shard of a scan --shard
                         into the report one full scan would have written

Directories are walked honouring .gitignore and default excludes (node_modules, .git, build output).

Options:
  --format FORMAT        scan: text|json|sarif (default text)
                         merge: json|sarif (default: the shards' format, which must match)
                         report: markdown|html|json|sarif (default markdown)
                         checklist: text|markdown|json (default text)
  --output FILE          scan, merge, report: write to FILE (atomically); scan then prints the findings as text
  --shard K/N            scan: scan only part K of N (1 <= K <= N); files are split by a hash of
                         their path, the same on every machine; JSON and SARIF record the shard
  --cache FILE           scan, report: keep each file's results in FILE, keyed by a hash of its
                         content, the settings and the engine; unchanged files are not scanned
                         again. Without it nothing is cached. A damaged or outdated cache is
                         replaced; a FILE that is not a cache is refused, never overwritten
  --jobs N               scan, report: scan files in N worker threads (default: one per core)
  --fail-on LEVEL        scan, merge: exit 1 when a finding is at or above LEVEL:
                         error, warning, information, hint or none (default: error)
  --config FILE          settings file (default: .privacy-lens.json in the root, if present);
                         its "regulations" key chooses the laws the checklist and report cite
  --debug                after an error's one line, print its stack trace
  -h, --help             show this help
  -v, --version          show the version

Environment:
  PRIVACY_LENS_NOW       the report's "generated at" time (ISO 8601), for reproducible output

Exit codes: scan, merge: 0 nothing at or above --fail-on, 1 something is; report, checklist: 0 done.
2 usage, configuration or I/O error.
`;

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
  shard: { type: 'string' },
  cache: { type: 'string' },
  jobs: { type: 'string' },
  config: { type: 'string' },
  debug: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

export function parseCommandLine(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  refuseEmptyValues(values);
  if (values.help) {
    return { command: 'help' };
  }
  if (values.version) {
    return { command: 'version' };
  }
  const [command, ...paths] = positionals;
  switch (command) {
    case undefined:
      return { command: 'help' };
    case 'scan':
      return parseScan(values, paths);
    case 'merge':
      return parseMerge(values, paths);
    case 'report':
      return parseReport(values, paths);
    case 'checklist':
      return parseChecklist(values, paths);
    default:
      throw new UsageError(`unknown command "${command}"; the commands are scan, merge, report and checklist (see --help)`);
  }
}

function common(values: ParsedValues): CommonOptions {
  return { debug: values.debug ?? false, ...(values.config !== undefined ? { config: values.config } : {}) };
}

function parseScan(values: ParsedValues, paths: readonly string[]): ScanCommand {
  return {
    command: 'scan',
    paths: paths.length > 0 ? paths : ['.'],
    format: oneOf(values.format ?? 'text', SCAN_FORMATS, '--format'),
    failOn: parseFailOn(values['fail-on'] ?? 'error'),
    ...common(values),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.shard !== undefined ? { shard: parseShard(values.shard) } : {}),
    ...(values.cache !== undefined ? { cache: values.cache } : {}),
    ...(values.jobs !== undefined ? { jobs: parseJobs(values.jobs) } : {}),
  };
}

function parseMerge(values: ParsedValues, files: readonly string[]): MergeCommand {
  refuse(values, 'merge', ['shard', 'config', 'cache', 'jobs']);
  if (files.length === 0) {
    throw new UsageError('merge needs the shards\' report files, e.g. privacy-lens merge shard-*.sarif');
  }
  return {
    command: 'merge',
    files,
    failOn: parseFailOn(values['fail-on'] ?? 'error'),
    debug: values.debug ?? false,
    ...(values.format !== undefined ? { format: oneOf(values.format, MERGE_FORMATS, '--format') } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
  };
}

function parseReport(values: ParsedValues, paths: readonly string[]): ReportCommand {
  refuse(values, 'report', ['fail-on', 'shard']);
  return {
    command: 'report',
    paths: paths.length > 0 ? paths : ['.'],
    format: oneOf(values.format ?? 'markdown', REPORT_FORMATS, '--format'),
    ...common(values),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.cache !== undefined ? { cache: values.cache } : {}),
    ...(values.jobs !== undefined ? { jobs: parseJobs(values.jobs) } : {}),
  };
}

function parseChecklist(values: ParsedValues, paths: readonly string[]): ChecklistCommand {
  refuse(values, 'checklist', ['fail-on', 'output', 'shard', 'cache', 'jobs']);
  if (paths.length > 1) {
    throw new UsageError(`checklist takes one workspace folder, got ${paths.length}: ${paths.join(' ')}`);
  }
  return { command: 'checklist', path: paths[0] ?? '.', format: oneOf(values.format ?? 'text', CHECKLIST_FORMATS, '--format'), ...common(values) };
}

/** `--output ""` would otherwise quietly mean stdout, and `--config ""` the default file; the other values have their own checks. */
function refuseEmptyValues(values: ParsedValues): void {
  for (const name of ['output', 'config', 'cache'] as const) {
    if (values[name]?.trim() === '') {
      throw new UsageError(`--${name} needs a file name, got an empty value`);
    }
  }
}

/** Options that mean nothing to a command are refused, rather than silently ignored. */
function refuse(values: ParsedValues, command: string, options: readonly ('fail-on' | 'output' | 'shard' | 'config' | 'cache' | 'jobs')[]): void {
  const given = options.find((option) => values[option] !== undefined);
  if (given) {
    throw new UsageError(`--${given} does not apply to ${command} (see --help)`);
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
}

function parseFailOn(value: string): FailOn {
  if (value === 'none' || isSeverity(value)) {
    return value;
  }
  throw new UsageError(`--fail-on must be one of error, warning, information, hint, none, got "${value}"`);
}

/** `K/N` with whole numbers 1 <= K <= N; anything else is refused in one line. */
export function parseShard(value: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || index < 1 || index > count) {
    throw new UsageError(`--shard must be K/N with 1 <= K <= N, got "${value}"`);
  }
  return { index, count };
}

/** Worker threads: a whole number from 1 to MAX_JOBS. */
export function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, got "${value}"`);
  }
  return jobs;
}

const MAX_JOBS = 64;
