/**
 * A term: a word sequence (after identifier splitting, see identifiers.ts) that names personal
 * data, with its fideslang category key (the deepest that fits).
 *
 * A `strong` term names personal data wherever it appears (`dateOfBirth`); a `contextual` term
 * only when the owner or the identifier itself names a person (`name` on `Patient`, not on
 * `Product`).
 */
export type TermStrength = 'strong' | 'contextual';

export interface Term {
  readonly words: readonly string[];
  readonly category: string;
  readonly strength: TermStrength;
  /**
   * The term names this data only when the owner or the identifier's own leading words include
   * one of these: `value` is health data on a `LabResult`, `grade` is a child's on a `Student`.
   */
  readonly contextWords?: readonly string[];
}

function terms(category: string, strength: TermStrength, phrases: readonly string[], contextWords?: readonly string[]): Term[] {
  return phrases.map((phrase) => ({ words: phrase.split(' '), category, strength, ...(contextWords ? { contextWords } : {}) }));
}

/** Strong terms for one category. */
export const strong = (category: string, ...phrases: string[]): Term[] => terms(category, 'strong', phrases);

/** Contextual terms for one category: they need a person as owner or in the name. */
export const contextual = (category: string, ...phrases: string[]): Term[] => terms(category, 'contextual', phrases);

/** Terms that name this category only in the context of an owner or prefix with one of `contextWords`. */
export const inContext = (contextWords: readonly string[], category: string, ...phrases: string[]): Term[] => terms(category, 'strong', phrases, contextWords);
