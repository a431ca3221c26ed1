/**
 * Privacy-by-design prompts (data minimisation, GDPR Art. 5(1)(c) and 25): for categories where
 * a less identifying form often serves, what to suggest and, where a mechanical rename makes the
 * intent clear, the name of the reduced field. Data, one entry per category family.
 */
import { splitIdentifier } from './identifiers';

export interface MinimisationSuggestion {
  /** Applies to this category key and its sub-keys. */
  readonly categoryPrefix: string;
  /** A clause that completes "Privacy by design: ...". */
  readonly suggestion: string;
  /** Words of the reduced field's name, replacing the words that named the data (`birth year`). */
  readonly reducedName?: string;
  /** Only when the owner's name has one of these words (an email only for analytics). */
  readonly onlyForOwnerWords?: readonly string[];
}

export const MINIMISATION_SUGGESTIONS: readonly MinimisationSuggestion[] = [
  { categoryPrefix: 'user.demographic.date_of_birth', suggestion: 'a birth year or an age band often serves instead of the full date of birth', reducedName: 'birth year' },
  { categoryPrefix: 'user.contact.address.street', suggestion: 'a postal-code prefix or the city often serves instead of the street' },
  { categoryPrefix: 'user.contact.address', suggestion: 'a postal-code prefix or the city often serves instead of the full address' },
  { categoryPrefix: 'user.financial.credit_card', suggestion: 'the last four digits and a payment-provider token usually serve instead of the full card number', reducedName: 'card last4' },
  { categoryPrefix: 'user.financial.bank_account', suggestion: 'the last four digits and a payment-provider token usually serve instead of the full account number', reducedName: 'account last4' },
  { categoryPrefix: 'user.government_id', suggestion: 'the last four characters, or a "verified" flag, usually serve instead of the full identifier', reducedName: 'id last4' },
  { categoryPrefix: 'user.location.precise', suggestion: 'a coarse location (the city, or coordinates rounded to about 1 km) often serves instead of precise coordinates' },
  {
    categoryPrefix: 'user.contact.email',
    suggestion: 'a keyed hash or a random token identifies the user for analytics without the address',
    reducedName: 'email hash',
    onlyForOwnerWords: ['analytics', 'event', 'events', 'tracking', 'metric', 'metrics', 'segment', 'telemetry', 'audit'],
  },
];

/** The suggestion for a category on an owner, if any. */
export function minimisationFor(category: string, owner?: string): MinimisationSuggestion | undefined {
  const ownerWords = owner ? splitIdentifier(owner) : [];
  return MINIMISATION_SUGGESTIONS.find(
    (s) =>
      (category === s.categoryPrefix || category.startsWith(s.categoryPrefix + '.')) &&
      (!s.onlyForOwnerWords || ownerWords.some((w) => s.onlyForOwnerWords!.includes(w))),
  );
}

/**
 * The reduced field's name in the identifier's own style: `dateOfBirth` -> `birthYear`,
 * `date_of_birth` -> `birth_year`, `DateOfBirth` -> `BirthYear`; owner words stay (`patientDob` -> `patientBirthYear`).
 */
export function reducedFieldName(identifier: string, matchedWords: string, reducedWords: string): string {
  const words = splitIdentifier(identifier);
  const matched = matchedWords.split(' ');
  const start = words.findIndex((_w, i) => matched.every((m, j) => words[i + j] === m || words[i + j] === m + 's'));
  const kept = start < 0 ? [] : words.slice(0, start);
  const result = [...kept, ...reducedWords.split(' ')];
  if (identifier.includes('_')) {
    const joined = result.join('_');
    return identifier === identifier.toUpperCase() ? joined.toUpperCase() : joined;
  }
  if (identifier.includes('-')) {
    return result.join('-');
  }
  const camel = result.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[A-Z]/.test(identifier) ? camel.charAt(0).toUpperCase() + camel.slice(1) : camel;
}
