/** Temporary workspaces and in-process runs of the CLI, for the report and checklist tests. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';

export const PATIENT_SOURCE = `export class Patient {
  id = '';
  email = '';
  diagnosis = '';
}

export function register(patient: Patient): void {
  console.log(\`registered \${patient.email}\`);
}
`;

/** A folder with one source file, and whatever else a test adds. */
export async function makeWorkspace(files: Record<string, string> = {}): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-report-'));
  for (const [name, content] of Object.entries({ 'src/patient.ts': PATIENT_SOURCE, ...files })) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

export async function run(args: string[], cwd: string, env: Record<string, string> = { PRIVACY_LENS_NOW: '2026-12-01T09:30:00Z' }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env });
  return { code, stdout, stderr };
}
