import * as assert from 'assert';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EMPTY_REVIEW, type ReviewChange } from '../../src/core/review/model';
import { readReviewState, ReviewFileRefused, reviewFilePath, updateReview } from '../../src/core/review/reviewStore';

const DECISION: ReviewChange = { kind: 'checklist', itemId: 'breach-readiness', entry: { status: 'improvable' } };
const NOW = (): Date => new Date('2026-11-30T09:41:07.120Z');

const CONFLICTED = [
  '{',
  '  "version": 1,',
  '  "checklist": {',
  '    "access-control": {',
  '<<<<<<< HEAD',
  '      "status": "acceptable"',
  '=======',
  '      "status": "to-correct"',
  '>>>>>>> feature/roles',
  '    }',
  '  }',
  '}',
  '',
].join('\n');

describe('review store: files it keeps', () => {
  let root: string;
  let file: string;

  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-review-'));
    file = reviewFilePath(root);
    await fs.mkdir(path.dirname(file));
  });

  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  async function assertRefusedAndKept(text: string, message: RegExp): Promise<void> {
    const read = await readReviewState(root);
    assert.deepStrictEqual(read.state, EMPTY_REVIEW);
    assert.match(read.problem?.message ?? '', message);
    await assert.rejects(updateReview(root, DECISION, { now: NOW }), (error: unknown) => {
      assert.ok(error instanceof ReviewFileRefused, String(error));
      assert.match(error.message, message);
      assert.deepStrictEqual(error.problem, read.problem);
      return true;
    });
    assert.strictEqual(await fs.readFile(file, 'utf8'), text, 'the file is kept byte for byte');
    assert.deepStrictEqual(await fs.readdir(path.dirname(file)), ['review.json'], 'no backup, lock or temporary file: nothing was written');
  }

  it('reports a merge conflict with its line and how to resolve it, and refuses every write', async () => {
    await fs.writeFile(file, CONFLICTED);
    const read = await readReviewState(root);
    assert.strictEqual(read.problem?.kind, 'merge-conflict');
    assert.strictEqual(
      read.problem.message,
      `The review file ${file} has git merge-conflict markers starting at line 5. It is kept as it is, and no decision is shown or recorded until they are resolved: ` +
        'open it, keep the decisions of both sides, delete the <<<<<<<, ======= and >>>>>>> lines, save it and run git add on it.',
    );
    await assertRefusedAndKept(CONFLICTED, /merge-conflict markers starting at line 5/);
  });

  it('reports a file from a newer Privacy Lens and refuses every write', async () => {
    const newer = '{"version": 3, "checklist": {}, "findings": {}, "audits": {"2026-q4": {"by": "external"}}}';
    await fs.writeFile(file, newer);
    assert.strictEqual((await readReviewState(root)).problem?.kind, 'newer-version');
    await assertRefusedAndKept(newer, new RegExp(`^The review file .*review\\.json was written by a newer Privacy Lens \\(schema version 3; this one reads up to 1\\)\\. It is kept as it is`));
  });

  it('reads an older schema migrated, keeps the old file beside the first write, and never overwrites that copy', async () => {
    const unversioned = '{"checklist": {"access-control": {"status": "acceptable", "note": "signed off"}}}\n';
    await fs.writeFile(file, unversioned);

    const read = await readReviewState(root);
    assert.deepStrictEqual(read, { state: { version: 1, checklist: { 'access-control': { status: 'acceptable', note: 'signed off' } }, findings: {} }, migration: { fromVersion: 0 } });
    assert.strictEqual(await fs.readFile(file, 'utf8'), unversioned, 'reading changes nothing on disk');

    const written = await updateReview(root, DECISION, { now: NOW });
    const copy = path.join(path.dirname(file), 'review.v0-20261130T094107Z.json');
    assert.deepStrictEqual(written.migration, { fromVersion: 0, backupPath: copy });
    assert.strictEqual(written.problem, undefined);
    assert.strictEqual(await fs.readFile(copy, 'utf8'), unversioned, 'the old file is kept byte for byte');
    const current = JSON.parse(await fs.readFile(file, 'utf8')) as { version: number; checklist: Record<string, unknown> };
    assert.strictEqual(current.version, 1);
    assert.deepStrictEqual(Object.keys(current.checklist), ['access-control', 'breach-readiness']);

    assert.deepStrictEqual((await updateReview(root, { kind: 'checklist', itemId: 'x', entry: { status: 'pending' } }, { now: NOW })).migration, undefined, 'a current file is not copied again');

    await fs.writeFile(file, '{"version": 0}');
    const again = await updateReview(root, DECISION, { now: NOW });
    assert.strictEqual(again.migration?.backupPath, path.join(path.dirname(file), 'review.v0-20261130T094107Z-2.json'));
    assert.strictEqual(await fs.readFile(copy, 'utf8'), unversioned, 'the earlier copy is untouched');
  });
});
