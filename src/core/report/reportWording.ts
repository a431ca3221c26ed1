/** Wording shared by the text and Markdown outputs. */
import { HIPAA_OUTCOME_LABELS, REVIEW_STATUS_LABELS, type ReviewEntry } from '../review/model';
import { REGULATION_NAMES, type Regulation } from '../taxonomy/sensitivity';

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

/** "GDPR, Singapore PDPA, CCPA/CPRA", or "none". */
export function lawsInScope(regulations: readonly Regulation[]): string {
  return regulations.map((r) => REGULATION_NAMES[r]).join(', ') || 'none';
}
