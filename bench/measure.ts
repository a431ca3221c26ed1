/**
 * Runs one command and measures its wall time and peak memory. Peak RSS comes from GNU time
 * (`/usr/bin/time -v`) when it is installed; without it the figure is reported as unknown rather
 * than guessed.
 */
import { spawn } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

const GNU_TIME = '/usr/bin/time';

export interface Measurement {
  readonly wallSeconds: number;
  /** Peak resident set size in MB, when GNU time could tell. */
  readonly peakRssMb?: number;
  readonly exitCode: number;
  readonly stderr: string;
}

export async function measure(command: string, args: readonly string[], cwd: string): Promise<Measurement> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `privacy-lens-bench-time-${process.pid}.txt`);
  const [program, programArgs] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = process.hrtime.bigint();
  const { exitCode, stderr } = await run(program, programArgs, cwd);
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  let peakRssMb: number | undefined;
  if (useTime) {
    const report = await fs.readFile(timeFile, 'utf8').catch(() => '');
    const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
    peakRssMb = kilobytes ? Number(kilobytes) / 1024 : undefined;
    await fs.rm(timeFile, { force: true });
  }
  return { wallSeconds, peakRssMb, exitCode, stderr };
}

function run(program: string, args: readonly string[], cwd: string): Promise<{ exitCode: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    // stdout is discarded: the tools write their results to files, and a terminal would slow them.
    const child = spawn(program, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, stderr }));
  });
}

/** Whether `program` can be found on PATH. */
export function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, program)));
}
