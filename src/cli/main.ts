/**
 * `privacy-lens`: the command-line twin of the extension, for CI. Same engine, same findings,
 * same reports as the editor's export.
 */
import * as path from 'path';
import { buildJsonReport } from '../core/report/jsonReport';
import { jsonDocument } from '../core/report/jsonChunks';
import { markJsonShard, markSarifShard, type SeverityCounts } from '../core/report/mergeShardMarks';
import { buildSarifReport } from '../core/report/sarifReport';
import { textReportLines } from '../core/report/textReport';
import { collectSourceFiles } from '../core/scan/fileWalker';
import { filesInShard, type ShardSpec } from '../core/scan/shard';
import { ScanResultSpool } from '../core/scan/scanResultSpool';
import { type ScanResultLists, scanWorkspaceInto } from '../core/scan/workspaceScan';
import { TOOL_VERSION } from '../core/version';
import { type CliCommand, parseCommandLine, type ScanCommand, USAGE, UsageError } from './args';
import { inBatches, writeFileAtomically } from './atomicWrite';
import { withCacheOption } from './cacheOption';
import { runChecklist } from './checklistCommand';
import { failsOn } from './failOn';
import { runMerge } from './mergeCommand';
import { ConfigFileError } from './configFile';
import { CliFailure, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './exitCodes';
import { oneLine } from './fsErrors';
import type { CliIo } from './io';
import { runReport } from './reportCommand';
import { withScanPool } from './scanPool';
import { loadSettings, resolveTargets } from './workspace';

export { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './exitCodes';
export type { CliIo } from './io';

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
      case 'merge':
        return await runMerge(command, io);
      case 'report':
        return await runReport(command, io);
      case 'checklist':
        return await runChecklist(command, io);
    }
  } catch (error) {
    // A command line that did not parse still asked for --debug if it holds the flag.
    const debug = command !== undefined && 'debug' in command ? command.debug : argv.includes('--debug');
    return reportError(error, debug, io);
  }
}

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  const { root, targets } = await resolveTargets(command.paths, io.cwd);
  const config = await loadSettings(command.config, root, io);
  // A shard names its files explicitly: the walk (and its .gitignore and globs) ran once, here.
  const shardTargets = command.shard ? filesInShard(await collectSourceFiles(root, targets, config), command.shard).map((f) => f.absolutePath) : targets;
  // Findings wait on disk, not in memory, until the report is written (scanResultSpool.ts).
  const spool = new ScanResultSpool();
  try {
    await withCacheOption(command.cache, io, (cache) =>
      withScanPool(command.jobs, (scanner) => scanWorkspaceInto(spool, root, shardTargets, { config, scanner, ...(cache ? { cache } : {}) })),
    );
    const result = spool.lists();
    const findingsBySeverity = spool.findingsBySeverity();
    await writeScanReport(result, findingsBySeverity, command, io);
    return failsOn(findingsBySeverity, command.failOn) ? EXIT_FINDINGS : EXIT_OK;
  } finally {
    await spool.dispose();
  }
}

async function writeScanReport(result: ScanResultLists, findingsBySeverity: SeverityCounts, command: ScanCommand, io: CliIo): Promise<void> {
  const report = render(result, findingsBySeverity, command.format, command.shard);
  if (command.output) {
    await writeFileAtomically(path.resolve(io.cwd, command.output), report, `--output ${command.output}`);
    if (command.format !== 'text') {
      writeInBatches(textReportLines(result), io);
    }
    io.stdout(`Report written to ${command.output}\n`);
  } else {
    writeInBatches(report, io);
  }
}

function writeInBatches(pieces: Iterable<string>, io: CliIo): void {
  for (const batch of inBatches(pieces)) {
    io.stdout(batch);
  }
}

/** The report in pieces: a JSON or SARIF document is serialised as it is written, never held as one string. */
function render(result: ScanResultLists, findingsBySeverity: SeverityCounts, format: ScanCommand['format'], shard: ShardSpec | undefined): Iterable<string> {
  switch (format) {
    case 'json': {
      const report = buildJsonReport(result);
      return jsonDocument(shard ? markJsonShard(report, shard) : report);
    }
    case 'sarif': {
      const sarif = buildSarifReport(result);
      return jsonDocument(shard ? markSarifShard(sarif, shard, findingsBySeverity) : sarif);
    }
    case 'text':
      return { [Symbol.iterator]: () => textReportLines(result) };
  }
}


/**
 * One line on stderr saying what went wrong and where; the stack only with --debug. Errors the
 * CLI raises on purpose say everything already; anything else is an internal error, and its
 * line says how to see more.
 */
function reportError(error: unknown, debug: boolean, io: CliIo): number {
  const expected = error instanceof UsageError || error instanceof ConfigFileError || error instanceof CliFailure;
  const message = oneLine(error instanceof Error ? error.message : String(error));
  io.stderr(`privacy-lens: ${message}${expected || debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug) {
    io.stderr(`${debugDetails(error)}\n`);
  }
  return EXIT_ERROR;
}

/** The stack, and the stack of the error underneath (a failed write's fs error), when there is one. */
function debugDetails(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  const cause = error.cause instanceof Error ? `\nCaused by: ${error.cause.stack ?? error.cause.message}` : '';
  return `${error.stack ?? error.message}${cause}`;
}
