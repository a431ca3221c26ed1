/**
 * The words of the CodeLens above a record holding personal data. No `vscode` import: the unit
 * tests read it as the user would.
 */
import type { PersonalDataRecord } from '../core/inventory/model';

/** "4 personal-data fields, 1 sensitive · purpose not recorded · checklist: 2 open". */
export function recordLensTitle(record: PersonalDataRecord, openChecklistItems: number): string {
  const fields = record.fields.length;
  const sensitive = record.fields.filter((f) => f.sensitive).length;
  const purposes = record.annotation?.purposes ?? [];
  return [
    `${fields} personal-data field${fields === 1 ? '' : 's'}${sensitive > 0 ? `, ${sensitive} sensitive` : ''}`,
    purposes.length > 0 ? `purpose: ${purposes.join(', ')}` : 'purpose not recorded',
    `checklist: ${openChecklistItems} open`,
  ].join(' · ');
}
