/**
 * The words that name personal data, mapped to fideslang category keys (the deepest that fits).
 * Keys that fideslang lacks are added as sub-keys in its style and listed in ADDED_CATEGORIES.
 *
 * A `strong` term names personal data wherever it appears (`dateOfBirth`); a `contextual` term
 * only when the owner or the identifier itself names a person (`name` on `Patient`, not on
 * `Product`). Terms are word sequences after splitting (see identifiers.ts).
 */
export type TermStrength = 'strong' | 'contextual';

export interface Term {
  readonly words: readonly string[];
  readonly category: string;
  readonly strength: TermStrength;
}

/** Categories we add where fideslang has no key, in fideslang's style. */
export const ADDED_CATEGORIES: ReadonlyArray<{ key: string; name: string; description: string }> = [
  {
    key: 'user.demographic.trade_union_membership',
    name: 'Trade Union Membership',
    description: 'Membership of a trade union (GDPR Art. 9(1); CCPA §1798.140(ae)). Added by Privacy Lens: fideslang has no key for it.',
  },
  {
    key: 'user.government_id.tax_id',
    name: 'Tax Identification Number',
    description: 'A personal tax identifier. Added by Privacy Lens: fideslang has no key for it.',
  },
];

const s = (category: string, ...phrases: string[]): Term[] =>
  phrases.map((p) => ({ words: p.split(' '), category, strength: 'strong' as const }));
const c = (category: string, ...phrases: string[]): Term[] =>
  phrases.map((p) => ({ words: p.split(' '), category, strength: 'contextual' as const }));

export const TERMS: readonly Term[] = [
  // Names
  ...s('user.name.first', 'first name', 'firstname', 'fname', 'given name', 'forename'),
  ...s('user.name.last', 'last name', 'lastname', 'lname', 'surname', 'family name', 'maiden name'),
  ...s('user.name', 'full name', 'fullname', 'legal name', 'middle name', 'xingming'),
  ...c('user.name', 'name', 'display name', 'nickname'),
  // Contact
  ...s('user.contact.email', 'email', 'e mail', 'email address', 'emailaddress'),
  ...c('user.contact.email', 'mail'),
  ...s('user.contact.phone_number', 'phone', 'telephone', 'phone number', 'phonenumber', 'mobile number', 'msisdn', 'shouji'),
  ...c('user.contact.phone_number', 'mobile', 'tel', 'cell'),
  ...s('user.contact.fax_number', 'fax'),
  ...s('user.contact.address', 'home address', 'street address', 'postal address', 'mailing address', 'billing address', 'shipping address', 'residential address'),
  ...c('user.contact.address', 'address', 'addr'),
  ...c('user.contact.address.street', 'street'),
  ...c('user.contact.address.city', 'city'),
  ...s('user.contact.address.postal_code', 'postcode', 'postal code', 'zip code', 'zipcode'),
  ...c('user.contact.address.postal_code', 'zip'),
  ...c('user.contact.address.country', 'country'),
  // Demographic
  ...s('user.demographic.date_of_birth', 'date of birth', 'dob', 'birth date', 'birthdate', 'birthday', 'birth day'),
  ...c('user.demographic.age_range', 'age'),
  ...c('user.demographic.gender', 'gender', 'sex'),
  ...s('user.demographic.race_ethnicity', 'ethnicity', 'ethnic origin', 'racial origin'),
  ...c('user.demographic.race_ethnicity', 'race'),
  ...s('user.demographic.religious_belief', 'religion', 'religious belief', 'religious affiliation'),
  ...s('user.demographic.sexual_orientation', 'sexual orientation'),
  ...s('user.demographic.political_opinion', 'political opinion', 'political affiliation', 'political party'),
  ...s('user.demographic.marital_status', 'marital status'),
  ...s('user.demographic.trade_union_membership', 'union membership', 'trade union'),
  // Government identifiers
  ...s('user.government_id.national_identification_number', 'ssn', 'social security number', 'social security no', 'national id', 'national identification number', 'nric', 'shenfenzheng', 'aadhaar'),
  ...s('user.government_id.passport_number', 'passport', 'passport number', 'passport no', 'passport id'),
  ...s('user.government_id.drivers_license_number', 'drivers license', 'driver license', 'driving licence', 'driving license', 'drivers licence'),
  ...s('user.government_id.tax_id', 'tax id', 'tax number', 'taxpayer id'),
  // Health
  ...s('user.health_and_medical', 'diagnosis', 'diagnoses', 'medical history', 'medical condition', 'health condition', 'allergy', 'allergies', 'medication', 'medications', 'prescription', 'symptoms', 'blood type', 'disability', 'clinical notes'),
  ...s('user.health_and_medical.record_id', 'mrn', 'medical record number', 'medical record'),
  ...s('user.health_and_medical.insurance_beneficiary_id', 'insurance number', 'insurance id', 'health insurance number'),
  ...s('user.health_and_medical.genetic', 'genetic', 'dna', 'genome', 'genotype'),
  // Biometric
  // In code a "fingerprint" is more often a hash of something than a person's finger.
  ...c('user.biometric.fingerprint', 'fingerprint'),
  ...s('user.biometric.fingerprint', 'fingerprint image', 'fingerprint scan', 'fingerprint template'),
  ...s('user.biometric.retinal', 'retina scan', 'iris scan'),
  ...s('user.biometric.voice', 'voiceprint', 'voice print'),
  ...s('user.biometric', 'biometric', 'biometrics', 'face encoding', 'facial features'),
  // Financial
  ...s('user.financial.credit_card', 'credit card', 'card number', 'cc number', 'cvv', 'cvc'),
  ...s('user.financial.bank_account', 'iban', 'bank account', 'account number', 'routing number', 'sort code'),
  ...c('user.financial', 'salary', 'income'),
  // Location and device
  ...s('user.location.precise', 'geolocation', 'gps'),
  ...c('user.location.precise', 'latitude', 'longitude', 'lat', 'lng'),
  ...s('user.device.ip_address', 'ip address', 'ipaddress', 'ip addr'),
  ...c('user.device.ip_address', 'ip'),
  // Credentials
  ...c('user.authorization.password', 'password', 'passwd', 'pwd', 'passcode'),
  ...s('user.criminal_history', 'criminal record', 'criminal history', 'conviction', 'convictions'),
];

/** Words that name a person: an owner or prefix with one of these makes contextual terms personal. */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'user', 'customer', 'patient', 'employee', 'staff', 'student', 'applicant', 'candidate', 'driver', 'member', 'contact',
  'guardian', 'person', 'people', 'profile', 'account', 'doctor', 'physician', 'practitioner', 'nurse', 'clinician',
  'visitor', 'subscriber', 'citizen', 'child', 'parent', 'author', 'recipient', 'buyer', 'seller', 'tenant', 'resident',
  'traveler', 'traveller', 'passenger', 'volunteer', 'donor', 'beneficiary', 'cardholder', 'holder', 'consumer',
  'shopper', 'learner', 'teacher', 'worker', 'individual', 'attendee', 'participant', 'respondent', 'guest', 'lead',
  'prospect', 'contractor', 'dependent', 'spouse', 'kin', 'owner', 'caller', 'client', 'personal', 'human', 'me', 'subject',
]);

/** Words that name a thing, not a person: `name` on a `Product` is not personal data. */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  'product', 'company', 'organization', 'organisation', 'org', 'business', 'clinic', 'hospital', 'server', 'host',
  'service', 'config', 'configuration', 'settings', 'options', 'template', 'store', 'shop', 'item', 'category', 'file',
  'project', 'app', 'application', 'machine', 'node', 'endpoint', 'env', 'environment', 'process', 'system', 'smtp',
  'job', 'task', 'queue', 'error', 'exception', 'database', 'db', 'table', 'column', 'field', 'module', 'package',
  'class', 'function', 'method', 'route', 'router', 'event', 'metric', 'feature', 'plugin', 'tenant_config', 'room', 'branch',
]);

/** A term followed by one of these still names the data: `emailAddress`, `phoneNumber`, `ssnValue`. */
export const NEUTRAL_TRAILING_WORDS: ReadonlySet<string> = new Set([
  'address', 'addr', 'number', 'no', 'nr', 'num', 'value', 'val', 'text', 'str', 'string', 'raw', 'plain', 'plaintext',
  'original', 'full', 'primary', 'secondary', 'home', 'work', 'personal', 'line', 'details', 'detail', 'info', 'data',
  'list', 'code', '1', '2', '3', 'encrypted', 'enc', 'cleartext',
]);

/**
 * Words that, leading an identifier, make it about the data rather than the data itself:
 * `isEmailVerified`, `maxNameLength`, `validatePhone`, `sendEmail`.
 */
export const NON_DATA_LEADING_WORDS: ReadonlySet<string> = new Set([
  'is', 'has', 'should', 'can', 'num', 'max', 'min', 'total', 'validate', 'validator', 'format', 'send', 'parse',
  'mask', 'masked', 'hash', 'hashed', 'encrypt', 'redact', 'redacted', 'show', 'hide', 'allow', 'require', 'use', 'enable',
  'disable', 'on', 'handle', 'render', 'get', 'set', 'update', 'delete', 'find', 'fetch', 'load', 'save', 'check', 'verify',
  'normalize', 'normalise', 'sanitize', 'sanitise', 'default', 'invalid', 'valid', 'anonymized', 'anonymised', 'pseudonymized',
]);

/**
 * Words that, trailing a term, make it something other than the data: `emailTemplate`,
 * `phoneFormat`, `nameRegex`, `emailCount`, `passwordHash` (a credential derivative, reported by
 * the crypto rules rather than as personal data), `raceCondition`.
 */
export const NON_DATA_TRAILING_WORDS: ReadonlySet<string> = new Set([
  'template', 'format', 'formatter', 'regex', 'regexp', 'pattern', 'policy', 'count', 'enabled', 'disabled', 'length',
  'len', 'min', 'max', 'type', 'types', 'validator', 'validation', 'label', 'placeholder', 'config', 'settings',
  'provider', 'service', 'client', 'sender', 'verified', 'confirmed', 'hash', 'hashed', 'digest', 'salt', 'mask',
  'masked', 'condition', 'check', 'id', 'ids', 'key', 'field', 'column', 'col', 'prefix', 'suffix', 'domain', 'status',
  'error', 'errors', 'message', 'required', 'visible', 'changed', 'updated', 'at', 'flag', 'option', 'options',
  'version', 'schema', 'token', 'link', 'url', 'queue', 'job', 'handler', 'button', 'input', 'header', 'helper',
]);
