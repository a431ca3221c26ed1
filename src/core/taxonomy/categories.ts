/**
 * The category vocabulary: fideslang's keys plus the ones we add in its style.
 */
import { FIDESLANG_CATEGORIES } from './fideslangCategories';
import { ADDED_CATEGORIES } from './terms';

const NAMES = new Map<string, string>([
  ...FIDESLANG_CATEGORIES.map((c) => [c.key, c.name] as const),
  ...ADDED_CATEGORIES.map((c) => [c.key, c.name] as const),
]);

/** Whether `key` is a known category (fideslang or added). */
export function isKnownCategory(key: string): boolean {
  return NAMES.has(key);
}

/** A human label for a category key: fideslang's name, lower-cased for use inside a sentence. */
export function categoryLabel(key: string): string {
  const name = NAMES.get(key);
  return name ? name.replace(/^User (Contact )?/, '').toLowerCase() : key;
}
