import { CONTEXTUAL_TERMS } from './contextual';
import { IDENTITY_TERMS } from './identity';
import { INTERNATIONAL_TERMS } from './international';
import { SPECIAL_TERMS } from './special';
import type { Term } from './term';

export type { Term, TermStrength } from './term';

/** Every term the classifier knows. */
export const TERMS: readonly Term[] = [...IDENTITY_TERMS, ...SPECIAL_TERMS, ...INTERNATIONAL_TERMS, ...CONTEXTUAL_TERMS];
