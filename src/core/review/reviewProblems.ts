/**
 * What the review store tells the user about a review file it cannot use, one message per kind,
 * each naming the file and saying what to do.
 */
import type { ReviewFileProblem, ReviewProblemKind } from './model';
import { ReviewMergeConflict } from './reviewConflict';
import { CURRENT_REVIEW_VERSION, NewerReviewVersion } from './reviewSchema';
import { InvalidReviewFile } from './reviewValidation';

/** Kinds whose file is never written over: it holds decisions a new file would lose. */
const KEPT_UNTOUCHED: ReadonlySet<ReviewProblemKind> = new Set(['merge-conflict', 'newer-version']);

/** Why the file cannot be used, before anything is said about backups. */
export interface ReviewFileFailure {
  readonly kind: ReviewProblemKind;
  readonly sentence: string;
}

/** A write refused because the review file must be kept as it is; the message says why and what to do. */
export class ReviewFileRefused extends Error {
  constructor(readonly problem: ReviewFileProblem) {
    super(problem.message);
    this.name = 'ReviewFileRefused';
  }
}

/** True when no write may replace the file (a merge conflict, a newer schema). */
export function keepsFileUntouched(problem: { readonly kind?: ReviewProblemKind }): boolean {
  return problem.kind !== undefined && KEPT_UNTOUCHED.has(problem.kind);
}

/** The failure an error from parseReviewFile stands for. */
export function failureOfInvalidFile(file: string, error: InvalidReviewFile): ReviewFileFailure {
  if (error instanceof ReviewMergeConflict) {
    return {
      kind: 'merge-conflict',
      sentence:
        `The review file ${file} has git merge-conflict markers starting at line ${error.line}. It is kept as it is, and no decision is shown or recorded until they are resolved: ` +
        'open it, keep the decisions of both sides, delete the <<<<<<<, ======= and >>>>>>> lines, save it and run git add on it.',
    };
  }
  if (error instanceof NewerReviewVersion) {
    return {
      kind: 'newer-version',
      sentence:
        `The review file ${file} was written by a newer Privacy Lens (schema version ${error.version}; this one reads up to ${CURRENT_REVIEW_VERSION}). ` +
        'It is kept as it is, and no decision is shown or recorded until Privacy Lens is updated.',
    };
  }
  return { kind: 'invalid', sentence: `The review file is not valid: ${error.message}.` };
}

export function failureOfUnreadableFile(file: string, error: unknown): ReviewFileFailure {
  return { kind: 'unreadable', sentence: `The review file ${file} could not be read: ${error instanceof Error ? error.message : String(error)}.` };
}

/** The problem a read reports: a file that is kept says so already; another one is replaced by the next decision. */
export function problemOnRead(failure: ReviewFileFailure): ReviewFileProblem {
  if (KEPT_UNTOUCHED.has(failure.kind)) {
    return { kind: failure.kind, message: failure.sentence };
  }
  return { kind: failure.kind, message: `${failure.sentence} No review decisions are shown until it is fixed; recording one first keeps a copy of the file as a backup.` };
}

/** The problem a write reports after copying the unusable file to `backupPath` and starting a new one. */
export function problemAfterBackup(failure: ReviewFileFailure, backupPath: string): ReviewFileProblem {
  return { kind: failure.kind, message: `${failure.sentence} It was copied to ${backupPath} and a new review file was started with this decision.`, backupPath };
}
