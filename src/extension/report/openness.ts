/**
 * When a finding or a checklist item counts as open in the editor: until the DPO has recorded
 * it as acceptable. Pending, to-correct and improvable all still ask for someone's attention.
 */
import type { ReviewEntry } from '../../core/review/model';

export function isOpen(entry: ReviewEntry | undefined): boolean {
  return entry?.status !== 'acceptable';
}
