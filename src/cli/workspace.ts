/**
 * What every command starts from: the folder its paths are relative to, and the settings read
 * from `.privacy-lens.json` there (or `--config FILE`).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { PrivacyLensConfig } from '../core/config';
import { UsageError } from './args';
import { loadConfigFile } from './configFile';
import { fsFailureReason } from './fsErrors';
import type { CliIo } from './io';

export interface ScanTargets {
  /** Reported paths are relative to it; the review file lives under it. */
  readonly root: string;
  readonly targets: readonly string[];
}

/** Every path must exist. One directory is its own root; otherwise the working directory is. */
export async function resolveTargets(paths: readonly string[], cwd: string): Promise<ScanTargets> {
  const targets = paths.map((p) => path.resolve(cwd, p));
  const stats = [];
  for (const target of targets) {
    stats.push(
      await fs.stat(target).catch((error: unknown) => {
        const shown = path.relative(cwd, target) || target;
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        throw new UsageError(missing ? `path not found: ${shown}` : `cannot read the path ${shown}: ${fsFailureReason(error)}`);
      }),
    );
  }
  const [only] = targets;
  const root = targets.length === 1 && only !== undefined && stats[0]?.isDirectory() ? only : cwd;
  return { root, targets };
}

/** Reads the settings for `root`; each bad key is named on stderr and its default used. */
export async function loadSettings(configOption: string | undefined, root: string, io: CliIo): Promise<PrivacyLensConfig> {
  const configPath = configOption ? path.resolve(io.cwd, configOption) : path.join(root, '.privacy-lens.json');
  const shownAs = configOption !== undefined ? `--config ${configOption}` : path.relative(io.cwd, configPath) || configPath;
  const { config, problems } = await loadConfigFile(configPath, configOption !== undefined, shownAs);
  for (const problem of problems) {
    io.stderr(`privacy-lens: ${path.relative(io.cwd, configPath)}: "${problem.key}": ${problem.message}\n`);
  }
  return config;
}
