/**
 * Whole-file replacement that never leaves a half-written file: the text goes to a temporary file
 * in the same folder (so the rename stays on one file system), then the temporary file is renamed
 * over the target. A reader sees the old file or the new one, never a mix.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './processAlive';

/** Writes the text into the open temporary file; tests pass one that fails midway. */
export type TextWriter = (handle: fs.FileHandle, text: string) => Promise<void>;

/** Errors Windows gives while a virus scanner or an indexer holds the target open for a moment. */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 5;
const TEMPORARY_SUFFIX = '.tmp';

/** Called between the two steps; the crash tests stop the process there. */
export type TemporaryWrittenObserver = (temporary: string) => Promise<void> | void;

/**
 * Writes `text` to `target` atomically; on any failure the temporary file is removed and the target is untouched.
 * A process killed before the rename leaves `<target>.<pid>-<random>.tmp` beside an untouched target;
 * removeAbandonedTemporaries clears it later.
 */
export async function writeFileAtomic(target: string, text: string, write: TextWriter = writeAndFlush, temporaryWritten?: TemporaryWrittenObserver): Promise<void> {
  const temporary = path.join(path.dirname(target), `${path.basename(target)}.${process.pid}-${randomUUID().slice(0, 8)}${TEMPORARY_SUFFIX}`);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await write(handle, text);
    } finally {
      await handle.close();
    }
    await temporaryWritten?.(temporary);
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

/**
 * Deletes the temporary files of `target` left by writers that died before their rename: those
 * whose process id (in the name) no longer runs on this machine. Call it only while holding the
 * target's lock, when no live writer of ours is between its two steps.
 */
export async function removeAbandonedTemporaries(target: string): Promise<void> {
  const prefix = `${path.basename(target)}.`;
  const names = await fs.readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith(TEMPORARY_SUFFIX) ? /^(\d+)-[0-9a-f]{8}$/.exec(name.slice(prefix.length, -TEMPORARY_SUFFIX.length))?.[1] : undefined;
    if (pid !== undefined && !isProcessAlive(Number(pid))) {
      await fs.rm(path.join(path.dirname(target), name), { force: true });
    }
  }
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
