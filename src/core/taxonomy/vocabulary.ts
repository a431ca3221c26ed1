/**
 * The user's own additions to the classifier: patterns that name personal data of a category,
 * and names to ignore. They come from `privacyLens.patterns` / `privacyLens.ignoreNames` or the
 * same keys in `.privacy-lens.json`, validated in config.ts and compiled for a linear-time engine
 * (namePattern.ts).
 */
import { type Classification, classifyIdentifier, type ClassifyContext, isPersonRecordName } from './classifier';
import { splitIdentifier } from './identifiers';
import { matchesAny, type NamePattern, revivePatterns } from './namePattern';

export interface CustomPattern {
  readonly category: string;
  readonly pattern: NamePattern;
}

export interface Vocabulary {
  readonly patterns: readonly CustomPattern[];
  readonly ignore: readonly NamePattern[];
  /** The project's own sanitiser functions, beyond the built-in words. */
  readonly sanitizers: readonly NamePattern[];
  /** The project's own authentication and authorisation guards (middleware, decorators, filters), beyond the built-in ones. */
  readonly authGuards: readonly NamePattern[];
}

export const EMPTY_VOCABULARY: Vocabulary = { patterns: [], ignore: [], sanitizers: [], authGuards: [] };

/**
 * Words that make a function a sanitiser: what comes out of `maskEmail()`, `hashId()`,
 * `redact()` or `encrypt()` is no longer the plaintext personal data that went in.
 */
const SANITIZER_WORDS = new Set([
  'mask', 'masked', 'hash', 'hashed', 'redact', 'redacted', 'tokenize', 'tokenise', 'tokenized', 'tokenised', 'encrypt',
  'encrypted', 'anonymize', 'anonymise', 'anonymized', 'anonymised', 'pseudonymize', 'pseudonymise', 'obfuscate',
  'scrub', 'digest', 'hexdigest', 'base64digest', 'hmac', 'sha256', 'sha512', 'bcrypt', 'argon2', 'scrypt', 'sanitize', 'sanitise',
]);

/** Longer identifiers are not matched against user patterns: a bound on what a pattern can be fed, on top of the linear-time engine. */
const MAX_MATCHED_IDENTIFIER_LENGTH = 200;

/** A vocabulary ready to match: patterns that can test, and the category patterns as one list. */
interface PreparedVocabulary {
  readonly vocabulary: Vocabulary;
  /** The category patterns alone, as one list: joined once, they tell in one pass whether any matches. */
  readonly customPatterns: readonly NamePattern[];
}

/** Prepared once per vocabulary, so that matchesAny's joined automaton is built once, not once per file's classifier. */
const PREPARED = new WeakMap<Vocabulary, PreparedVocabulary>();

function prepare(given: Vocabulary): PreparedVocabulary {
  let prepared = PREPARED.get(given);
  if (!prepared) {
    // A scan worker receives the vocabulary structured-cloned: its patterns are rebuilt from their sources.
    const patterns = revivePatterns(given.patterns.map((p) => p.pattern));
    const vocabulary: Vocabulary = {
      patterns: given.patterns.map((p, i) => ({ category: p.category, pattern: patterns[i]! })),
      ignore: revivePatterns(given.ignore),
      sanitizers: revivePatterns(given.sanitizers),
      authGuards: revivePatterns(given.authGuards),
    };
    prepared = { vocabulary, customPatterns: patterns };
    PREPARED.set(given, prepared);
  }
  return prepared;
}

/** The classifier the rules use: the built-in vocabulary, then the user's ignore list and patterns on top. */
export class Classifier {
  static readonly DEFAULT = new Classifier(EMPTY_VOCABULARY);

  private readonly vocabulary: Vocabulary;
  private readonly customPatterns: readonly NamePattern[];

  constructor(vocabulary: Vocabulary) {
    ({ vocabulary: this.vocabulary, customPatterns: this.customPatterns } = prepare(vocabulary));
  }

  classify(identifier: string, context: ClassifyContext = {}): Classification | undefined {
    if (identifier.length > MAX_MATCHED_IDENTIFIER_LENGTH) {
      return classifyIdentifier(identifier, context);
    }
    if (matchesAny(this.vocabulary.ignore, identifier)) {
      return undefined;
    }
    const custom = matchesAny(this.customPatterns, identifier) ? this.vocabulary.patterns.find((p) => p.pattern.test(identifier)) : undefined;
    return custom ? { category: custom.category, matched: identifier } : classifyIdentifier(identifier, context);
  }

  /** Whether a function's name makes it a sanitiser (built-in words, or the project's own `sanitizers`). */
  isSanitizer(functionName: string): boolean {
    const words = splitIdentifier(functionName);
    // `sha256` splits into `sha` and `256`: join a word with the number after it too.
    const joined = words.map((w, i) => (/^\d+$/.test(words[i + 1] ?? '') ? `${w}${words[i + 1]}` : w));
    return [...words, ...joined].some((w) => SANITIZER_WORDS.has(w)) || matchesAny(this.vocabulary.sanitizers, functionName);
  }

  /** Whether a name is one of the project's own guards (setting `authGuards`); the route rule knows the frameworks' own. */
  isProjectGuard(name: string): boolean {
    return matchesAny(this.vocabulary.authGuards, name);
  }

  isPersonRecordName(identifier: string): boolean {
    return !matchesAny(this.vocabulary.ignore, identifier) && isPersonRecordName(identifier);
  }
}
