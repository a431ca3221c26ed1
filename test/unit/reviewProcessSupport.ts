/** Child processes for the review-store tests: writers that race, and writers killed mid-write. */
import * as assert from 'assert';
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

/** The messages a child sends, one at a time, in order. */
function messagesOf(child: ChildProcess): () => Promise<string> {
  const messages: string[] = [];
  const waiters: ((message: string) => void)[] = [];
  child.on('message', (message) => {
    const text = typeof message === 'string' ? message : JSON.stringify(message);
    const waiter = waiters.shift();
    if (waiter) {
      waiter(text);
    } else {
      messages.push(text);
    }
  });
  return () => (messages.length > 0 ? Promise.resolve(messages.shift()!) : new Promise((resolve) => waiters.push(resolve)));
}

export interface Writer {
  readonly child: ChildProcess;
  /** Starts the writes; resolves with the child's last word (`done`, or `failed: ...`). */
  readonly go: () => Promise<string>;
}

/** Forks the compiled writer helper; resolves once it is ready, so that `go` starts several together. */
export async function startWriter(root: string, prefix: string, count: number, mode: 'plain' | 'mixed' = 'plain'): Promise<Writer> {
  const child = fork(path.join(__dirname, 'fixtures', 'reviewWriter.js'), [root, prefix, String(count), mode], { stdio: 'inherit' });
  const next = messagesOf(child);
  assert.strictEqual(await next(), 'ready');
  return {
    child,
    go: () => {
      child.send('go');
      return next();
    },
  };
}

export type WriteStep = 'lockTaken' | 'temporaryWritten' | 'replaced';

/** Forks a writer that records `itemId`, waits until it stands at `step`, and kills it there with SIGKILL. */
export async function killWriterAt(root: string, step: WriteStep, itemId: string): Promise<void> {
  const child = fork(path.join(__dirname, 'fixtures', 'reviewCrashWriter.js'), [root, step, itemId], { stdio: 'inherit' });
  const next = messagesOf(child);
  assert.strictEqual(await next(), `at ${step}`);
  await kill(child);
}

/** SIGKILL, as a crash or a power cut would stop it: no handler runs, nothing is cleaned up. */
export function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
