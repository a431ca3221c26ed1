/**
 * Per-law applicability and breach-notification clocks of a checklist item, read in one place.
 */
import type { ChecklistItem, NotificationClock, RegulationScope } from '../../core/checklist/model';
import type { Regulation } from '../../core/taxonomy/sensitivity';

export function scopeOf(item: ChecklistItem, regulation: Regulation): RegulationScope | undefined {
  return item.applicability[regulation];
}

export function deadlinesOf(item: ChecklistItem): readonly NotificationClock[] {
  return item.deadlines ?? [];
}

/** Whether the HIPAA addressable-outcome choice belongs on this item: HIPAA is in scope and bears on the item. */
export function hipaaAppliesTo(item: ChecklistItem, regulations: readonly Regulation[]): boolean {
  return regulations.includes('HIPAA') && scopeOf(item, 'HIPAA')?.applicability !== 'does-not-apply';
}
