/**
 * Review state: the DPO's answers, kept in the repository at `.privacy-lens/review.json` so they
 * are versioned and read in code review. Statuses follow the CNIL PIA tool (pending, to correct,
 * improvable, acceptable); where HIPAA applies, an addressable specification's outcome under
 * 45 CFR 164.306(d)(3) is recorded beside it (legal-mapping.md section 4, A3 and A5).
 */

/** Path of the review file, relative to the workspace (or scan) root. */
export const REVIEW_FILE = '.privacy-lens/review.json';

export const REVIEW_STATUSES = ['pending', 'to-correct', 'improvable', 'acceptable'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  pending: 'Pending',
  'to-correct': 'To correct',
  improvable: 'Improvable',
  acceptable: 'Acceptable',
};

/** HIPAA addressable-specification outcomes (45 CFR 164.306(d)(3)), each needing a documented rationale. */
export const HIPAA_OUTCOMES = ['implemented', 'alternative-documented', 'not-reasonable-documented'] as const;
export type HipaaOutcome = (typeof HIPAA_OUTCOMES)[number];

export const HIPAA_OUTCOME_LABELS: Readonly<Record<HipaaOutcome, string>> = {
  implemented: 'Implemented',
  'alternative-documented': 'Equivalent alternative implemented (documented)',
  'not-reasonable-documented': 'Not reasonable and appropriate (documented)',
};

/** One decision about a checklist item or a finding. */
export interface ReviewEntry {
  readonly status: ReviewStatus;
  /** Only where HIPAA is in scope for the item. */
  readonly hipaaOutcome?: HipaaOutcome;
  readonly reviewer?: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
  readonly note?: string;
}

/** A decision about one finding, keyed by its fingerprint; where it was is kept so the file reads on its own. */
export interface FindingReviewEntry extends ReviewEntry {
  readonly ruleId: string;
  /** Relative to the root, `/` separators. */
  readonly file: string;
  /** Set when the decision is to suppress the finding: why it is acceptable. */
  readonly suppressionReason?: string;
}

export interface ReviewState {
  readonly version: 1;
  /** By checklist item id. */
  readonly checklist: Readonly<Record<string, ReviewEntry>>;
  /** By finding fingerprint. */
  readonly findings: Readonly<Record<string, FindingReviewEntry>>;
}

export const EMPTY_REVIEW: ReviewState = { version: 1, checklist: {}, findings: {} };

/** One edit to the review state; `entry: undefined` removes the decision. */
export type ReviewChange =
  | { readonly kind: 'checklist'; readonly itemId: string; readonly entry: ReviewEntry | undefined }
  | { readonly kind: 'finding'; readonly fingerprint: string; readonly entry: FindingReviewEntry | undefined };

/**
 * What kept the review file from being used. A `merge-conflict` or `newer-version` file is never
 * written over: it holds decisions that would be lost, so every write is refused until a person
 * fixes it. An `unreadable` or `invalid` file is copied to a backup before a new one is started.
 */
export type ReviewProblemKind = 'unreadable' | 'invalid' | 'merge-conflict' | 'newer-version';

/** The review file could not be used as it was: what happened, in one message naming the file. */
export interface ReviewFileProblem {
  readonly message: string;
  /** Where the unreadable file was copied before anything was written, if it was. */
  readonly backupPath?: string;
  /** Absent only in problems built before kinds existed; the engine always sets it. */
  readonly kind?: ReviewProblemKind;
}

/** The file was written by an older Privacy Lens and read through the migrations to the current schema. */
export interface ReviewMigration {
  /** The `version` the file had (0 for a file without one). */
  readonly fromVersion: number;
  /** Set once a write has kept the old file beside the new one as `review.v<old>-<UTC time>.json`. */
  readonly backupPath?: string;
}

export interface ReviewRead {
  readonly state: ReviewState;
  readonly problem?: ReviewFileProblem;
  readonly migration?: ReviewMigration;
}
