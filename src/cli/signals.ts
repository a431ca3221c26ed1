/**
 * Ctrl-C or a CI job's timeout ends the process without running its `finally` blocks. The scan's
 * temporary files (the findings spool, the next cache) are removed here, then the signal is raised
 * again so the process ends as it would have (exit status 128 + the signal's number).
 */
import { removeTemporariesSync } from '../core/scan/temporaryFiles';

export function removeTemporariesOnSignal(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeTemporariesSync();
      process.kill(process.pid, signal);
    });
  }
}
