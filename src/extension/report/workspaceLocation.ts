/**
 * Which files a report link may open: the page names a file by its path relative to the report's
 * folder, and a page is not trusted to keep to that folder. No vscode import, so the unit tests
 * check it directly.
 */
import { promises as fs } from 'fs';
import * as path from 'path';

/** `file:`, `command:`, `https:`, `javascript:`... and a Windows drive (`C:`), which parses as a scheme too. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * The path's `/`-separated segments when it is a plain relative path that stays inside the
 * folder; otherwise the reason it is refused. The report's paths never hold `.`, `..`, empty
 * segments or backslashes, so any of them means the message was not made from a report.
 */
export function relativeSegments(file: string): { readonly segments: readonly string[] } | { readonly refused: string } {
  if (file === '') {
    return { refused: 'an empty path' };
  }
  if (SCHEME.test(file)) {
    return { refused: 'a URI or drive, not a path relative to the folder' };
  }
  if (file.startsWith('/') || file.includes('\\')) {
    return { refused: 'an absolute path or a backslash' };
  }
  if (CONTROL_CHARACTER.test(file)) {
    return { refused: 'a control character in the path' };
  }
  const segments = file.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return { refused: 'an empty, "." or ".." segment' };
  }
  return { segments };
}

/**
 * The file's segments and real path when it exists and, with every symbolic link resolved, is inside the real
 * `folder`; otherwise the reason it is refused. A link inside the workspace that points out of
 * it (to /etc/passwd, say) is refused, as the path itself would be.
 */
export async function fileInsideFolder(folder: string, file: string): Promise<{ readonly segments: readonly string[]; readonly realPath: string } | { readonly refused: string }> {
  const relative = relativeSegments(file);
  if ('refused' in relative) {
    return relative;
  }
  let realFolder: string;
  let realFile: string;
  try {
    realFolder = await fs.realpath(folder);
    realFile = await fs.realpath(path.join(folder, ...relative.segments));
  } catch (error) {
    return { refused: `it cannot be resolved (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  const inside = path.relative(realFolder, realFile);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    return { refused: inside === '' ? 'the folder itself, not a file in it' : 'it resolves (through a symbolic link) to a place outside the folder' };
  }
  return { segments: relative.segments, realPath: realFile };
}
