/** The workspace the shard and merge tests scan, and in-process runs of the CLI over it. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * The fixture workspace and the example app side by side (findings of every severity in use,
 * a suppression, an ignored folder), plus what a merge could get wrong: names whose URI
 * encoding sorts differently from the name itself, and a file the scan skips as binary.
 * Returns the working folder; the scanned folder is its `ws/`.
 */
export async function makeShardWorkspace(): Promise<string> {
  const cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-shard-'));
  const dir = path.join(cwd, 'ws');
  await fs.cp(path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'), path.join(dir, 'fixture'), { recursive: true });
  await fs.cp(path.join(REPO_ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  const patient = await fs.readFile(path.join(REPO_ROOT, 'test', 'fixtures', 'workspace', 'src', 'patient.ts'), 'utf8');
  await fs.writeFile(path.join(dir, 'fixture', 'src', 'Ärzte patient.ts'), patient);
  await fs.writeFile(path.join(dir, 'fixture', 'src', 'z patient.ts'), patient);
  await fs.writeFile(path.join(dir, 'fixture', 'src', 'blob.ts'), Buffer.from([0x63, 0x6f, 0x6e, 0x73, 0x74, 0x00, 0x01]));
  // The severity settings give the run findings at every level, so --fail-on is tested at each.
  await fs.writeFile(path.join(dir, '.privacy-lens.json'), JSON.stringify({ severity: { 'insecure-cookie': 'hint' } }));
  return cwd;
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runIn(cwd: string, args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

/** Scans shard K of N (of `ws`, or of `scanArgs`: paths and options) for every K, and returns the reports' file names. */
export async function writeShards(cwd: string, count: number, format: 'json' | 'sarif', scanArgs: readonly string[] = ['ws']): Promise<string[]> {
  const names: string[] = [];
  for (let index = 1; index <= count; index++) {
    const name = `shard-${index}-of-${count}.${format}`;
    const run = await runIn(cwd, ['scan', ...scanArgs, '--shard', `${index}/${count}`, '--format', format, '--fail-on', 'none']);
    if (run.code !== 0) {
      throw new Error(`scan --shard ${index}/${count} failed: ${run.stderr}`);
    }
    await fs.writeFile(path.join(cwd, name), run.stdout);
    names.push(name);
  }
  return names;
}
