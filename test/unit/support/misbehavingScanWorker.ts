/**
 * A scan worker for ScanWorkerPool's tests: it scans like the real one, except that the text
 * `hang` never returns (a rule stuck in a loop), `crash` ends the thread (a crash in WASM) and
 * `hoard` keeps 600 MB of objects alive (a rule that leaks), past the pool's heap limit for a worker.
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
  if (task.text === 'hoard') {
    const kept: number[][] = [];
    for (let megabytes = 0; megabytes < 600; megabytes += 8) {
      kept.push(Array.from({ length: 1 << 20 }, (_, i) => i + 0.5));
    }
    parentPort?.postMessage({ id: task.id, result: { findings: [], suppressed: [], ruleErrors: [], records: [], kept: kept.length } });
    return;
  }
  void scanner.scanText(task.text, task.options).then((result) => parentPort?.postMessage({ id: task.id, result } satisfies ScanTaskReply));
});
