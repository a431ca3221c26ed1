/** A fingerprint of a folder as it is on disk: every file's relative path and bytes, in sorted order. */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

export interface TreeFingerprint {
  readonly files: number;
  readonly bytes: number;
  readonly sha256: string;
}

export async function fingerprintTree(root: string): Promise<TreeFingerprint> {
  const relativePaths = (await listFiles(root, '')).sort();
  const hash = createHash('sha256');
  let bytes = 0;
  for (const relativePath of relativePaths) {
    const content = await fs.readFile(path.join(root, relativePath));
    hash.update(relativePath).update('\0').update(content).update('\0');
    bytes += content.length;
  }
  return { files: relativePaths.length, bytes, sha256: hash.digest('hex') };
}

async function listFiles(root: string, relative: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      found.push(...(await listFiles(root, child)));
    } else if (entry.isFile()) {
      found.push(child);
    }
  }
  return found;
}
