/** How a review decision reads in the text and Markdown outputs. */
import { HIPAA_OUTCOME_LABELS, REVIEW_STATUS_LABELS, type ReviewEntry } from '../review/model';

/** Said of an item or a finding nobody has decided on yet (not the same as a recorded "Pending"). */
export const NOT_REVIEWED = 'Not reviewed';

/** "Acceptable", or "Acceptable; HIPAA: Implemented" where a HIPAA outcome is recorded. */
export function statusLabel(entry: ReviewEntry | undefined): string {
  if (!entry) {
    return NOT_REVIEWED;
  }
  const status = REVIEW_STATUS_LABELS[entry.status];
  return entry.hipaaOutcome ? `${status}; HIPAA: ${HIPAA_OUTCOME_LABELS[entry.hipaaOutcome]}` : status;
}
