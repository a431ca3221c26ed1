/**
 * `.privacy-lens/review.json` over arbitrary JSON, near-valid review files and arbitrary text:
 * parseReviewState either reads the file, and then what it writes reads back the same, or throws
 * its documented InvalidReviewFile naming the file and the JSON path of the bad value (empty only
 * when the whole document is at fault); never a TypeError or any other error.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { HIPAA_OUTCOMES, REVIEW_STATUSES } from '../../../src/core/review/model';
import { InvalidReviewFile, parseReviewState, serializeReviewState } from '../../../src/core/review/reviewFile';
import { fuzz, mochaTimeoutFor, type FuzzOptions } from './fuzzRunner';

const NEAR_VALID: FuzzOptions = { seed: 0x4e71, numRuns: 1500 };
const ARBITRARY_JSON: FuzzOptions = { seed: 0x4e72, numRuns: 800 };
const ARBITRARY_TEXT: FuzzOptions = { seed: 0x4e73, numRuns: 800 };

const FILE = '.privacy-lens/review.json';

/** Any JSON value, or a value of the right kind, so that validation goes past its first check. */
function eitherOf<T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: right, weight: 4 }, { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 });
}

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', ' ', 'dpo', '<<<<<<< HEAD'));
const date = fc.oneof(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fc.constantFrom('2026-11-30', '2026-02-30', '2024-02-29', '0000-01-01', '9999-12-31'));
const id = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('access-control', '__proto__', 'constructor', 'toString', ' ', 'hasOwnProperty'));

const entryFields = {
  status: eitherOf(fc.constantFrom(...REVIEW_STATUSES)),
  hipaaOutcome: eitherOf(fc.constantFrom(...HIPAA_OUTCOMES)),
  reviewer: eitherOf(text),
  date: eitherOf(date),
  note: eitherOf(text),
};
const entry = fc.record({ ...entryFields, extra: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: ['status'] }).map(({ extra, ...fields }) => (extra === 0 ? { ...fields, unknownField: extra } : fields));
const findingEntry = fc.record({ ...entryFields, ruleId: eitherOf(text), file: eitherOf(text), suppressionReason: eitherOf(text) }, { requiredKeys: ['status', 'ruleId', 'file'] });

/** Review files as a person or a merge might leave them: most fields right, some not. */
const nearValidDocument = fc.record(
  {
    version: fc.oneof({ arbitrary: fc.constant(1), weight: 6 }, { arbitrary: fc.jsonValue({ maxDepth: 0 }), weight: 1 }),
    checklist: eitherOf(fc.dictionary(id, eitherOf(entry), { maxKeys: 4 })),
    findings: eitherOf(fc.dictionary(id, eitherOf(findingEntry), { maxKeys: 4 })),
  },
  { requiredKeys: ['version'] },
);

function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

function assertParsesOrNamesThePath(content: string): void {
  let state;
  try {
    state = parseReviewState(content, FILE);
  } catch (error) {
    assert.ok(error instanceof InvalidReviewFile, `not an InvalidReviewFile: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    assert.strictEqual(error.source, FILE);
    if (error.jsonPath === '') {
      const document: unknown = isJson(content) ? JSON.parse(content) : undefined;
      assert.ok(document === undefined || typeof document !== 'object' || document === null || Array.isArray(document), `no JSON path for a bad value inside the document: ${error.message}`);
    }
    return;
  }
  const written = serializeReviewState(state);
  assert.strictEqual(serializeReviewState(parseReviewState(written, FILE)), written, 'what was written does not read back the same');
}

describe('fuzz: .privacy-lens/review.json', () => {
  it('near-valid review files: parsed and written back, or refused naming the JSON path', () => {
    fuzz('review near-valid files', fc.property(nearValidDocument, (document) => assertParsesOrNamesThePath(JSON.stringify(document, undefined, 2))), NEAR_VALID);
  }).timeout(mochaTimeoutFor(NEAR_VALID));

  it('arbitrary JSON: parsed, or refused naming the JSON path', () => {
    fuzz('review arbitrary JSON', fc.property(fc.jsonValue(), (value) => assertParsesOrNamesThePath(JSON.stringify(value) ?? 'null')), ARBITRARY_JSON);
  }).timeout(mochaTimeoutFor(ARBITRARY_JSON));

  it('arbitrary text and cut or conflicted files: parsed, or refused as not JSON', () => {
    const cut = fc.tuple(nearValidDocument, fc.nat(), fc.constantFrom('', '<<<<<<< HEAD\n', '=======\n', '>>>>>>> theirs\n', '\uFEFF', '}', ','))
      .map(([document, at, insert]) => {
        const written = JSON.stringify(document, undefined, 2);
        const i = at % (written.length + 1);
        // Nothing to insert: the file is cut there, as a crash mid-write would leave it.
        return insert === '' ? written.slice(0, i) : written.slice(0, i) + insert + written.slice(i);
      });
    fuzz('review arbitrary text', fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), cut), assertParsesOrNamesThePath), ARBITRARY_TEXT);
  }).timeout(mochaTimeoutFor(ARBITRARY_TEXT));
});
