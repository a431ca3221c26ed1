/** `privacy-lens merge FILE...`: the shards' reports of `scan --shard K/N`, as one full scan's report. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { MergeError, mergeShards, type ShardInput } from '../core/report/mergeShards';
import type { MergeCommand } from './args';
import { inBatches, writeFileAtomically } from './atomicWrite';
import { CliFailure, EXIT_FINDINGS, EXIT_OK } from './exitCodes';
import { failsOn } from './failOn';
import { fsFailureReason } from './fsErrors';
import type { CliIo } from './io';

export async function runMerge(command: MergeCommand, io: CliIo): Promise<number> {
  const inputs: ShardInput[] = [];
  for (const file of command.files) {
    inputs.push({ name: file, text: await readShard(file, io.cwd) });
  }
  let merged;
  try {
    merged = mergeShards(inputs, command.format);
  } catch (error) {
    throw error instanceof MergeError ? new CliFailure(error.message) : error;
  }
  if (command.output) {
    await writeFileAtomically(path.resolve(io.cwd, command.output), merged.text, `--output ${command.output}`);
    io.stdout(`Merged ${inputs.length} shard${inputs.length === 1 ? '' : 's'} into ${command.output}\n`);
  } else {
    for (const batch of inBatches(merged.text)) {
      io.stdout(batch);
    }
  }
  return failsOn(merged.findingsBySeverity, command.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

async function readShard(file: string, cwd: string): Promise<string> {
  try {
    return await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new CliFailure(`cannot read the shard report ${file}: ${fsFailureReason(error)}`, { cause: error });
  }
}
