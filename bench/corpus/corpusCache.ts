/**
 * The corpus for a seed and size is generated once and kept under the cache folder; a later run
 * reuses it only if its files still hash to what the manifest recorded when it was written.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { generateCorpus, GENERATOR_VERSION, type CorpusSummary } from './generate';
import { fingerprintTree, type TreeFingerprint } from './treeHash';

interface Manifest {
  readonly generatorVersion: number;
  readonly summary: CorpusSummary;
  readonly tree: TreeFingerprint;
}

export interface PreparedCorpus {
  /** The folder to scan: it holds the generated files and nothing else. */
  readonly tree: string;
  readonly summary: CorpusSummary;
  readonly reused: boolean;
}

export async function prepareCorpus(cacheRoot: string, seed: number, targetBytes: number): Promise<PreparedCorpus> {
  const home = path.join(cacheRoot, `corpus-v${GENERATOR_VERSION}-seed${seed}-${targetBytes}`);
  const tree = path.join(home, 'tree');
  const manifestPath = path.join(home, 'manifest.json');
  const manifest = await readManifest(manifestPath);
  if (manifest && manifest.generatorVersion === GENERATOR_VERSION) {
    const now = await fingerprintTree(tree).catch(() => undefined);
    if (now?.sha256 === manifest.tree.sha256) {
      return { tree, summary: manifest.summary, reused: true };
    }
  }
  await fs.rm(home, { recursive: true, force: true });
  await fs.mkdir(tree, { recursive: true });
  const summary = await generateCorpus(tree, seed, targetBytes);
  const written: Manifest = { generatorVersion: GENERATOR_VERSION, summary, tree: await fingerprintTree(tree) };
  await fs.writeFile(manifestPath, `${JSON.stringify(written, null, 2)}\n`);
  return { tree, summary, reused: false };
}

async function readManifest(manifestPath: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await fs.readFile(manifestPath, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
