/**
 * The review file on disk. Every update re-reads the file under a lock shared by all processes,
 * applies one change and replaces the file atomically, so two windows recording different
 * decisions both land. A file that cannot be read is never overwritten before it has been copied
 * to a backup beside it: a DPO's notes are not lost to a bad merge or a hand edit.
 */
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { errorCode, writeFileAtomic } from './atomicWrite';
import { type FileLockOptions, withFileLock } from './fileLock';
import { EMPTY_REVIEW, REVIEW_FILE, type ReviewChange, type ReviewFileProblem, type ReviewRead, type ReviewState } from './model';
import { applyReviewChange, InvalidReviewFile, parseReviewState, serializeReviewState } from './reviewFile';

export interface ReviewStoreOptions {
  /** The clock that names backups; tests pin it. */
  readonly now?: () => Date;
  readonly lock?: FileLockOptions;
}

/** The review file's absolute path under a workspace root. */
export function reviewFilePath(root: string): string {
  return path.join(root, ...REVIEW_FILE.split('/'));
}

/**
 * The review state at `root`. A missing file is an empty review; a file that cannot be read or
 * is not valid gives an empty review and a problem naming the file and what is wrong with it.
 */
export async function readReviewState(root: string): Promise<ReviewRead> {
  const file = reviewFilePath(root);
  const current = await readFromDisk(file);
  if (current.failure === undefined) {
    return { state: current.state };
  }
  return {
    state: current.state,
    problem: { message: `${current.failure} No review decisions are shown until it is fixed; recording one first keeps a copy of the file as a backup.` },
  };
}

/**
 * Applies one change to the review file at `root` under the cross-process lock, and returns the
 * state written. An unreadable file is first copied to `.privacy-lens/review.unreadable-<UTC time>.json`
 * and the problem names the copy. Creates `.privacy-lens/` when missing.
 * @throws InvalidReviewFile when the change itself is not valid (nothing is written), or the file
 *   system's error when the backup or the write fails (the file on disk is left as it was).
 */
export async function updateReview(root: string, change: ReviewChange, options: ReviewStoreOptions = {}): Promise<ReviewRead> {
  const file = reviewFilePath(root);
  await fs.mkdir(path.dirname(file), { recursive: true });
  return withFileLock(
    `${file}.lock`,
    async () => {
      const current = await readFromDisk(file);
      const state = applyReviewChange(current.state, change);
      let problem: ReviewFileProblem | undefined;
      if (current.failure !== undefined) {
        const backupPath = await backUp(file, (options.now ?? (() => new Date()))());
        problem = { message: `${current.failure} It was copied to ${backupPath} and a new review file was started with this decision.`, backupPath };
      }
      await writeFileAtomic(file, serializeReviewState(state));
      return problem ? { state, problem } : { state };
    },
    options.lock,
  );
}

/** The state in the file, or an empty state and a sentence saying what is wrong with it. */
async function readFromDisk(file: string): Promise<{ state: ReviewState; failure?: string }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return { state: EMPTY_REVIEW };
    }
    return { state: EMPTY_REVIEW, failure: `The review file ${file} could not be read: ${error instanceof Error ? error.message : String(error)}.` };
  }
  try {
    return { state: parseReviewState(text, file) };
  } catch (error) {
    if (error instanceof InvalidReviewFile) {
      return { state: EMPTY_REVIEW, failure: `The review file is not valid: ${error.message}.` };
    }
    throw error;
  }
}

/** Copies the file beside itself under a name no earlier backup has; the copy fails rather than overwrite one. */
async function backUp(file: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const base = path.join(path.dirname(file), `review.unreadable-${stamp}`);
  for (let copy = 1; ; copy++) {
    const backupPath = copy === 1 ? `${base}.json` : `${base}-${copy}.json`;
    try {
      await fs.copyFile(file, backupPath, constants.COPYFILE_EXCL);
      return backupPath;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') {
        throw new Error(`The review file ${file} could not be read and could not be backed up to ${backupPath} (${error instanceof Error ? error.message : String(error)}); nothing was written.`);
      }
    }
  }
}
