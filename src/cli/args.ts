/**
 * Command-line parsing for `privacy-lens`, with Node's own util.parseArgs. Bad arguments become
 * a UsageError whose message is the one line the user sees.
 */
import { parseArgs } from 'util';
import { isSeverity, type Severity } from '../core/model';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export type FailOn = Severity | 'none';

export interface ScanCommand {
  readonly command: 'scan';
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly output?: string;
  readonly failOn: FailOn;
  readonly config?: string;
  readonly debug: boolean;
}

export type CliCommand = ScanCommand | { readonly command: 'help' } | { readonly command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: privacy-lens scan [paths...] [options]

Scans source files for personal data and the gaps that leave it unprotected.
Directories are walked honouring .gitignore and default excludes (node_modules, .git, build output).

Options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE (atomically) and print the findings as text
  --fail-on LEVEL            exit 1 when a finding is at or above LEVEL:
                             error, warning, information, hint or none (default: error)
  --config FILE              settings file (default: .privacy-lens.json in the scan root, if present)
  --debug                    print stack traces for internal errors
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 nothing at or above --fail-on, 1 something is, 2 usage, configuration or I/O error.
`;

export function parseCommandLine(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    return { command: 'help' };
  }
  if (values.version) {
    return { command: 'version' };
  }
  const [command, ...paths] = positionals;
  if (command === undefined) {
    return { command: 'help' };
  }
  if (command !== 'scan') {
    throw new UsageError(`unknown command "${command}"; the only command is "scan" (see --help)`);
  }
  return {
    command: 'scan',
    paths: paths.length > 0 ? paths : ['.'],
    format: oneOf(values.format ?? 'text', FORMATS, '--format'),
    failOn: parseFailOn(values['fail-on'] ?? 'error'),
    debug: values.debug ?? false,
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
  };
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
