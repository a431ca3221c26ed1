/**
 * The body of one scan worker thread (started by ScanWorkerPool): it scans the texts it is sent
 * with its own Scanner, so its tree-sitter runtime and grammars live in this thread, and answers
 * each with the result or with the error, described as plain data.
 */
import { parentPort } from 'worker_threads';
import type { PrivacyLensConfig } from '../config';
import { Scanner } from './scanner';
import type { ScanTaskReply, WorkerMessage } from './scanWorkerProtocol';

const port = parentPort;
if (!port) {
  throw new Error('scanWorker.js runs as a worker thread of ScanWorkerPool, not on its own');
}
const scanner = new Scanner();
/** The configuration the pool last sent this worker; the pool sends another when it changes. */
let held: { readonly id: number; readonly config: PrivacyLensConfig } | undefined;

port.on('message', (message: WorkerMessage) => {
  if ('forget' in message) {
    scanner.forgetDocument(message.forget);
    return;
  }
  const task = message;
  if (task.configId !== undefined && task.config) {
    held = { id: task.configId, config: task.config };
  }
  if (task.configId !== undefined && held?.id !== task.configId) {
    port.postMessage({ id: task.id, error: { name: 'Error', message: `the scan worker does not hold configuration ${task.configId}` } } satisfies ScanTaskReply);
    return;
  }
  const options = task.configId === undefined ? task.options : { ...task.options, config: held!.config };
  scanner.scanText(task.text, options).then(
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
