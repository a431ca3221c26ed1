/**
 * The checklist's edition: its version and the date its citations were checked, and the helpers
 * every item file uses to date a law's stance on an item. Kept apart from items.ts so that the
 * item files can use them without importing the list that imports them.
 */
import type { RegulationScope } from './model';

/** Date the citations were last checked against the mapping (its research and audit date); shown with every citation. */
export const CHECKLIST_AS_OF = '2026-11-29';
/** Bumped when items, questions or citations change, so review state can tell which edition it answered. */
export const CHECKLIST_VERSION = '2';

/** The law bears on the item for anyone within its reach. */
export function applies(note: string): RegulationScope {
  return { applicability: 'applies', note, asOf: CHECKLIST_AS_OF };
}

/** The law bears on the item only for some organisations, data or choices, named in the note. */
export function depends(note: string): RegulationScope {
  return { applicability: 'depends', note, asOf: CHECKLIST_AS_OF };
}

/** The law has nothing on this item; the note says why. */
export function doesNotApply(note: string): RegulationScope {
  return { applicability: 'does-not-apply', note, asOf: CHECKLIST_AS_OF };
}

/** HIPAA's reach, the same on every item: it binds covered entities and business associates, for PHI. */
export const HIPAA_ONLY_FOR_PHI = 'Only covered entities and business associates holding PHI';
