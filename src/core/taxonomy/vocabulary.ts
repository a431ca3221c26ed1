/**
 * The user's own additions to the classifier: patterns that name personal data of a category,
 * and names to ignore. They come from `privacyLens.patterns` / `privacyLens.ignoreNames` or the
 * same keys in `.privacy-lens.json`, validated in config.ts.
 */
import { type Classification, classifyIdentifier, type ClassifyContext, isPersonRecordName } from './classifier';
import { splitIdentifier } from './identifiers';

export interface CustomPattern {
  readonly category: string;
  readonly pattern: RegExp;
}

export interface Vocabulary {
  readonly patterns: readonly CustomPattern[];
  readonly ignore: readonly RegExp[];
  /** The project's own sanitiser functions, beyond the built-in words. */
  readonly sanitizers: readonly RegExp[];
  /** The project's own authentication and authorisation guards (middleware, decorators, filters), beyond the built-in ones. */
  readonly authGuards: readonly RegExp[];
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

/** Longer identifiers are not matched against user patterns: a bound on what a pattern can be fed. */
const MAX_MATCHED_IDENTIFIER_LENGTH = 200;

/** The classifier the rules use: the built-in vocabulary, then the user's ignore list and patterns on top. */
export class Classifier {
  static readonly DEFAULT = new Classifier(EMPTY_VOCABULARY);

  constructor(private readonly vocabulary: Vocabulary) {}

  classify(identifier: string, context: ClassifyContext = {}): Classification | undefined {
    if (identifier.length > MAX_MATCHED_IDENTIFIER_LENGTH) {
      return classifyIdentifier(identifier, context);
    }
    if (this.vocabulary.ignore.some((pattern) => pattern.test(identifier))) {
      return undefined;
    }
    const custom = this.vocabulary.patterns.find((p) => p.pattern.test(identifier));
    return custom ? { category: custom.category, matched: identifier } : classifyIdentifier(identifier, context);
  }

  /** Whether a function's name makes it a sanitiser (built-in words, or the project's own `sanitizers`). */
  isSanitizer(functionName: string): boolean {
    const words = splitIdentifier(functionName);
    // `sha256` splits into `sha` and `256`: join a word with the number after it too.
    const joined = words.map((w, i) => (/^\d+$/.test(words[i + 1] ?? '') ? `${w}${words[i + 1]}` : w));
    return [...words, ...joined].some((w) => SANITIZER_WORDS.has(w)) || this.vocabulary.sanitizers.some((p) => p.test(functionName));
  }

  /** Whether a name is one of the project's own guards (setting `authGuards`); the route rule knows the frameworks' own. */
  isProjectGuard(name: string): boolean {
    return this.vocabulary.authGuards.some((p) => p.test(name));
  }

  isPersonRecordName(identifier: string): boolean {
    return !this.vocabulary.ignore.some((pattern) => pattern.test(identifier)) && isPersonRecordName(identifier);
  }
}
