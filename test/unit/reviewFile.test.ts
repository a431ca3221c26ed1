import * as assert from 'assert';
import type { ReviewState } from '../../src/core/review/model';
import { applyReviewChange, InvalidReviewFile, parseReviewState, serializeReviewState } from '../../src/core/review/reviewFile';

const FILE = '.privacy-lens/review.json';

/** A state built the way callers build one: keys in no order, an optional field left undefined. */
const UNORDERED: ReviewState = {
  version: 1,
  findings: {
    f2: { note: 'masked in the logger', status: 'acceptable', file: 'src/b.ts', ruleId: 'personal-data-in-log', suppressionReason: 'masked', reviewer: 'dpo' },
    f1: { status: 'to-correct', ruleId: 'personal-data-field', file: 'src/a.ts', date: '2026-11-29', hipaaOutcome: undefined },
  },
  checklist: {
    'encryption-at-rest': { note: 'KMS', hipaaOutcome: 'implemented', status: 'acceptable', date: '2026-11-30', reviewer: 'Ana' },
    'access-control': { status: 'pending' },
  },
};

const WRITTEN = `{
  "version": 1,
  "checklist": {
    "access-control": {
      "status": "pending"
    },
    "encryption-at-rest": {
      "status": "acceptable",
      "hipaaOutcome": "implemented",
      "reviewer": "Ana",
      "date": "2026-11-30",
      "note": "KMS"
    }
  },
  "findings": {
    "f1": {
      "ruleId": "personal-data-field",
      "file": "src/a.ts",
      "status": "to-correct",
      "date": "2026-11-29"
    },
    "f2": {
      "ruleId": "personal-data-in-log",
      "file": "src/b.ts",
      "status": "acceptable",
      "reviewer": "dpo",
      "note": "masked in the logger",
      "suppressionReason": "masked"
    }
  }
}
`;

function problemIn(text: string): string {
  try {
    parseReviewState(text, FILE);
  } catch (error) {
    assert.ok(error instanceof InvalidReviewFile, String(error));
    return error.message;
  }
  assert.fail('the file was accepted');
}

function withChecklistEntry(entry: unknown): string {
  return JSON.stringify({ version: 1, checklist: { 'access-control': entry }, findings: {} });
}

describe('review file', () => {
  it('writes a fixed key order, sorted ids, 2-space indent, a trailing newline and no undefined fields', () => {
    assert.strictEqual(serializeReviewState(UNORDERED), WRITTEN);
  });

  it('reads back what it wrote, and writes back exactly what it read', () => {
    const read = parseReviewState(WRITTEN, FILE);
    assert.strictEqual(serializeReviewState(read), WRITTEN);
    assert.deepStrictEqual(read.checklist['encryption-at-rest'], UNORDERED.checklist['encryption-at-rest']);
    assert.ok(!('hipaaOutcome' in read.findings.f1!));
  });

  it('keeps checklist ids it does not know, as a newer checklist may know them', () => {
    const read = parseReviewState(withChecklistEntry({ status: 'improvable' }).replace('access-control', 'quantum-safe-crypto'), FILE);
    assert.deepStrictEqual(read.checklist, { 'quantum-safe-crypto': { status: 'improvable' } });
  });

  it('reads a file with no checklist or findings yet', () => {
    assert.deepStrictEqual(parseReviewState('{"version": 1}', FILE), { version: 1, checklist: {}, findings: {} });
  });

  it('names the file and the JSON path of a bad status', () => {
    assert.strictEqual(
      problemIn(withChecklistEntry({ status: 'done' })),
      `${FILE}: checklist["access-control"].status: expected one of pending, to-correct, improvable, acceptable, found "done"`,
    );
  });

  it('names the path of every other kind of bad value', () => {
    assert.strictEqual(
      problemIn(withChecklistEntry({ status: 'acceptable', hipaaOutcome: 'yes' })),
      `${FILE}: checklist["access-control"].hipaaOutcome: expected one of implemented, alternative-documented, not-reasonable-documented, found "yes"`,
    );
    assert.strictEqual(problemIn(withChecklistEntry({ status: 'acceptable', date: '2026-02-30' })), `${FILE}: checklist["access-control"].date: expected a date as YYYY-MM-DD, found "2026-02-30"`);
    assert.strictEqual(problemIn(withChecklistEntry({ status: 'acceptable', note: 3 })), `${FILE}: checklist["access-control"].note: expected a string, found 3`);
    assert.strictEqual(problemIn(withChecklistEntry('acceptable')), `${FILE}: checklist["access-control"]: expected an object, found "acceptable"`);
    assert.strictEqual(
      problemIn(JSON.stringify({ version: 1, findings: { abc: { status: 'acceptable', file: 'a.ts' } } })),
      `${FILE}: findings["abc"].ruleId: expected a non-empty string, found nothing`,
    );
    assert.strictEqual(problemIn('{"version": "1"}'), `${FILE}: version: expected a whole number (1 for this Privacy Lens), found "1"`);
    assert.strictEqual(problemIn('[]'), `${FILE}: expected an object, found an array`);
    assert.strictEqual(problemIn('{"version": 1, "findings": null}'), `${FILE}: findings: expected an object, found null`);
  });

  it('refuses a field it does not know rather than drop it on the next write', () => {
    assert.strictEqual(
      problemIn(withChecklistEntry({ status: 'acceptable', comment: 'ok' })),
      `${FILE}: checklist["access-control"].comment: unknown field (expected status, hipaaOutcome, reviewer, date, note)`,
    );
    assert.strictEqual(problemIn('{"version": 1, "items": {}}'), `${FILE}: items: unknown field (expected version, checklist, findings)`);
  });

  it('says where broken JSON breaks, as a line and column', () => {
    const message = problemIn('{\n  "version": 1,\n  "checklist": {,\n}');
    assert.match(message, /^\.privacy-lens\/review\.json: not valid JSON \(.+ at line 3, column 17\)$/);
  });

  it('applies one change and removes a decision given no entry', () => {
    const added = applyReviewChange(UNORDERED, { kind: 'checklist', itemId: 'breach-readiness', entry: { status: 'improvable', note: 'no runbook' } });
    assert.deepStrictEqual(Object.keys(added.checklist).sort(), ['access-control', 'breach-readiness', 'encryption-at-rest']);
    const removed = applyReviewChange(added, { kind: 'finding', fingerprint: 'f2', entry: undefined });
    assert.deepStrictEqual(Object.keys(removed.findings), ['f1']);
    assert.deepStrictEqual(Object.keys(UNORDERED.findings).sort(), ['f1', 'f2'], 'the state given is left as it was');
  });

  it('refuses a change with a bad entry, naming its path', () => {
    const change = { kind: 'finding', fingerprint: 'f9', entry: { status: 'acceptable', ruleId: '', file: 'a.ts' } } as const;
    assert.throws(() => applyReviewChange(UNORDERED, change), { message: 'review change: findings["f9"].ruleId: expected a non-empty string, found ""' });
  });
});

describe('review file: values the fuzz suite found', () => {
  it('refuses a date of the right shape that names no day, naming its path', () => {
    for (const date of ['0000-00-00', '2026-13-01', '2026-02-30']) {
      const text = JSON.stringify({ version: 1, checklist: { 'access-control': { status: 'pending', date } } });
      assert.throws(() => parseReviewState(text, 'review.json'), (error: Error) => error instanceof InvalidReviewFile && error.jsonPath.endsWith('.date'));
    }
  });

  it('names an unknown field whose name is empty or not a plain name', () => {
    assert.throws(() => parseReviewState('{"":false}', 'review.json'), (error: Error) => error instanceof InvalidReviewFile && error.jsonPath === '[""]');
    assert.throws(() => parseReviewState('{"version":1,"a b":1}', 'review.json'), (error: Error) => error instanceof InvalidReviewFile && error.jsonPath === '["a b"]');
  });
});
