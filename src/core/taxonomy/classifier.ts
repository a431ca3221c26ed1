/**
 * Decides whether an identifier names personal data, and which category.
 * Context decides: the owner (`Patient` vs `Product`), the words around the term
 * (`emailTemplate` is not an email) and the declared type (`EmailStr`).
 */
import { splitIdentifier } from './identifiers';
import {
  NEUTRAL_TRAILING_WORDS,
  NON_DATA_LEADING_WORDS,
  NON_DATA_TRAILING_WORDS,
  NON_PERSON_WORDS,
  PERSON_WORDS,
  type Term,
  TERMS,
} from './terms';

export interface Classification {
  readonly category: string;
  /** The words of the identifier that named the data. */
  readonly matched: string;
}

export interface ClassifyContext {
  /** The enclosing type or object (`Patient`), or the object of a member chain (`patient` in `patient.email`). */
  readonly owner?: string;
  readonly typeText?: string;
  /** Validation annotations and attributes (`@IsEmail()`, `[Phone]`) vouch for the value like a type does. */
  readonly annotations?: readonly string[];
}

export type OwnerKind = 'person' | 'nonPerson' | 'unknown';

/** Categories whose data is about a person even on a non-person owner (an SSN field on `Booking`). */
const OWNER_INDEPENDENT_PREFIXES = ['user.health_and_medical', 'user.government_id', 'user.biometric', 'user.financial', 'user.criminal_history', 'user.demographic'];

export function classifyIdentifier(identifier: string, context: ClassifyContext = {}): Classification | undefined {
  const words = splitIdentifier(identifier);
  const first = words[0];
  if (first === undefined || NON_DATA_LEADING_WORDS.has(first)) {
    return undefined;
  }
  const matches = findTermMatches(words);
  const head = matches[0];
  if (!head) {
    return classifyByType(context);
  }
  const trailing = words.slice(head.end);
  if (trailing.some((w) => NON_DATA_TRAILING_WORDS.has(w) || !NEUTRAL_TRAILING_WORDS.has(w))) {
    return undefined;
  }
  const personInName = words.slice(0, head.start).some(isPersonWord);
  const ownerKind = classifyOwner(context.owner);
  const strong = head.term.strength === 'strong' || matches.some((m) => m.term.strength === 'strong');
  if (!strong && !personInName && ownerKind !== 'person') {
    return undefined;
  }
  const ownerIndependent = OWNER_INDEPENDENT_PREFIXES.some((p) => head.term.category.startsWith(p));
  if (ownerKind === 'nonPerson' && !personInName && !ownerIndependent) {
    return undefined;
  }
  return { category: head.term.category, matched: words.slice(head.start, head.end).join(' ') };
}

/**
 * Whether a name stands for a whole person record (`patient`, `currentUser`, `customers`):
 * logging one writes every field it holds.
 */
export function isPersonRecordName(identifier: string): boolean {
  const words = splitIdentifier(identifier);
  const last = words[words.length - 1];
  return last !== undefined && isPersonWord(last) && last !== 'personal' && words.every((w) => isPersonWord(w) || RECORD_QUALIFIERS.has(w));
}

const RECORD_QUALIFIERS = new Set(['current', 'new', 'old', 'existing', 'updated', 'saved', 'created', 'logged', 'in', 'auth', 'authenticated', 'my', 'the', 'target', 'selected']);

interface TermMatch {
  readonly term: Term;
  readonly start: number;
  readonly end: number;
}

/** All term matches, the head first: the one ending last (English compounds end in their head noun), then the longest. */
function findTermMatches(words: readonly string[]): TermMatch[] {
  const matches: TermMatch[] = [];
  for (let start = 0; start < words.length; start++) {
    for (const term of termsStartingWith(words[start]!)) {
      if (matchesAt(words, start, term.words)) {
        matches.push({ term, start, end: start + term.words.length });
      }
    }
  }
  return matches.sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start));
}

/** Terms indexed by their first word, so matching costs a map look-up per word rather than a pass over every term. */
const TERMS_BY_FIRST_WORD = new Map<string, Term[]>();
for (const term of TERMS) {
  const first = term.words[0]!;
  TERMS_BY_FIRST_WORD.set(first, [...(TERMS_BY_FIRST_WORD.get(first) ?? []), term]);
}

function termsStartingWith(word: string): readonly Term[] {
  const exact = TERMS_BY_FIRST_WORD.get(word) ?? [];
  // Plurals only matter for one-word terms (`emails`, `addresses`); matchesAt checks the suffix.
  const singular = word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : word.endsWith('s') ? [word.slice(0, -1)] : [];
  return [...exact, ...singular.flatMap((w) => TERMS_BY_FIRST_WORD.get(w) ?? [])];
}

function matchesAt(words: readonly string[], start: number, termWords: readonly string[]): boolean {
  if (start + termWords.length > words.length) {
    return false;
  }
  return termWords.every((termWord, i) => {
    const word = words[start + i]!;
    const isLast = i === termWords.length - 1;
    return word === termWord || (isLast && (word === termWord + 's' || word === termWord + 'es'));
  });
}

function isPersonWord(word: string): boolean {
  return PERSON_WORDS.has(word) || (word.endsWith('s') && PERSON_WORDS.has(word.slice(0, -1)));
}

/** Whether an owner name (`Patient`, `productRepo`) names a person, a thing, or neither. */
export function classifyOwner(owner: string | undefined): OwnerKind {
  if (!owner) {
    return 'unknown';
  }
  const words = splitIdentifier(owner);
  if (words.some(isPersonWord)) {
    return 'person';
  }
  return words.some((w) => NON_PERSON_WORDS.has(w)) ? 'nonPerson' : 'unknown';
}

/**
 * `contact: EmailStr`, `reach: PhoneNumber`, `@IsEmail() contact`, `[EmailAddress] Contact`: a
 * declared type or a validation annotation can name the data when the identifier does not.
 */
function classifyByType(context: ClassifyContext): Classification | undefined {
  // Only a named type speaks for the value: an inline object type's member names belong to its members.
  const namedType = context.typeText && /^[\w.]+(\[\])?$/.test(context.typeText) ? [context.typeText] : [];
  const validators = (context.annotations ?? []).map((a) => a.replace(/^[@[]/, '').replace(/[(\]].*$/s, ''));
  for (const evidence of [...namedType, ...validators]) {
    const words = splitIdentifier(evidence);
    if (words.includes('email')) {
      return { category: 'user.contact.email', matched: evidence };
    }
    if (words.includes('phone')) {
      return { category: 'user.contact.phone_number', matched: evidence };
    }
  }
  return undefined;
}
