/**
 * Finds the files a scan covers: directories are walked honouring .gitignore files (at every
 * level) and the configured include/exclude globs; symbolic links are not followed, so a link
 * loop cannot trap the walk. Files named explicitly are taken as given if the engine reads them.
 */
import { type Dirent, promises as fs } from 'fs';
import * as path from 'path';
import ignore, { type Ignore } from 'ignore';
import { isPathIncluded, type PrivacyLensConfig } from '../config';
import { hasAdapter } from '../languages/scannedLanguages';
import { languageForFile, type LanguageInfo } from '../languages/languageRegistry';
import type { SkippedFile } from './fileReading';

export interface SourceFile {
  readonly absolutePath: string;
  /** Relative to the scan root, `/` separators: what reports show. */
  readonly relativePath: string;
  readonly languageId: string;
}

/**
 * A file found by walking a folder. Its absolute path is rebuilt when asked rather than kept: a
 * monorepo's walk lists hundreds of thousands of files (321,543 in the 1 GB benchmark corpus),
 * held for the whole scan, and the second copy of every path cost about a third of the list.
 */
class WalkedFile implements SourceFile {
  constructor(
    private readonly root: string,
    readonly relativePath: string,
    readonly languageId: string,
  ) {}

  get absolutePath(): string {
    return path.join(this.root, this.relativePath);
  }
}

interface IgnoreScope {
  readonly base: string;
  readonly rules: Ignore;
}

/**
 * `unreadable`, if given, receives the folders the walk could not list (removed meanwhile, no
 * permission), so the scan can say what it left out; without it they are passed over. A target
 * named like a source file that cannot be looked at (a dangling link, removed since) is kept:
 * reading it then says why it was skipped.
 */
export async function collectSourceFiles(root: string, targets: readonly string[], config: PrivacyLensConfig, unreadable?: SkippedFile[]): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  // A folder is judged by the excludes alone (an include glob names files); one copy for the whole
  // walk, as its globs are compiled once per configuration object.
  const walk: Walk = { root, config, folderConfig: { ...config, include: [] }, out: files, unreadable: unreadable ?? [] };
  for (const target of targets) {
    const stat = await fs.stat(target).catch((error: NodeJS.ErrnoException) => {
      if (!readableLanguage(target)) {
        throw error;
      }
      return undefined;
    });
    if (stat?.isDirectory()) {
      await walkDirectory(walk, target, await ancestorIgnores(root, target));
    } else {
      const language = readableLanguage(target);
      if (language) {
        files.push({ absolutePath: target, relativePath: toRelative(root, target), languageId: language.id });
      }
    }
  }
  // A file reached twice (a folder and a file in it both named) has one path from the root. Keyed
  // by that, not the absolute path: a walked file builds its absolute path on demand, and building
  // all 321,543 of the 1 GB benchmark's left some 200 MB of garbage at the scan's busiest moment.
  const seen = new Set<string>();
  const unique = files.filter((f) => !seen.has(f.relativePath) && seen.add(f.relativePath));
  return unique.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

/** The language of a file, if an adapter reads it. */
function readableLanguage(fileName: string): LanguageInfo | undefined {
  const language = languageForFile(fileName);
  return language && hasAdapter(language.id) ? language : undefined;
}

export function toRelative(root: string, absolutePath: string): string {
  const relative = path.relative(root, absolutePath);
  return (relative === '' ? path.basename(absolutePath) : relative).split(path.sep).join('/');
}

/** What every folder of one walk shares. */
interface Walk {
  readonly root: string;
  readonly config: PrivacyLensConfig;
  /** `config` without its includes, for folders. */
  readonly folderConfig: PrivacyLensConfig;
  readonly out: SourceFile[];
  readonly unreadable: SkippedFile[];
}

async function walkDirectory(walk: Walk, directory: string, scopes: readonly IgnoreScope[]): Promise<void> {
  const { root, config, out } = walk;
  const localScopes = [...scopes, ...(await readGitignore(directory))];
  let entries: Dirent[];
  try {
    entries = await fs.readdir(directory, { withFileTypes: true });
  } catch (error) {
    // One folder that cannot be listed must not stop the scan of the others.
    walk.unreadable.push({ file: toRelative(root, directory) + '/', reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) });
    return;
  }
  for (const entry of entries) {
    const absolutePath = path.join(directory, entry.name);
    const relativePath = toRelative(root, absolutePath);
    if (entry.isSymbolicLink() || isGitIgnored(localScopes, absolutePath, entry.isDirectory())) {
      continue;
    }
    if (entry.isDirectory()) {
      if (isPathIncluded(relativePath + '/', walk.folderConfig)) {
        await walkDirectory(walk, absolutePath, localScopes);
      }
    } else if (entry.isFile()) {
      const language = readableLanguage(entry.name);
      if (language && isPathIncluded(relativePath, config)) {
        out.push(new WalkedFile(root, relativePath, language.id));
      }
    }
  }
}

/** .gitignore files between the root and a target directory apply to it too. */
async function ancestorIgnores(root: string, target: string): Promise<IgnoreScope[]> {
  const scopes: IgnoreScope[] = [];
  const relative = path.relative(root, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return scopes;
  }
  let directory = root;
  for (const part of relative.split(path.sep).filter(Boolean)) {
    scopes.push(...(await readGitignore(directory)));
    directory = path.join(directory, part);
  }
  return scopes;
}

async function readGitignore(directory: string): Promise<IgnoreScope[]> {
  try {
    const text = await fs.readFile(path.join(directory, '.gitignore'), 'utf8');
    return [{ base: directory, rules: ignore().add(text) }];
  } catch {
    return [];
  }
}

function isGitIgnored(scopes: readonly IgnoreScope[], absolutePath: string, isDirectory: boolean): boolean {
  return scopes.some((scope) => {
    const relative = path.relative(scope.base, absolutePath).split(path.sep).join('/');
    return relative !== '' && !relative.startsWith('..') && scope.rules.ignores(isDirectory ? relative + '/' : relative);
  });
}
