/**
 * Where the integration launchers find what they run: the extension under development, the
 * compiled mocha suite (a folder whose index.js exports `run(): Promise<void>`) and the workspace
 * VS Code opens. Both launchers (codeServer.ts, electron.ts) take the same flags, so one suite
 * serves both:
 *
 *   --extension-development-path <dir>  default: the repository root (folder with package.json)
 *   --extension-tests-path <dir>        default: <root>/out/test/integration/suite
 *   --workspace <dir>                   default: <root>/test/fixtures/workspace
 *
 * Relative paths resolve against the current directory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

export interface LaunchPaths {
  readonly repoRoot: string;
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath: string;
  readonly workspacePath: string;
}

/** A problem with the launcher's inputs, reported as one line; the launchers exit 2 on it. */
export class LaunchSetupError extends Error {}

/** Exit code for a LaunchSetupError: nothing ran, the setup needs fixing. */
export const SETUP_ERROR_EXIT_CODE = 2;

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Walks up from this compiled file (out/test/integration/launchers/) or its source
 * (test/integration/launchers/) to the folder holding package.json and tsconfig.json, so the
 * defaults hold whatever the current directory is. (out/ has a package.json of its own, which
 * tsc copies there because the engine imports its version from it.)
 */
export function findRepoRoot(startDir: string = __dirname): string {
  let dir = path.resolve(startDir);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'tsconfig.json'))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new LaunchSetupError(`no folder with package.json and tsconfig.json found above ${startDir}`);
    }
    dir = parent;
  }
}

export function defaultLaunchPaths(repoRoot: string = findRepoRoot()): LaunchPaths {
  return {
    repoRoot,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'suite'),
    workspacePath: path.join(repoRoot, 'test', 'fixtures', 'workspace'),
  };
}

/** Reads the flags documented above; unknown flags are a setup error, not silently ignored. */
export function resolveLaunchPaths(argv: readonly string[] = process.argv.slice(2)): LaunchPaths {
  const defaults = defaultLaunchPaths();
  const { values } = parseLaunchFlags(argv);
  return {
    repoRoot: defaults.repoRoot,
    extensionDevelopmentPath: absolute(values['extension-development-path'] ?? defaults.extensionDevelopmentPath),
    extensionTestsPath: absolute(values['extension-tests-path'] ?? defaults.extensionTestsPath),
    workspacePath: absolute(values.workspace ?? defaults.workspacePath),
  };
}

/**
 * Fails early with a clear message: otherwise a missing suite or workspace only shows up as a
 * silent extension host error and a run that ends in the overall timeout.
 */
export function assertLaunchPathsExist(paths: LaunchPaths): void {
  requireFile(path.join(paths.extensionDevelopmentPath, 'package.json'), 'extension manifest not found');
  requireFile(path.join(paths.extensionTestsPath, 'index.js'), 'compiled suite not found (compile with tsc first)');
  if (!isDirectory(paths.workspacePath)) {
    throw new LaunchSetupError(`workspace folder not found: ${paths.workspacePath}`);
  }
}

function parseLaunchFlags(argv: readonly string[]): ReturnType<typeof parseFlags> {
  try {
    return parseFlags(argv);
  } catch (error) {
    throw new LaunchSetupError(
      `${errorMessage(error)}. Flags: --extension-development-path <dir> --extension-tests-path <dir> --workspace <dir>`,
    );
  }
}

function parseFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      'extension-development-path': { type: 'string' },
      'extension-tests-path': { type: 'string' },
      workspace: { type: 'string' },
    },
  });
}

function absolute(p: string): string {
  return path.resolve(process.cwd(), p);
}

function requireFile(file: string, problem: string): void {
  if (!fs.existsSync(file)) {
    throw new LaunchSetupError(`${problem}: ${file}`);
  }
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
