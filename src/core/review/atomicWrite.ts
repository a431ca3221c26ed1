/**
 * Whole-file replacement that never leaves a half-written file: the text goes to a temporary file
 * in the same folder (so the rename stays on one file system), then the temporary file is renamed
 * over the target. A reader sees the old file or the new one, never a mix.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Writes the text into the open temporary file; tests pass one that fails midway. */
export type TextWriter = (handle: fs.FileHandle, text: string) => Promise<void>;

/** Errors Windows gives while a virus scanner or an indexer holds the target open for a moment. */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 5;

/** Writes `text` to `target` atomically; on any failure the temporary file is removed and the target is untouched. */
export async function writeFileAtomic(target: string, text: string, write: TextWriter = writeAndFlush): Promise<void> {
  const temporary = path.join(path.dirname(target), `${path.basename(target)}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await write(handle, text);
    } finally {
      await handle.close();
    }
    await renameWithRetry(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Flushed before the rename, so that a crash cannot leave an empty file under the target's name. */
async function writeAndFlush(handle: fs.FileHandle, text: string): Promise<void> {
  await handle.writeFile(text, 'utf8');
  await handle.sync();
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !TRANSIENT_RENAME_ERRORS.has(errorCode(error))) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** The Node error code (`ENOENT`, `EEXIST`...), or '' for anything else. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}
