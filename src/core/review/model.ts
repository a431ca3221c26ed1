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

/** The review file could not be used as it was: what happened, in one message naming the file. */
export interface ReviewFileProblem {
  readonly message: string;
  /** Where the unreadable file was copied before anything was written, if it was. */
  readonly backupPath?: string;
}

export interface ReviewRead {
  readonly state: ReviewState;
  readonly problem?: ReviewFileProblem;
}
