/**
 * A scan worker for ScanWorkerPool's tests: it scans like the real one, except that the text
 * `hang` never returns (a rule stuck in a loop) and `crash` ends the thread (a crash in WASM).
 */
import { parentPort } from 'worker_threads';
import { Scanner } from '../../../src/core/scan/scanner';
import type { ScanTask, ScanTaskReply } from '../../../src/core/scan/scanWorkerProtocol';

const scanner = new Scanner();
parentPort?.on('message', (task: ScanTask) => {
  if (task.text === 'hang') {
    for (;;) {
      // Busy, as a runaway regular expression would be: no message can get through.
    }
  }
  if (task.text === 'crash') {
    process.exit(3);
  }
  void scanner.scanText(task.text, task.options).then((result) => parentPort?.postMessage({ id: task.id, result } satisfies ScanTaskReply));
});
