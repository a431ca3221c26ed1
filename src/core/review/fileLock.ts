/**
 * A lock shared by every process that edits one file (two VS Code windows, the CLI): a lock file
 * created with the `wx` flag, which the file system creates for exactly one of them. The others
 * retry briefly. A lock left behind by a process that died (killed mid-write, a crash) is taken
 * over at once when it names a process on this machine that no longer runs, and otherwise once it
 * is older than `staleAfterMs`: a holder keeps it for milliseconds, so a lock that old is
 * abandoned. The age rule covers a lock written from another machine (a shared folder) and a
 * process id reused since.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import os from 'node:os';
import { errorCode } from './atomicWrite';
import { isProcessAlive } from './processAlive';

export interface FileLockOptions {
  /** A lock file older than this is abandoned and taken over. */
  readonly staleAfterMs?: number;
  /** Give up waiting after this long. */
  readonly timeoutMs?: number;
}

const DEFAULT_STALE_AFTER_MS = 5_000;
const DEFAULT_TIMEOUT_MS = 15_000;

/** Runs `action` while holding the lock at `lockPath`, and releases it whatever happens. */
export async function withFileLock<T>(lockPath: string, action: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const token = await acquire(lockPath, options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    return await action();
  } finally {
    await release(lockPath, token);
  }
}

async function acquire(lockPath: string, staleAfterMs: number, timeoutMs: number): Promise<string> {
  // The token tells our lock from one that replaced it after ours was taken over as stale, and
  // tells the next process who held it: `<pid> <host> <random>`.
  const token = `${process.pid} ${os.hostname()} ${randomUUID()}`;
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.writeFile(lockPath, token, { flag: 'wx' });
      return token;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') {
        throw error;
      }
    }
    if (await takeOverIfStale(lockPath, staleAfterMs)) {
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`${lockPath}: another process has held this lock for over ${Math.round(timeoutMs / 1000)} s; if no Privacy Lens or privacy-lens command is running, delete the file.`);
    }
    // Jitter keeps two waiting processes from retrying in step.
    await new Promise((resolve) => setTimeout(resolve, 5 * Math.min(attempt + 1, 8) + Math.random() * 10));
  }
}

/**
 * Removes an abandoned lock; true when the caller should try again at once. The lock is first
 * renamed aside, and put back if what was moved is not the file judged stale (a new holder took
 * the lock between the look and the move).
 */
async function takeOverIfStale(lockPath: string, staleAfterMs: number): Promise<boolean> {
  const seen = await statOrUndefined(lockPath);
  if (!seen) {
    return true;
  }
  if (Date.now() - seen.mtimeMs < staleAfterMs && !(await holderIsGone(lockPath))) {
    return false;
  }
  const aside = `${lockPath}.stale-${process.pid}-${randomUUID().slice(0, 8)}`;
  try {
    await fs.rename(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return true;
    }
    throw error;
  }
  const moved = await fs.stat(aside);
  if (moved.ino !== seen.ino || moved.mtimeMs !== seen.mtimeMs) {
    await fs.link(aside, lockPath).catch((error: unknown) => {
      if (errorCode(error) !== 'EEXIST') {
        throw error;
      }
    });
  }
  await fs.rm(aside, { force: true });
  return true;
}

/** True when the lock names a process on this machine that has exited; false when it cannot tell. */
async function holderIsGone(lockPath: string): Promise<boolean> {
  let token: string;
  try {
    token = await fs.readFile(lockPath, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return false;
    }
    throw error;
  }
  // An empty or foreign token (a holder that has created the file but not written it yet, a lock
  // from an older version without the host) says nothing: only its age can retire it.
  const match = /^(\d+) (\S+) \S+$/.exec(token);
  if (!match || match[2] !== os.hostname()) {
    return false;
  }
  return !isProcessAlive(Number(match[1]));
}

async function release(lockPath: string, token: string): Promise<void> {
  try {
    if ((await fs.readFile(lockPath, 'utf8')) === token) {
      await fs.rm(lockPath, { force: true });
    }
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      throw error;
    }
  }
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}
