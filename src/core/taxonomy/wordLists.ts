/**
 * The word lists that give names their context. Each list is data; classifier.ts says how
 * they combine.
 */

/** Words that name a person: an owner or prefix with one of these makes contextual terms personal. */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'user', 'customer', 'patient', 'employee', 'staff', 'student', 'pupil', 'applicant', 'candidate', 'driver', 'rider',
  'member', 'contact', 'guardian', 'person', 'people', 'profile', 'account', 'doctor', 'physician', 'practitioner',
  'nurse', 'clinician', 'visitor', 'subscriber', 'citizen', 'child', 'kid', 'minor', 'parent', 'author',
  'recipient', 'buyer', 'seller', 'tenant', 'resident', 'traveler', 'traveller', 'passenger', 'volunteer', 'donor',
  'beneficiary', 'cardholder', 'holder', 'consumer', 'shopper', 'learner', 'teacher', 'worker', 'individual', 'attendee',
  'participant', 'respondent', 'guest', 'lead', 'prospect', 'contractor', 'dependent', 'dependant', 'spouse', 'kin',
  'owner', 'caller', 'client', 'personal', 'human', 'me', 'subject', 'payee', 'borrower', 'assignee', 'dinggouren', 'counterparty', 'investor', 'match',
  'partner', 'emergency', 'nominee', 'referee', 'claimant', 'insured', 'policyholder', 'sender', 'receiver', 'kyc',
  'reviewer', 'reporter', 'sibling', 'beneficiary', 'remitter', 'applicants', 'hire', 'hires', 'cliente', 'usuario',
  'paciente', 'empleado', 'alumno', 'kunde', 'benutzer', 'mitarbeiter', 'utilisateur', 'eleve', 'yonghu', 'huanzhe',
  'kehu', 'yuangong', 'xuesheng', 'siji', 'chengke', 'huiyuan', 'shouhuoren',
]);

/** Words that name a thing, not a person: `name` on a `Product` is not personal data. */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  'product', 'company', 'organization', 'organisation', 'org', 'business', 'clinic', 'hospital', 'server', 'host',
  'service', 'config', 'configuration', 'settings', 'options', 'template', 'store', 'shop', 'item', 'category', 'file',
  'project', 'application', 'machine', 'node', 'endpoint', 'env', 'environment', 'process', 'system', 'smtp',
  'job', 'task', 'queue', 'error', 'exception', 'database', 'db', 'table', 'column', 'field', 'module', 'package',
  'class', 'function', 'method', 'route', 'router', 'metric', 'feature', 'plugin', 'room', 'branch', 'venue',
  'merchant', 'vendor', 'supplier', 'bank', 'school', 'department', 'team', 'site', 'office', 'warehouse', 'zone',
  'region', 'country', 'currency', 'plan', 'tier', 'course', 'subject_area', 'campaign', 'promo', 'promotion', 'coupon',
  'lookup', 'reference', 'catalog', 'catalogue', 'device_model', 'vehicle_model', 'brand', 'manufacturer', 'property',
  'listing', 'premises', 'stop', 'bus', 'station', 'terminal', 'warehouse', 'pharmacy', 'agency', 'council', 'insurer',
  'payer', 'fleet', 'depot', 'facility', 'institution', 'provider', 'partner_company', 'organisation_unit',
]);

/**
 * Words that, standing right before a term, make it a thing's: `fileName`, `className`,
 * `vehicleName`, `agencyPhone`, `projectorIpAddress`, `teamInboxEmail`, `warehouseAddress`.
 */
export const THING_WORDS: ReadonlySet<string> = new Set([
  'file', 'class', 'house', 'vehicle', 'organisation', 'organization', 'company', 'host', 'model', 'table', 'column',
  'field', 'product', 'brand', 'item', 'school', 'team', 'bank', 'branch', 'project', 'app', 'group', 'category', 'plan',
  'course', 'room', 'venue', 'store', 'shop', 'merchant', 'warehouse', 'agency', 'council', 'pharmacy', 'clinic',
  'hospital', 'insurer', 'payer', 'inbox', 'mailbox', 'switchboard', 'projector', 'terminal', 'server', 'printer',
  'router', 'gateway', 'office', 'department', 'site', 'campus', 'practice', 'lab', 'supplier', 'vendor', 'carrier',
  'building', 'property', 'event', 'job', 'queue', 'topic', 'bucket', 'service', 'helpdesk',
  'support', 'noreply', 'system', 'admin', 'template', 'default', 'fallback', 'test', 'sample', 'example', 'dummy',
  'error', 'warning', 'status', 'validation', 'success', 'welcome', 'commit', 'log', 'debug',
]);

/** A term followed by one of these still names the data: `emailAddress`, `phoneNumber`, `ssnValue`. */
export const NEUTRAL_TRAILING_WORDS: ReadonlySet<string> = new Set([
  'address', 'addr', 'number', 'no', 'nr', 'num', 'value', 'val', 'text', 'str', 'string', 'raw', 'plain', 'plaintext',
  'original', 'full', 'primary', 'secondary', 'home', 'work', 'personal', 'line', 'details', 'detail', 'info', 'data',
  'list', 'code', '1', '2', '3', 'encrypted', 'enc', 'cleartext', 'e164', 'local', 'intl', 'international', 'normalized',
  'normalised', 'verified_at', 'on', 'file', 'record', 'records', 'notes', 'note', 'history', 'hao', 'haoma', 'nummer',
  'numero', 'ciphertext', 'cipher', 'ref', 'd', 'm', 'y', 'h', 'w', 'days', 'months', 'years', 'percent', 'pct',
  // What was said or recorded about the data is the data: `symptomsReported`, `medicineSummary`.
  'reported', 'discussed', 'declared', 'disclosed', 'summary', 'answers', 'answer',
]);

/**
 * Words that, leading an identifier, make it about the data rather than the data itself:
 * `isEmailVerified`, `maxNameLength`, `validatePhone`, `sendEmail`.
 */
export const NON_DATA_LEADING_WORDS: ReadonlySet<string> = new Set([
  'is', 'has', 'should', 'can', 'num', 'max', 'min', 'total', 'validate', 'validator', 'format', 'send', 'parse',
  'encrypt', 'redact', 'show', 'hide', 'allow', 'require', 'requires', 'use', 'enable', 'disable', 'handle', 'render',
  'get', 'set', 'update', 'delete', 'find', 'fetch', 'load', 'save', 'check', 'verify', 'normalize', 'normalise',
  'sanitize', 'sanitise', 'default', 'invalid', 'valid', 'anonymized', 'anonymised', 'memory', 'server', 'host',
  'base', 'proxy', 'gateway', 'smtp', 'reply', 'noreply', 'support', 'admin', 'system', 'company', 'clinic',
  'hospital', 'school', 'bank', 'merchant', 'vendor', 'office', 'business', 'branch', 'venue', 'store',
]);

/**
 * Words that, trailing a term, make it something other than the data: `emailTemplate`,
 * `phoneFormat`, `nameRegex`, `emailCount`, `raceCondition`, `photoUrl`.
 */
export const NON_DATA_TRAILING_WORDS: ReadonlySet<string> = new Set([
  'template', 'format', 'formatter', 'regex', 'regexp', 'pattern', 'policy', 'count', 'enabled', 'disabled', 'length',
  'len', 'min', 'max', 'type', 'types', 'validator', 'validation', 'label', 'placeholder', 'config', 'settings',
  'provider', 'service', 'client', 'sender', 'verified', 'confirmed', 'condition', 'check', 'id', 'ids', 'key', 'field',
  'column', 'col', 'prefix', 'suffix', 'domain', 'status', 'error', 'errors', 'message', 'required', 'visible', 'changed',
  'updated', 'at', 'flag', 'option', 'options', 'version', 'schema', 'token', 'link', 'url', 'uri', 'queue', 'job',
  'handler', 'button', 'input', 'header', 'helper', 'lookup', 'rate', 'layout', 'mode', 'source', 'provider', 'limit',
  'attempts', 'expiry', 'expires', 'reset', 'sent', 'opt', 'optin', 'optout', 'preference', 'preferences', 'consent',
  'channel', 'step', 'promo', 'reminder', 'notification', 'notifications', 'polygon', 'zone', 'radius', 'service',
  'pattern', 'mask', 'style', 'color', 'colour', 'icon', 'size', 'width', 'index', 'order', 'sort', 'filter', 'path',
]);

/** Trailing words that make a value a one-way derivative: reported as a pseudonymous id, not the data. */
export const HASH_WORDS: ReadonlySet<string> = new Set(['hash', 'hashed', 'digest', 'hmac', 'sha256', 'sha1', 'md5', 'bcrypt', 'salt']);

/** Words that make a value a reduced form of the data (`maskedCardNumber`, `cardLast4`): still personal, less identifying. */
export const MASK_WORDS: ReadonlySet<string> = new Set(['masked', 'mask', 'last4', 'last', 'truncated', 'redacted', 'partial', 'obfuscated']);
