/**
 * The DPO checklist: one closed question per item. Every citation
 * comes from ../shared/reference/legal-mapping.md (section 2, the row named on each item), which
 * was checked against the law texts in reference/laws/; provisions it marks (s) are `secondary`
 * here and UNVERIFIED ones `unverified`. Paraphrases are ours. This is not legal advice.
 */
import { AUDIT_LOGGING, DATA_PROTECTION_BY_DESIGN, DPIA_SCREENING } from './accountabilityItems';
import { BREACH_READINESS } from './breachItems';
import { PERSONAL_DATA_INVENTORY, SPECIAL_CATEGORY_DATA } from './dataItems';
import { LOGGING_MINIMISATION, PSEUDONYMISATION, RETENTION_ERASURE } from './lifecycleItems';
import type { ChecklistItem } from './model';
import { ACCESS_CONTROL, ENCRYPTION_AT_REST, SECRET_MANAGEMENT } from './protectionItems';
import { CRYPTOGRAPHIC_STRENGTH, ENCRYPTION_IN_TRANSIT } from './securityItems';
import { THIRD_PARTY_SHARING } from './sharingItems';

export { CHECKLIST_AS_OF, CHECKLIST_VERSION } from './edition';

/** In the order of the mapping's rows (1-15), so the DPO can read the two side by side. */
export const CHECKLIST: readonly ChecklistItem[] = [
  PERSONAL_DATA_INVENTORY,
  SPECIAL_CATEGORY_DATA,
  ENCRYPTION_AT_REST,
  ENCRYPTION_IN_TRANSIT,
  CRYPTOGRAPHIC_STRENGTH,
  SECRET_MANAGEMENT,
  ACCESS_CONTROL,
  LOGGING_MINIMISATION,
  THIRD_PARTY_SHARING,
  RETENTION_ERASURE,
  AUDIT_LOGGING,
  PSEUDONYMISATION,
  BREACH_READINESS,
  DPIA_SCREENING,
  DATA_PROTECTION_BY_DESIGN,
];

const BY_ID = new Map(CHECKLIST.map((item) => [item.id, item]));

export function checklistItem(id: string): ChecklistItem | undefined {
  return BY_ID.get(id);
}
