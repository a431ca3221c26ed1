/**
 * Decides whether an identifier names personal data, and which category.
 * Context decides: the owner (`Patient` vs `Product`), the words around the term
 * (`emailTemplate` is not an email; `emailHash` is a pseudonymous id; `cardLast4` is a reduced
 * card number), the declared type or validation annotations (`EmailStr`, `@IsEmail()`), and the
 * user's own patterns and ignore list.
 */
import { splitIdentifier } from './identifiers';
import { type Term, TERMS } from './terms';
import {
  HASH_WORDS,
  MASK_WORDS,
  NEUTRAL_TRAILING_WORDS,
  NON_DATA_LEADING_WORDS,
  NON_DATA_TRAILING_WORDS,
  NON_PERSON_WORDS,
  PERSON_WORDS,
  THING_WORDS,
} from './wordLists';

export interface Classification {
  readonly category: string;
  /** The words of the identifier that named the data. */
  readonly matched: string;
  /**
   * `hash`: a one-way derivative (`emailHash`), reported as a pseudonymous id;
   * `mask`: a reduced form (`cardLast4`, `maskedPhone`), still personal but less identifying.
   */
  readonly derivative?: 'hash' | 'mask';
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
const PSEUDONYMOUS_ID = 'user.unique_id.pseudonymous';

/** A vehicle's registration is a person's only when the vehicle is: it follows its owner like contact details do. */
function isOwnerIndependent(category: string): boolean {
  return OWNER_INDEPENDENT_PREFIXES.some((p) => category.startsWith(p)) && !category.startsWith('user.government_id.vehicle_registration');
}

export function classifyIdentifier(identifier: string, context: ClassifyContext = {}): Classification | undefined {
  const words = splitIdentifier(identifier);
  const first = words[0];
  if (first === undefined || holdsAService(context.typeText)) {
    return undefined;
  }
  const leadingDerivative = derivativeOf(first);
  const ownerWords = context.owner ? splitIdentifier(context.owner) : [];
  const ownerKind = classifyOwner(context.owner);
  const inContext = findTermMatches(words).filter((m) => inItsContext(m, words, ownerWords));
  // A contextual term needs a person: in the owner, before it in the name, or a strong term before it (`billingAddressCity`).
  const supported = (m: TermMatch): boolean =>
    m.term.strength === 'strong' ||
    ownerKind === 'person' ||
    words.slice(0, m.start).some(isPersonWord) ||
    inContext.some((o) => o.term.strength === 'strong' && o.end <= m.start);
  const matches = inContext.filter(supported);
  const head = matches[0];
  if (!head) {
    return leadingDerivative || inContext.length > 0 || ownerKind === 'nonPerson' ? undefined : classifyByType(context);
  }
  // A leading word outside the term makes the name about the data (`isEmailVerified`, `sendEmail`),
  // except a yes/no about special-category data, which reveals it (`isPregnant`).
  if (head.start > 0 && NON_DATA_LEADING_WORDS.has(first) && !(FLAG_WORDS.has(first) && namesSensitiveFlag(words.slice(1)))) {
    return undefined;
  }
  const trailing = readTrailing(words.slice(head.end), head.term.category);
  const before = words[head.start - 1];
  if (!trailing || (before !== undefined && THING_WORDS.has(before))) {
    return undefined;
  }
  const personInName = words.slice(0, head.start).some(isPersonWord);
  const ownerIndependent = isOwnerIndependent(head.term.category);
  if (ownerKind === 'nonPerson' && !personInName && !ownerIndependent) {
    return undefined;
  }
  const matched = words.slice(head.start, head.end).join(' ');
  // `last4` on a card or account names the masked form itself.
  const namesMask = head.term.words[0] === 'last' ? 'mask' : undefined;
  return withDerivative(head.term.category, matched, trailing.derivative ?? leadingDerivative ?? namesMask);
}

/** Objects that do things rather than hold data: `prescriptions: PrescriptionsService` is injected code, not prescriptions. */
const SERVICE_TYPE_SUFFIX = /(Service|Repository|Repo|Client|Controller|Gateway|Provider|Dao|Factory|Handler|Manager|Module)(<.*>)?\??$/;

function holdsAService(typeText: string | undefined): boolean {
  return typeText !== undefined && SERVICE_TYPE_SUFFIX.test(typeText.trim());
}

/** `isPregnant`, `hasDisability`: a yes/no about special-category data reveals that data itself. */
const FLAG_WORDS = new Set(['is', 'has', 'was', 'had']);

function namesSensitiveFlag(rest: readonly string[]): boolean {
  const head = findTermMatches(rest)[0];
  return head !== undefined && FLAG_REVEALS.some((p) => head.term.category.startsWith(p));
}

const FLAG_REVEALS = ['user.childrens', 'user.health_and_medical', 'user.biometric', 'user.criminal_history', 'user.demographic.religious_belief', 'user.demographic.sexual_orientation', 'user.demographic.race_ethnicity', 'user.demographic.trade_union_membership', 'user.demographic.political_opinion'];

/** A context-bound term counts only when its context word stands before it in the name or in the owner's name. */
function inItsContext(match: TermMatch, words: readonly string[], ownerWords: readonly string[]): boolean {
  const context = match.term.contextWords;
  if (!context) {
    return true;
  }
  const around = [...words.slice(0, match.start), ...ownerWords];
  return around.some((w) => context.includes(w) || (w.endsWith('s') && context.includes(w.slice(0, -1))));
}

/** A hash of a credential is not personal data of its own (the crypto rules judge it); a hash of anything else is a pseudonymous id. */
function withDerivative(category: string, matched: string, derivative: Classification['derivative']): Classification | undefined {
  if (derivative === 'hash') {
    return category.startsWith('user.authorization') ? undefined : { category: PSEUDONYMOUS_ID, matched, derivative };
  }
  return derivative ? { category, matched, derivative } : { category, matched };
}

/** Reads the words after the term: undefined when they make it something other than the data. */
function readTrailing(trailing: readonly string[], category: string): { derivative?: Classification['derivative'] } | undefined {
  let derivative: Classification['derivative'];
  const pointsToImages = POINTER_CATEGORIES.some((p) => category.startsWith(p));
  for (let i = 0; i < trailing.length; i++) {
    const word = trailing[i]!;
    if (word === 'last' && /^\d+$/.test(trailing[i + 1] ?? '') && TIME_UNITS.has(trailing[i + 2] ?? '')) {
      i += 2; // a time window (`missedPaymentsLast12m`), not a masked value
    } else if (word === 'last' && /^(\d+|four)$/.test(trailing[i + 1] ?? '')) {
      derivative ??= 'mask';
      i++;
    } else if (derivativeOf(word)) {
      derivative ??= derivativeOf(word);
    } else if (/^\d+$/.test(word) || (POINTER_WORDS.has(word) && pointsToImages) || (word === 'template' && category.startsWith('user.biometric'))) {
      // A face or voice "template" is the biometric data itself; elsewhere a template is not data.
      continue;
    } else if (NON_DATA_TRAILING_WORDS.has(word) || !NEUTRAL_TRAILING_WORDS.has(word)) {
      return undefined;
    }
  }
  return { derivative };
}

/**
 * `photoUrl`, `selfieImageKey`, `documentFrontBase64`: a link to, or an encoding of, an image or a
 * document is the image or document as far as privacy goes (a `diagnosisCodeLookupUrl` is not).
 */
const POINTER_WORDS = new Set(['url', 'urls', 'uri', 'key', 'path', 'link', 'base64', 'jpeg', 'jpg', 'png', 'image', 'blob', 'bytes', 'video', 'scan', 'file', 'object', 'storage', 'zhaopian', 'zhengmian', 'fanmian']);
const POINTER_CATEGORIES = ['user.content', 'user.biometric', 'user.government_id'];

const TIME_UNITS = new Set(['d', 'm', 'y', 'h', 'w', 'days', 'months', 'years', 'mo', 'weeks']);

function derivativeOf(word: string): Classification['derivative'] {
  return HASH_WORDS.has(word) ? 'hash' : MASK_WORDS.has(word) && word !== 'last' ? 'mask' : undefined;
}

/**
 * Whether a name stands for a whole person record (`patient`, `currentUser`, `customers`):
 * logging one writes every field it holds.
 */
export function isPersonRecordName(identifier: string): boolean {
  const words = splitIdentifier(identifier);
  const last = words[words.length - 1];
  const singular = last?.endsWith('s') && !PERSON_WORDS.has(last) ? last.slice(0, -1) : last;
  return singular !== undefined && isPersonWord(last!) && !NOT_A_WHOLE_RECORD.has(singular) && words.every((w) => isPersonWord(w) || RECORD_QUALIFIERS.has(w));
}

/**
 * Person words that, alone, more often name something else: a child process or DOM node, an HTTP
 * client, a class member, a regex match, an account in a ledger. They still give a field context.
 */
const NOT_A_WHOLE_RECORD = new Set(['child', 'client', 'owner', 'lead', 'match', 'subject', 'holder', 'sender', 'receiver', 'partner', 'member', 'account', 'contact', 'caller', 'me', 'personal', 'human', 'referee', 'nominee', 'emergency', 'kyc', 'reporter', 'reviewer', 'hire', 'dependent', 'dependant', 'author']);

const RECORD_QUALIFIERS = new Set(['current', 'new', 'old', 'existing', 'updated', 'saved', 'created', 'loaded', 'fetched', 'logged', 'in', 'auth', 'authenticated', 'my', 'the', 'target', 'selected']);

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
  return words.some((w) => NON_PERSON_WORDS.has(w) || (w.endsWith('s') && NON_PERSON_WORDS.has(w.slice(0, -1)))) ? 'nonPerson' : 'unknown';
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
    if (LOCATION_TYPE.test(words.join(''))) {
      return { category: 'user.location.precise', matched: evidence };
    }
    if (words.includes('personal') && words.includes('data')) {
      // ASP.NET Identity's [PersonalData] / [ProtectedPersonalData]: the author says so.
      return { category: 'user', matched: evidence };
    }
  }
  return undefined;
}

/** Types that hold coordinates: `pickup: LatLngDto`, `home: GeoPoint`, `route: Coordinates[]`. */
const LOCATION_TYPE = /latlng|latlon|geopoint|coordinate|geolocation|gps|routepoint/;
