/**
 * The review file on disk. Every update re-reads the file under a lock shared by all processes,
 * applies one change and replaces the file atomically, so two windows recording different
 * decisions both land, and a writer killed at any step leaves the old file or the new one whole.
 * Nothing a DPO wrote is lost: a file with merge-conflict markers or from a newer Privacy Lens is
 * never written over; an unreadable file, or one of an older schema, is copied beside itself first.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { errorCode, removeAbandonedTemporaries, writeFileAtomic } from './atomicWrite';
import { type FileLockOptions, withFileLock } from './fileLock';
import { EMPTY_REVIEW, REVIEW_FILE, type ReviewChange, type ReviewMigration, type ReviewRead, type ReviewState } from './model';
import { backUpReviewFile } from './reviewBackup';
import { applyReviewChange, InvalidReviewFile, parseReviewFile, serializeReviewState } from './reviewFile';
import { failureOfInvalidFile, failureOfUnreadableFile, keepsFileUntouched, problemAfterBackup, problemOnRead, type ReviewFileFailure, ReviewFileRefused } from './reviewProblems';
import { CURRENT_REVIEW_VERSION } from './reviewSchema';

export { ReviewFileRefused, keepsFileUntouched } from './reviewProblems';

/**
 * Observes an update's steps, each awaited before the next. The crash tests stop a writer there
 * and kill it; nothing else passes one.
 */
export interface ReviewWriteSteps {
  /** The lock is held; the file is not read yet. */
  readonly lockTaken?: () => Promise<void> | void;
  /** The new text is flushed to the temporary file, which is not yet renamed over the review file. */
  readonly temporaryWritten?: (temporary: string) => Promise<void> | void;
  /** The review file has been replaced; the lock is still held. */
  readonly replaced?: () => Promise<void> | void;
}

export interface ReviewStoreOptions {
  /** The clock that names backups; tests pin it. */
  readonly now?: () => Date;
  readonly lock?: FileLockOptions;
  readonly steps?: ReviewWriteSteps;
}

/** The review file's absolute path under a workspace root. */
export function reviewFilePath(root: string): string {
  return path.join(root, ...REVIEW_FILE.split('/'));
}

/**
 * The review state at `root`. A missing file is an empty review; a file that cannot be used gives
 * an empty review and a problem naming the file, what is wrong and what to do. A file of an older
 * schema is migrated in memory and left as it is on disk.
 */
export async function readReviewState(root: string): Promise<ReviewRead> {
  const current = await readFromDisk(reviewFilePath(root));
  if (current.failure !== undefined) {
    return { state: current.state, problem: problemOnRead(current.failure) };
  }
  return current.migration ? { state: current.state, migration: current.migration } : { state: current.state };
}

/**
 * Applies one change to the review file at `root` under the cross-process lock, and returns the
 * state written. Before the file is replaced, an unreadable one is copied to
 * `.privacy-lens/review.unreadable-<UTC time>.json`, one of an older schema to
 * `.privacy-lens/review.v<old version>-<UTC time>.json`. Creates `.privacy-lens/` when missing.
 * @throws ReviewFileRefused when the file has merge-conflict markers or a newer schema (it is left
 *   as it is); InvalidReviewFile when the change itself is not valid (nothing is written); the file
 *   system's error when the backup or the write fails (the file on disk is left as it was).
 */
export async function updateReview(root: string, change: ReviewChange, options: ReviewStoreOptions = {}): Promise<ReviewRead> {
  const file = reviewFilePath(root);
  const steps = options.steps ?? {};
  await fs.mkdir(path.dirname(file), { recursive: true });
  return withFileLock(
    `${file}.lock`,
    async () => {
      await steps.lockTaken?.();
      await removeAbandonedTemporaries(file);
      const current = await readFromDisk(file);
      if (current.failure !== undefined && keepsFileUntouched(current.failure)) {
        throw new ReviewFileRefused(problemOnRead(current.failure));
      }
      const state = applyReviewChange(current.state, change);
      const now = (options.now ?? (() => new Date()))();
      const written: { state: ReviewState; problem?: ReviewRead['problem']; migration?: ReviewMigration } = { state };
      if (current.failure !== undefined) {
        written.problem = problemAfterBackup(current.failure, await backUpReviewFile(file, 'unreadable', now, 'could not be read'));
      }
      if (current.migration !== undefined) {
        const { fromVersion } = current.migration;
        written.migration = { fromVersion, backupPath: await backUpReviewFile(file, `v${fromVersion}`, now, `is of schema version ${fromVersion}`) };
      }
      await writeFileAtomic(file, serializeReviewState(state), undefined, steps.temporaryWritten);
      await steps.replaced?.();
      return written;
    },
    options.lock,
  );
}

interface DiskRead {
  readonly state: ReviewState;
  readonly failure?: ReviewFileFailure;
  /** Set when the file is of an older schema and was migrated in memory. */
  readonly migration?: ReviewMigration;
}

/** The state in the file, or an empty state and what is wrong with the file. */
async function readFromDisk(file: string): Promise<DiskRead> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return { state: EMPTY_REVIEW };
    }
    return { state: EMPTY_REVIEW, failure: failureOfUnreadableFile(file, error) };
  }
  try {
    const { state, fromVersion } = parseReviewFile(text, file);
    return fromVersion < CURRENT_REVIEW_VERSION ? { state, migration: { fromVersion } } : { state };
  } catch (error) {
    if (error instanceof InvalidReviewFile) {
      return { state: EMPTY_REVIEW, failure: failureOfInvalidFile(file, error) };
    }
    throw error;
  }
}
