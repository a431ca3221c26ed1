import * as assert from 'assert';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../../src/core/review/atomicWrite';
import { EMPTY_REVIEW, type ReviewChange } from '../../src/core/review/model';
import { serializeReviewState } from '../../src/core/review/reviewFile';
import { readReviewState, reviewFilePath, updateReview } from '../../src/core/review/reviewStore';
import { startWriter } from './reviewProcessSupport';

function decide(itemId: string, status: 'acceptable' | 'to-correct' = 'acceptable'): ReviewChange {
  return { kind: 'checklist', itemId, entry: { status } };
}

describe('review store', () => {
  let root: string;
  let file: string;

  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-review-'));
    file = reviewFilePath(root);
  });

  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('reads a missing file as an empty review, without a problem and without creating anything', async () => {
    assert.deepStrictEqual(await readReviewState(root), { state: EMPTY_REVIEW });
    assert.deepStrictEqual(await fs.readdir(root), []);
  });

  it('reads an invalid file as an empty review, with a problem naming the file and the bad value', async () => {
    await fs.mkdir(path.dirname(file));
    await fs.writeFile(file, '{"version": 1, "checklist": {"access-control": {"status": "done"}}}');
    const read = await readReviewState(root);
    assert.deepStrictEqual(read.state, EMPTY_REVIEW);
    assert.ok(read.problem?.message.includes(`${file}: checklist["access-control"].status: expected one of pending, to-correct, improvable, acceptable`), read.problem?.message);
    assert.strictEqual(read.problem?.backupPath, undefined);
  });

  it('reports a review file it cannot open, naming it', async () => {
    await fs.mkdir(file, { recursive: true });
    const read = await readReviewState(root);
    assert.deepStrictEqual(read.state, EMPTY_REVIEW);
    assert.match(read.problem?.message ?? '', new RegExp(`^The review file ${escape(file)} could not be read: EISDIR`));
  });

  it('creates .privacy-lens/ and writes the serialised state', async () => {
    const written = await updateReview(root, decide('access-control'));
    assert.deepStrictEqual(written, { state: { version: 1, checklist: { 'access-control': { status: 'acceptable' } }, findings: {} } });
    assert.strictEqual(await fs.readFile(file, 'utf8'), serializeReviewState(written.state));
    assert.deepStrictEqual(await fs.readdir(path.dirname(file)), ['review.json'], 'no lock or temporary file is left behind');
  });

  it('re-reads the file before each change, so an edit made meanwhile is kept', async () => {
    await updateReview(root, decide('access-control'));
    const edited = (await fs.readFile(file, 'utf8')).replace('"checklist": {', '"checklist": {\n    "breach-readiness": { "status": "improvable" },');
    await fs.writeFile(file, edited);
    const { state } = await updateReview(root, decide('encryption-at-rest', 'to-correct'));
    assert.deepStrictEqual(Object.keys(state.checklist).sort(), ['access-control', 'breach-readiness', 'encryption-at-rest']);
  });

  it('backs an unreadable file up before writing, says where, and never overwrites an earlier backup', async () => {
    await fs.mkdir(path.dirname(file));
    const broken = '{"version": 1, "checklist": {"access-control": {"status": "acceptable", "note": "signed off by legal"}},,}';
    await fs.writeFile(file, broken);
    const now = () => new Date('2026-11-29T10:15:02.345Z');

    const first = await updateReview(root, decide('breach-readiness'), { now });
    const firstBackup = path.join(path.dirname(file), 'review.unreadable-20261129T101502Z.json');
    assert.strictEqual(first.problem?.backupPath, firstBackup);
    assert.ok(first.problem.message.includes(`It was copied to ${firstBackup}`), first.problem.message);
    assert.ok(first.problem.message.includes(`${file}: not valid JSON`), first.problem.message);
    assert.strictEqual(await fs.readFile(firstBackup, 'utf8'), broken, 'the backup holds the old file byte for byte');
    assert.deepStrictEqual(Object.keys(first.state.checklist), ['breach-readiness']);

    await fs.writeFile(file, 'not json either');
    const second = await updateReview(root, decide('access-control'), { now });
    assert.strictEqual(second.problem?.backupPath, path.join(path.dirname(file), 'review.unreadable-20261129T101502Z-2.json'));
    assert.strictEqual(await fs.readFile(second.problem.backupPath, 'utf8'), 'not json either');
    assert.strictEqual(await fs.readFile(firstBackup, 'utf8'), broken, 'the earlier backup is untouched');
  });

  it('writes nothing for a change that is not valid', async () => {
    await updateReview(root, decide('access-control'));
    const before = await fs.readFile(file, 'utf8');
    await assert.rejects(updateReview(root, { kind: 'checklist', itemId: 'x', entry: { status: 'nearly' as 'pending' } }), /checklist\["x"\]\.status: expected one of/);
    assert.strictEqual(await fs.readFile(file, 'utf8'), before);
  });

  it('leaves the old file intact and no temporary file when a write fails midway', async () => {
    await updateReview(root, decide('access-control'));
    const before = await fs.readFile(file, 'utf8');
    const failHalfway = async (handle: fs.FileHandle, text: string) => {
      await handle.writeFile(text.slice(0, text.length / 2));
      throw new Error('disk full');
    };
    await assert.rejects(writeFileAtomic(file, serializeReviewState(EMPTY_REVIEW), failHalfway), /disk full/);
    assert.strictEqual(await fs.readFile(file, 'utf8'), before);
    assert.deepStrictEqual(await fs.readdir(path.dirname(file)), ['review.json']);
  });

  it('takes over a lock abandoned by a process that died', async () => {
    await fs.mkdir(path.dirname(file));
    const lock = `${file}.lock`;
    await fs.writeFile(lock, '4242 abandoned');
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await fs.utimes(lock, aMinuteAgo, aMinuteAgo);
    await updateReview(root, decide('access-control'));
    assert.deepStrictEqual(Object.keys((await readReviewState(root)).state.checklist), ['access-control']);
    assert.deepStrictEqual(await fs.readdir(path.dirname(file)), ['review.json']);
  });

  it('waits for a lock that is held, and gives up with a message naming it', async () => {
    await fs.mkdir(path.dirname(file));
    const lock = `${file}.lock`;
    await fs.writeFile(lock, '4242 busy');
    await assert.rejects(updateReview(root, decide('access-control'), { lock: { timeoutMs: 100 } }), { message: new RegExp(`^${escape(lock)}: another process has held this lock`) });
    assert.strictEqual(await fs.readFile(lock, 'utf8'), '4242 busy', 'a lock that is not ours is not removed');
  });

  it('lands every change made at once in one process', async () => {
    const items = Array.from({ length: 12 }, (_, i) => `item-${String(i).padStart(2, '0')}`);
    await Promise.all(items.map((item) => updateReview(root, decide(item))));
    assert.deepStrictEqual(Object.keys((await readReviewState(root)).state.checklist), items);
  });

  it('lands the changes of two processes editing different items at the same time', async function () {
    this.timeout(30_000);
    const count = 15;
    const writers = await Promise.all([startWriter(root, 'window-a', count), startWriter(root, 'window-b', count)]);
    assert.deepStrictEqual(await Promise.all(writers.map((w) => w.go())), ['done', 'done']);
    const { state, problem } = await readReviewState(root);
    assert.strictEqual(problem, undefined);
    const expected = ['window-a', 'window-b'].flatMap((prefix) => Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`));
    assert.deepStrictEqual(Object.keys(state.checklist), expected);
    assert.strictEqual(state.checklist['window-b-14']?.reviewer, 'window-b');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
