import * as assert from 'assert';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReviewChange } from '../../src/core/review/model';
import { applyReviewChange, parseReviewState, serializeReviewState } from '../../src/core/review/reviewFile';
import { readReviewState, reviewFilePath, updateReview } from '../../src/core/review/reviewStore';
import { kill, killWriterAt, startWriter, type WriteStep } from './reviewProcessSupport';

/** What the crash writer records before it is killed (see fixtures/reviewCrashWriter.ts). */
const KILLED_WRITERS_CHANGE: ReviewChange = { kind: 'checklist', itemId: 'breach-readiness', entry: { status: 'acceptable', reviewer: 'killed writer' } };

/** Long enough that a lock is only taken over through its dead holder, never through its age. */
const NEVER_STALE_BY_AGE = { staleAfterMs: 600_000, timeoutMs: 3_000 };

describe('review store across processes', () => {
  let root: string;
  let file: string;

  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-review-'));
    file = reviewFilePath(root);
  });

  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  const crashes: { step: WriteStep; leaves: 'old' | 'new'; also: string }[] = [
    { step: 'lockTaken', leaves: 'old', also: '' },
    { step: 'temporaryWritten', leaves: 'old', also: ' and a complete temporary file that is not taken for the review' },
    { step: 'replaced', leaves: 'new', also: '' },
  ];
  for (const { step, leaves, also } of crashes) {
    it(`a writer killed at ${step} leaves the ${leaves} file whole${also}, and its lock does not block the next writer`, async function () {
      this.timeout(20_000);
      await updateReview(root, { kind: 'checklist', itemId: 'access-control', entry: { status: 'to-correct', note: 'roles not reviewed' } });
      const oldText = await fs.readFile(file, 'utf8');
      const newText = serializeReviewState(applyReviewChange(parseReviewState(oldText, file), KILLED_WRITERS_CHANGE));

      await killWriterAt(root, step, 'breach-readiness');

      assert.strictEqual(await fs.readFile(file, 'utf8'), leaves === 'old' ? oldText : newText);
      const left = (await fs.readdir(path.dirname(file))).sort();
      assert.ok(left.includes('review.json.lock'), `the dead writer held the lock: ${left.join(', ')}`);
      const temporaries = left.filter((name) => name.endsWith('.tmp'));
      if (step === 'temporaryWritten') {
        assert.strictEqual(temporaries.length, 1, left.join(', '));
        assert.strictEqual(await fs.readFile(path.join(path.dirname(file), temporaries[0]!), 'utf8'), newText, 'the kill came after the temporary file was complete');
      } else {
        assert.deepStrictEqual(temporaries, []);
      }
      const read = await readReviewState(root);
      assert.strictEqual(read.problem, undefined);
      assert.strictEqual(serializeReviewState(read.state), leaves === 'old' ? oldText : newText);

      const started = Date.now();
      const next = await updateReview(root, { kind: 'checklist', itemId: 'encryption-at-rest', entry: { status: 'acceptable' } }, { lock: NEVER_STALE_BY_AGE });
      assert.ok(Date.now() - started < 2_000, 'the dead writer\'s lock is taken over at once');
      const expected = leaves === 'old' ? ['access-control', 'encryption-at-rest'] : ['access-control', 'breach-readiness', 'encryption-at-rest'];
      assert.deepStrictEqual(Object.keys(next.state.checklist), expected);
      assert.deepStrictEqual(await fs.readdir(path.dirname(file)), ['review.json'], 'the lock and the temporary file are gone');
    });
  }

  it('a writer killed at a random moment, five times over, always leaves a whole file holding its decisions in order', async function () {
    this.timeout(60_000);
    let killedAfter = 0;
    for (let round = 0; round < 5; round++) {
      const prefix = `round-${round}`;
      const writer = await startWriter(root, prefix, 100_000);
      void writer.go();
      await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 200));
      await kill(writer.child);

      const { state, problem } = await readReviewState(root);
      assert.strictEqual(problem, undefined, problem?.message);
      const recorded = Object.keys(state.checklist).filter((id) => id.startsWith(`${prefix}-`));
      const inOrder = Array.from({ length: recorded.length }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);
      assert.deepStrictEqual(recorded.sort(), inOrder.sort(), 'decisions 0 to n-1, none missing, none half-written');
      killedAfter += recorded.length;
      // The next writer gets through, by the dead holder's id or, had it died before writing its id, by the lock's age.
      await updateReview(root, { kind: 'checklist', itemId: `after-${prefix}`, entry: { status: 'pending' } });
    }
    assert.ok(killedAfter >= 5, `the writers were killed while writing, not before: ${killedAfter} decisions in all`);
    const { state } = await readReviewState(root);
    assert.deepStrictEqual(Object.keys(state.checklist).filter((id) => id.startsWith('after-')), ['after-round-0', 'after-round-1', 'after-round-2', 'after-round-3', 'after-round-4']);
    assert.deepStrictEqual(await fs.readdir(path.dirname(file)), ['review.json']);
  });

  it('lands every decision of four processes interleaving checklist and finding decisions', async function () {
    this.timeout(60_000);
    const count = 10;
    const prefixes = ['window-a', 'window-b', 'cli', 'window-c'];
    const writers = await Promise.all(prefixes.map((prefix) => startWriter(root, prefix, count, 'mixed')));
    assert.deepStrictEqual(await Promise.all(writers.map((writer) => writer.go())), prefixes.map(() => 'done'));
    const { state, problem } = await readReviewState(root);
    assert.strictEqual(problem, undefined);
    const ids = (parity: number): string[] => prefixes.flatMap((prefix) => Array.from({ length: count }, (_, i) => i).filter((i) => i % 2 === parity).map((i) => `${prefix}-${String(i).padStart(2, '0')}`)).sort();
    assert.deepStrictEqual(Object.keys(state.checklist), ids(0));
    assert.deepStrictEqual(Object.keys(state.findings), ids(1));
    assert.strictEqual(state.findings['cli-09']?.file, 'src/cli.ts');
    assert.strictEqual(state.checklist['window-c-08']?.reviewer, 'window-c');
  });
});
