/**
 * The classifier over arbitrary identifiers and contexts: it never throws, answers the same twice,
 * names only categories the taxonomy knows, and takes linear time in the identifier (a run of
 * thousands of capitals or words, as generated and minified code has, must not stall it).
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { validateConfig } from '../../../src/core/config';
import { RULES } from '../../../src/core/rules';
import { isKnownCategory } from '../../../src/core/taxonomy/categories';
import type { ClassifyContext } from '../../../src/core/taxonomy/classifier';
import { TERMS } from '../../../src/core/taxonomy/terms';
import { Classifier } from '../../../src/core/taxonomy/vocabulary';
import { PERSON_WORDS, NON_PERSON_WORDS, HASH_WORDS, MASK_WORDS } from '../../../src/core/taxonomy/wordLists';
import { fuzz, mochaTimeoutFor, type FuzzOptions } from './fuzzRunner';

const IDENTIFIERS: FuzzOptions = { seed: 0xc1a5, numRuns: 2500 };
const LONG_IDENTIFIERS: FuzzOptions = { seed: 0xc1a6, numRuns: 150, totalTimeLimitMs: 30_000 };

/** The words the classifier knows, so that generated names hit its branches rather than miss them all. */
const WORDS = [...new Set([...TERMS.flatMap((t) => t.words), ...PERSON_WORDS, ...NON_PERSON_WORDS, ...HASH_WORDS, ...MASK_WORDS, 'id', 'type', 'template', '2', 'last4'])].sort();

const casing = fc.constantFrom(
  (w: string) => w,
  (w: string) => w.toUpperCase(),
  (w: string) => (w[0] ?? '').toUpperCase() + w.slice(1),
);

/** Known words in any case, joined the ways code joins them. */
const composedName = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...WORDS), casing), { minLength: 1, maxLength: 6 }), fc.constantFrom('', '_', '-', '.', '__', '$'))
  .map(([words, separator]) => words.map(([word, setCase]) => setCase(word)).join(separator));

const identifier = fc.oneof(
  composedName,
  fc.stringMatching(/^[A-Za-z_$][\w$]{0,40}$/),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const context: fc.Arbitrary<ClassifyContext> = fc.record(
  { owner: identifier, typeText: fc.oneof(identifier, fc.constantFrom('string', 'EmailStr', 'Logger', 'Optional[str]', 'number[]')), annotations: fc.array(fc.oneof(identifier, fc.constantFrom('@IsEmail()', '[Phone]', '@Column()')), { maxLength: 3 }) },
  { requiredKeys: [] },
);

/** Long names: a unit repeated thousands of times between known words, the shapes that make a pattern backtrack. */
const longIdentifier = fc
  .tuple(composedName, fc.constantFrom('A', 'a', '1', '_', 'aB', 'Ab', 'A1', 'AB_', 'Email', 'é', '-'), fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom('', 'b', '_id', 'Name', '1'))
  .map(([prefix, unit, times, suffix]) => prefix + unit.repeat(Math.ceil(times / unit.length)) + suffix);

/** The user's own vocabulary on top, as `.privacy-lens.json` would give it. */
const CUSTOM = new Classifier(
  validateConfig(
    { patterns: { 'user.contact.email': ['.*courriel.*'], 'user.name': ['nome(_completo)?'] }, ignoreNames: ['tmp.*', '.*Template'], sanitizers: ['scrub.*'], authGuards: ['requireStaff'] },
    RULES.map((r) => r.id),
  ).config.vocabulary,
);

function assertClassifies(classifier: Classifier, name: string, where: ClassifyContext): void {
  const first = classifier.classify(name, where);
  assert.deepStrictEqual(classifier.classify(name, where), first, 'the same question got another answer');
  if (first) {
    const { category } = first;
    assert.ok(isKnownCategory(category) || isKnownCategory(category.split('.').slice(0, 2).join('.')), `unknown category ${category}`);
    assert.strictEqual(typeof first.matched, 'string');
  }
  for (const answer of [classifier.isSanitizer(name), classifier.isPersonRecordName(name), classifier.isProjectGuard(name)]) {
    assert.strictEqual(typeof answer, 'boolean');
  }
}

describe('fuzz: classifier', () => {
  it('arbitrary identifiers and contexts: no crash, stable answers, known categories', () => {
    fuzz(
      'classifier identifiers',
      fc.property(identifier, context, fc.boolean(), (name, where, custom) => assertClassifies(custom ? CUSTOM : Classifier.DEFAULT, name, where)),
      IDENTIFIERS,
    );
  }).timeout(mochaTimeoutFor(IDENTIFIERS));

  it('identifiers thousands of characters long: no crash, no stall', () => {
    fuzz(
      'classifier long identifiers',
      fc.property(longIdentifier, fc.boolean(), (name, custom) => assertClassifies(custom ? CUSTOM : Classifier.DEFAULT, name, { owner: name })),
      LONG_IDENTIFIERS,
    );
  }).timeout(mochaTimeoutFor(LONG_IDENTIFIERS));
});
