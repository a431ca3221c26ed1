/**
 * Per-law applicability and breach-notification clocks on a checklist item. The contract has the
 * shapes (RegulationScope, NotificationClock); ChecklistItem gains the fields that carry them as
 * optional `applicability` and `deadlines`, so the renderer reads them here, in one place, and
 * shows nothing where an item has none.
 */
import type { ChecklistItem, NotificationClock, RegulationScope } from '../../core/checklist/model';
import type { Regulation } from '../../core/taxonomy/sensitivity';

export interface ChecklistItemScope {
  readonly applicability?: Readonly<Partial<Record<Regulation, RegulationScope>>>;
  readonly deadlines?: readonly NotificationClock[];
}

export function scopeOf(item: ChecklistItem, regulation: Regulation): RegulationScope | undefined {
  return (item as ChecklistItem & ChecklistItemScope).applicability?.[regulation];
}

export function deadlinesOf(item: ChecklistItem): readonly NotificationClock[] {
  return (item as ChecklistItem & ChecklistItemScope).deadlines ?? [];
}

/**
 * Whether the HIPAA addressable-outcome choice belongs on this item: HIPAA is in scope and bears
 * on the item (its stated applicability, or else whether the item cites HIPAA at all).
 */
export function hipaaAppliesTo(item: ChecklistItem, regulations: readonly Regulation[]): boolean {
  if (!regulations.includes('HIPAA')) {
    return false;
  }
  const scope = scopeOf(item, 'HIPAA');
  return scope ? scope.applicability !== 'does-not-apply' : item.citations.some((citation) => citation.regulation === 'HIPAA');
}
