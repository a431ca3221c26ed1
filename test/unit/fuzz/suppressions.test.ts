/**
 * Suppression comments over arbitrary comment text: parsing never throws, what it returns is well
 * formed, what `suppressionComment` writes reads back, and comments with long runs of spaces or of
 * directives (the shapes that make a pattern backtrack) read in linear time.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import type { Comment } from '../../../src/core/facts';
import { RULES } from '../../../src/core/rules';
import { findSuppression, isInForce, parseSuppressions, SUPPRESSION_DIRECTIVE, suppressionComment } from '../../../src/core/suppressions';
import { fuzz, mochaTimeoutFor, type FuzzOptions } from './fuzzRunner';

const COMMENT_TEXT: FuzzOptions = { seed: 0x5e1, numRuns: 2000 };
const ROUND_TRIP: FuzzOptions = { seed: 0x5e2, numRuns: 1000 };
const LONG_COMMENTS: FuzzOptions = { seed: 0x5e3, numRuns: 150, totalTimeLimitMs: 30_000 };

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Pieces of a suppression comment, in any order: nearly-right directives are where a parser breaks. */
const PIECES = [
  SUPPRESSION_DIRECTIVE, ' ', '  ', '\t', '\n', '\r\n', '\u2028', '\u00a0', ',', ' , ', '--', ' -- ', '-->', '*/', '/*', '<!--', '//', '#', ' until ',
  '2026-12-31', '9999-99-99', 'personal-data-in-log', 'personal-data-field', 'a', '-', 'X', 'reason', '>', '*',
];

const commentText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((pieces) => pieces.join('')),
  fc.tuple(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 60 })).map(([before, after]) => `${before}${SUPPRESSION_DIRECTIVE} ${after}`),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

const comment: fc.Arbitrary<Comment> = fc
  .tuple(commentText, fc.nat({ max: 10_000 }), fc.nat({ max: 5 }))
  .map(([text, line, extraLines]) => ({ text, range: { start: { line, column: 0 }, end: { line: line + extraLines, column: 1 } } }));

function assertWellFormed(comments: readonly Comment[]): void {
  const suppressions = parseSuppressions(comments);
  assert.ok(suppressions.length <= comments.length, 'more suppressions than comments');
  for (const suppression of suppressions) {
    assert.ok(comments.some((c) => c.range === suppression.commentRange && c.range.end.line + 1 === suppression.line), 'not the line after its comment');
    assert.ok(suppression.ruleIds.length > 0 && suppression.ruleIds.every((id) => /^[a-z0-9-]+$/.test(id)), `rule ids ${JSON.stringify(suppression.ruleIds)}`);
    assert.ok(suppression.reason === suppression.reason.trim() && !LINE_BREAK.test(suppression.reason), `reason ${JSON.stringify(suppression.reason)}`);
    assert.ok(suppression.until === undefined || /^\d{4}-\d{2}-\d{2}$/.test(suppression.until), `until ${suppression.until}`);
    assert.ok(findSuppression(suppressions, suppression.ruleIds[0]!, suppression.line), 'findSuppression misses it');
    assert.strictEqual(typeof isInForce(suppression, '2026-11-30'), 'boolean');
  }
}

const ruleId = fc.oneof(fc.constantFrom(...RULES.map((r) => r.id)), fc.stringMatching(/^[a-z0-9-]{1,30}$/));
/** A one-line reason that does not itself end like a comment closer (that would be read as the closer). */
const reason = fc.string({ unit: 'grapheme', maxLength: 80 }).filter((r) => !LINE_BREAK.test(r) && !/(\*\/|-->)$/.test(r.trim()));
const until = fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined });

/** A comment with thousands of spaces, or of directives, where a backtracking pattern would stall. */
const longComment = fc
  .tuple(fc.constantFrom(' ', '\t', ', ', `${SUPPRESSION_DIRECTIVE} a -- x `, `${SUPPRESSION_DIRECTIVE} `, '-- ', 'a,'), fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom('', 'x', '\ny', '*/', ' -- x', '\n'))
  .map(([unit, times, end]) => `// ${SUPPRESSION_DIRECTIVE} personal-data-field -- x${unit.repeat(Math.ceil(times / unit.length))}${end}`);

describe('fuzz: suppression comments', () => {
  it('arbitrary comment text: no crash, well-formed suppressions', () => {
    fuzz('suppressions comment text', fc.property(fc.array(comment, { maxLength: 4 }), assertWellFormed), COMMENT_TEXT);
  }).timeout(mochaTimeoutFor(COMMENT_TEXT));

  it('what suppressionComment writes reads back', () => {
    fuzz(
      'suppressions round trip',
      fc.property(fc.constantFrom('//', '#', '--'), ruleId, reason, until, (prefix, id, why, date) => {
        const text = suppressionComment(prefix, id, why, date);
        const [suppression] = parseSuppressions([{ text, range: { start: { line: 4, column: 0 }, end: { line: 4, column: text.length } } }]);
        assert.deepStrictEqual(suppression && { line: suppression.line, ruleIds: suppression.ruleIds, reason: suppression.reason, until: suppression.until }, { line: 5, ruleIds: [id], reason: why.trim(), until: date });
      }),
      ROUND_TRIP,
    );
  }).timeout(mochaTimeoutFor(ROUND_TRIP));

  it('comments with thousands of spaces or directives: no crash, no stall', () => {
    fuzz('suppressions long comments', fc.property(longComment, (text) => assertWellFormed([{ text, range: { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } } }])), LONG_COMMENTS);
  }).timeout(mochaTimeoutFor(LONG_COMMENTS));
});
