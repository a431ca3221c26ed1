/** Copies of the review file kept beside it before it is replaced; an earlier copy is never overwritten. */
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { errorCode } from './atomicWrite';

/**
 * Copies `file` to `review.<label>-<UTC time>.json` beside it (`-2`, `-3`... when that name is
 * taken) and returns the copy's path.
 * @throws Error naming the file and the copy when the copy fails; the caller then writes nothing.
 */
export async function backUpReviewFile(file: string, label: string, now: Date, why: string): Promise<string> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const base = path.join(path.dirname(file), `review.${label}-${stamp}`);
  for (let copy = 1; ; copy++) {
    const backupPath = copy === 1 ? `${base}.json` : `${base}-${copy}.json`;
    try {
      await fs.copyFile(file, backupPath, constants.COPYFILE_EXCL);
      return backupPath;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') {
        throw new Error(`The review file ${file} ${why} and could not be backed up to ${backupPath} (${error instanceof Error ? error.message : String(error)}); nothing was written.`);
      }
    }
  }
}
