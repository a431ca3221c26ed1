import * as assert from 'assert';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeAbandonedTemporaries } from '../../src/core/review/atomicWrite';
import { withFileLock } from '../../src/core/review/fileLock';

/** The id of a process that has just exited, so that nothing runs under it. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  assert.ok(child.pid !== undefined);
  return child.pid;
}

/** Long enough that a lock can only be taken over through its dead holder, never through its age. */
const AGE_NEVER_COUNTS = { staleAfterMs: 600_000, timeoutMs: 300 };

describe('file lock held by a process that is gone', () => {
  let dir: string;
  let lock: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-lock-'));
    lock = path.join(dir, 'review.json.lock');
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('takes over at once a fresh lock naming a process on this machine that no longer runs', async () => {
    await fs.writeFile(lock, `${await deadPid()} ${os.hostname()} 0f6e2b1c`);
    const ran = await withFileLock(lock, () => Promise.resolve('ran'), AGE_NEVER_COUNTS);
    assert.strictEqual(ran, 'ran');
    assert.deepStrictEqual(await fs.readdir(dir), [], 'the dead lock is removed, and ours released');
  });

  it('waits for a fresh lock naming a process that runs, and leaves it in place', async () => {
    const held = `${process.pid} ${os.hostname()} 7a1d93e0`;
    await fs.writeFile(lock, held);
    await assert.rejects(withFileLock(lock, () => Promise.resolve(), AGE_NEVER_COUNTS), /another process has held this lock/);
    assert.strictEqual(await fs.readFile(lock, 'utf8'), held);
  });

  it('does not judge a process of another machine, or a lock without a host, by this machine\'s processes', async () => {
    const pid = await deadPid();
    for (const held of [`${pid} another-host.example 7a1d93e0`, `${pid} 7a1d93e0`, '']) {
      await fs.writeFile(lock, held);
      await assert.rejects(withFileLock(lock, () => Promise.resolve(), AGE_NEVER_COUNTS), /another process has held this lock/, JSON.stringify(held));
      assert.strictEqual(await fs.readFile(lock, 'utf8'), held);
    }
  });

  it('removes the temporary files of writers that died, and keeps those of a live one', async () => {
    const target = path.join(dir, 'review.json');
    const deadOnes = [`review.json.${await deadPid()}-0a1b2c3d.tmp`, `review.json.${await deadPid()}-99aa00ff.tmp`];
    const live = `review.json.${process.pid}-12345678.tmp`;
    const unrelated = ['review.json', 'review.v0-20261130T101500Z.json', 'other.json.1-0a1b2c3d.tmp'];
    for (const name of [...deadOnes, live, ...unrelated]) {
      await fs.writeFile(path.join(dir, name), '{}');
    }
    await removeAbandonedTemporaries(target);
    assert.deepStrictEqual((await fs.readdir(dir)).sort(), [live, ...unrelated].sort());
  });
});
