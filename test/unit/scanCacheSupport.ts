/** A scanner that counts what it parses, and temporary workspaces, for the scan cache tests. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Scanner, type ScanTextOptions, type TextScanResult } from '../../src/core/scan/scanner';

/** Records the path of every file it is asked to scan: a cache hit never reaches it. */
export class CountingScanner extends Scanner {
  readonly scanned: string[] = [];

  override scanText(text: string, options: ScanTextOptions): Promise<TextScanResult> {
    this.scanned.push(options.filePath);
    return super.scanText(text, options);
  }
}

export const SOURCES: Readonly<Record<string, string>> = {
  'src/patient.ts': `export class Patient {
  email = '';
  diagnosis = '';
}
export function register(patient: Patient): void {
  console.log(\`registered \${patient.email}\`);
}
`,
  'worker/intake.py': `import logging

def intake(user):
    logging.info("new user %s", user.email)
    # privacy-lens-disable-next-line personal-data-in-log -- the address is masked downstream
    logging.info("phone %s", user.phone_number)
`,
  'db/schema.sql': `CREATE TABLE customers (
  id INT PRIMARY KEY,
  email VARCHAR(200),
  date_of_birth DATE
);
`,
};

export async function makeCacheWorkspace(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-cache-'));
  for (const [name, content] of Object.entries(SOURCES)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}
