/**
 * Review-form state that must survive a re-render: the extension sends a fresh report after each
 * save (and on every rescan), which rebuilds the page; what the DPO typed but has not saved yet,
 * and the outcome of each save, are put back on the new controls.
 */
import type { HipaaOutcome, ReviewStatus } from '../../core/review/model';

/** What a review form holds; `hipaaOutcome` is '' when none is chosen. */
export interface ReviewDraft {
  readonly status: ReviewStatus;
  readonly hipaaOutcome: HipaaOutcome | '';
  readonly reviewer: string;
  readonly note: string;
}

export interface SaveOutcome {
  readonly ok: boolean;
  readonly message?: string;
}

/** A form's key: `checklist:<item id>` or `finding:<fingerprint>`. */
export type ReviewKey = string;

export class ReviewFormState {
  private readonly drafts = new Map<ReviewKey, ReviewDraft>();
  private readonly outcomes = new Map<ReviewKey, SaveOutcome>();
  /** Saves sent and not yet answered, oldest first: the extension answers them in order. */
  private readonly awaiting: { readonly key: ReviewKey; readonly sent: ReviewDraft }[] = [];

  editDraft(key: ReviewKey, draft: ReviewDraft): void {
    this.drafts.set(key, draft);
    this.outcomes.delete(key);
  }

  draft(key: ReviewKey): ReviewDraft | undefined {
    return this.drafts.get(key);
  }

  /** The form's values went to the extension: the next report carries them, so the draft goes. */
  saveSent(key: ReviewKey, sent: ReviewDraft): void {
    this.drafts.delete(key);
    this.outcomes.delete(key);
    this.awaiting.push({ key, sent });
  }

  /**
   * Records the answer to the oldest save and returns the form it belongs to, if one was waiting.
   * A save that failed keeps what was typed, so a later re-render does not lose it.
   */
  saveAnswered(outcome: SaveOutcome): ReviewKey | undefined {
    const answered = this.awaiting.shift();
    if (answered === undefined) {
      return undefined;
    }
    this.outcomes.set(answered.key, outcome);
    if (!outcome.ok && !this.drafts.has(answered.key)) {
      this.drafts.set(answered.key, answered.sent);
    }
    return answered.key;
  }

  isAwaiting(key: ReviewKey): boolean {
    return this.awaiting.some((waiting) => waiting.key === key);
  }

  outcome(key: ReviewKey): SaveOutcome | undefined {
    return this.outcomes.get(key);
  }
}
