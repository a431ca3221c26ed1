/**
 * The temporary files a scan keeps while it runs (the findings spool, the next cache), so that a
 * process stopped by a signal can remove them: `finally` blocks do not run when Ctrl-C ends Node,
 * and a monorepo's spool runs to hundreds of megabytes.
 */
import * as fs from 'fs';

const temporaries = new Set<string>();

/** `target` (a file or a folder) is removed by removeTemporariesSync until it is forgotten. */
export function holdTemporary(target: string): void {
  temporaries.add(target);
}

/** Its owner removed or renamed it. */
export function releaseTemporary(target: string): void {
  temporaries.delete(target);
}

/** Removes what is still held, synchronously: a signal handler cannot wait. */
export function removeTemporariesSync(): void {
  for (const target of temporaries) {
    fs.rmSync(target, { recursive: true, force: true });
  }
  temporaries.clear();
}
