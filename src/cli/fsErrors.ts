/**
 * File-system failures in words a CI log reader acts on: Node's own messages name the syscall
 * and sometimes a temporary file, not what the user typed.
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a folder on its path is a file',
  EEXIST: 'a file is in the way of a folder on its path',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links (a loop?)',
  ENAMETOOLONG: 'the name is too long',
  EFBIG: 'the file would exceed the size this process may write',
};

/** The reason an fs call failed, e.g. "permission denied (EACCES)"; the error's message if it has no code. */
export function fsFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') {
    const reason = REASONS[code];
    return reason ? `${reason} (${code})` : code;
  }
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** Multi-line messages (JSON.parse quotes the input, stacks have frames) become one line of stderr. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
