/**
 * The category vocabulary: fideslang's keys plus the ones we add in its style.
 */
import { FIDESLANG_CATEGORIES } from './fideslangCategories';
import { ADDED_CATEGORIES } from './addedCategories';

const NAMES = new Map<string, string>([
  ...FIDESLANG_CATEGORIES.map((c) => [c.key, c.name] as const),
  ...ADDED_CATEGORIES.map((c) => [c.key, c.name] as const),
]);

/** Whether `key` is a known category (fideslang or added). */
export function isKnownCategory(key: string): boolean {
  return NAMES.has(key);
}

/** Labels that read better in a sentence than fideslang's names ("User Contact Email"). */
const SENTENCE_LABELS: Readonly<Record<string, string>> = {
  'user.contact.email': 'email address',
  'user.contact.address': 'postal address',
  'user.demographic.date_of_birth': 'date of birth',
  'user.health_and_medical': 'health data',
  'user.financial.credit_card': 'payment card data',
  'user.financial.bank_account': 'bank account details',
  'user.financial': 'financial data',
  'user.location.precise': 'precise location',
  'user.location.imprecise': 'approximate location',
  'user.biometric': 'biometric data',
  'user.unique_id.pseudonymous': 'pseudonymous identifier',
  'user.content.self_image': 'photo of the person',
  user: 'personal data',
};

/** A human label for a category key, lower-cased for use inside a sentence. */
export function categoryLabel(key: string): string {
  const name = SENTENCE_LABELS[key] ?? NAMES.get(key);
  return name ? name.replace(/^User (Contact )?/, '').toLowerCase() : key;
}
