/**
 * `privacy-lens`: the command-line twin of the extension, for CI. Same engine, same findings.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { SEVERITY_RANK } from '../core/model';
import { buildJsonReport } from '../core/report/jsonReport';
import { buildSarifReport } from '../core/report/sarifReport';
import { buildTextReport } from '../core/report/textReport';
import { scanWorkspace, type WorkspaceScanResult } from '../core/scan/workspaceScan';
import { TOOL_VERSION } from '../core/version';
import { type CliCommand, type FailOn, parseCommandLine, type ScanCommand, USAGE, UsageError } from './args';
import { writeFileAtomically } from './atomicWrite';
import { ConfigFileError, loadConfigFile } from './configFile';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** Runs one command line and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command: CliCommand | undefined;
  try {
    command = parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        io.stdout(USAGE);
        return EXIT_OK;
      case 'version':
        io.stdout(`${TOOL_VERSION}\n`);
        return EXIT_OK;
      case 'scan':
        return await runScan(command, io);
    }
  } catch (error) {
    return reportError(error, command?.command === 'scan' && command.debug, io);
  }
}

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  const targets = command.paths.map((p) => path.resolve(io.cwd, p));
  for (const target of targets) {
    await fs.stat(target).catch(() => {
      throw new UsageError(`path not found: ${path.relative(io.cwd, target) || target}`);
    });
  }
  const root = await scanRoot(targets, io.cwd);
  const configPath = command.config ? path.resolve(io.cwd, command.config) : path.join(root, '.privacy-lens.json');
  const { config, problems } = await loadConfigFile(configPath, command.config !== undefined);
  for (const problem of problems) {
    io.stderr(`privacy-lens: ${path.relative(io.cwd, configPath)}: "${problem.key}": ${problem.message}\n`);
  }
  const result = await scanWorkspace(root, targets, { config });
  const report = render(result, command.format);
  if (command.output) {
    await writeFileAtomically(path.resolve(io.cwd, command.output), report);
    io.stdout(command.format === 'text' ? '' : buildTextReport(result));
    io.stdout(`Report written to ${command.output}\n`);
  } else {
    io.stdout(report);
  }
  return exceedsThreshold(result, command.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

/** One directory is its own root (reports are relative to it); otherwise the working directory is. */
async function scanRoot(targets: readonly string[], cwd: string): Promise<string> {
  const [only] = targets;
  if (targets.length === 1 && only && (await fs.stat(only)).isDirectory()) {
    return only;
  }
  return cwd;
}

function render(result: WorkspaceScanResult, format: ScanCommand['format']): string {
  switch (format) {
    case 'json':
      return JSON.stringify(buildJsonReport(result), null, 2) + '\n';
    case 'sarif':
      return JSON.stringify(buildSarifReport(result), null, 2) + '\n';
    case 'text':
      return buildTextReport(result);
  }
}

function exceedsThreshold(result: WorkspaceScanResult, failOn: FailOn): boolean {
  return failOn !== 'none' && result.findings.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[failOn]);
}

function reportError(error: unknown, debug: boolean, io: CliIo): number {
  if (error instanceof UsageError || error instanceof ConfigFileError) {
    io.stderr(`privacy-lens: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`privacy-lens: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) {
      io.stderr(`${error.stack}\n`);
    }
  }
  return EXIT_ERROR;
}
