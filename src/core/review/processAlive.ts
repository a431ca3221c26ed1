/** Whether a process id names a running process on this machine, for leftovers a dead writer left behind. */

/**
 * Signal 0 checks that the process exists without touching it. EPERM means it exists but belongs
 * to another user: alive. Only ESRCH proves it is gone; anything unexpected counts as alive,
 * because the caller would otherwise take over a lock or delete a file still in use.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return !(error instanceof Error && 'code' in error && error.code === 'ESRCH');
  }
}
