/**
 * The body of one scan worker thread (started by ScanWorkerPool): it scans the texts it is sent
 * with its own Scanner, so its tree-sitter runtime and grammars live in this thread, and answers
 * each with the result or with the error, described as plain data.
 */
import { parentPort } from 'worker_threads';
import { Scanner } from './scanner';
import type { ScanTask, ScanTaskReply } from './scanWorkerProtocol';

const port = parentPort;
if (!port) {
  throw new Error('scanWorker.js runs as a worker thread of ScanWorkerPool, not on its own');
}
const scanner = new Scanner();
port.on('message', (task: ScanTask) => {
  scanner.scanText(task.text, task.options).then(
    (result) => port.postMessage({ id: task.id, result } satisfies ScanTaskReply),
    (error: unknown) => port.postMessage({ id: task.id, error: describeError(error) } satisfies ScanTaskReply),
  );
});

function describeError(error: unknown): NonNullable<ScanTaskReply['error']> {
  if (error instanceof Error) {
    const budgetMs = (error as { budgetMs?: unknown }).budgetMs;
    return { name: error.name, message: error.message, ...(typeof budgetMs === 'number' ? { budgetMs } : {}) };
  }
  return { name: 'Error', message: String(error) };
}
