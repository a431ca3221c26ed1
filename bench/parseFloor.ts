/**
 * The parse floor: tree-sitter, with the same WASM runtime and grammars the scan uses, parsing
 * every source file of a tree and doing nothing else, in one worker thread per core as the scan
 * does. No scan built on these grammars reads faster than this on the machine, so it says how
 * much of the cold-scan target is within reach at all.
 *
 *   node parseFloor.js TREE OUTPUT.json   writes { files, bytes, failed } to OUTPUT.json
 *
 * In a worker thread the same file parses the files it is given.
 */
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { languageForFile } from '../src/core/languages/languageRegistry';
import { TreeSitterHost } from '../src/core/languages/treeSitter';

export interface ParseFloorResult {
  readonly files: number;
  readonly bytes: number;
  /** Files tree-sitter gave up on (over the parse budget): not counted in `bytes`. */
  readonly failed: number;
}

interface SourceFile {
  readonly file: string;
  readonly grammarFile: string;
}

async function sourceFiles(directory: string): Promise<SourceFile[]> {
  const found: SourceFile[] = [];
  for (const entry of await fs.readdir(directory, { withFileTypes: true })) {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await sourceFiles(file)));
    } else {
      const grammarFile = languageForFile(file)?.grammarFile;
      if (grammarFile) {
        found.push({ file, grammarFile });
      }
    }
  }
  return found;
}

async function parseAll(files: readonly SourceFile[]): Promise<ParseFloorResult> {
  const host = new TreeSitterHost();
  let bytes = 0;
  let failed = 0;
  for (const { file, grammarFile } of files) {
    const text = readFileSync(file, 'utf8');
    try {
      await host.withTree(grammarFile, text, () => undefined);
      bytes += Buffer.byteLength(text);
    } catch {
      failed++;
    }
  }
  return { files: files.length - failed, bytes, failed };
}

function inWorker(files: readonly SourceFile[]): Promise<ParseFloorResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: files });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`parse floor: a worker exited with ${code}`)));
  });
}

async function main(tree: string | undefined, output: string | undefined): Promise<void> {
  if (!tree || !output) {
    throw new Error('usage: node parseFloor.js TREE OUTPUT.json');
  }
  const files = await sourceFiles(path.resolve(tree));
  const threads = os.cpus().length;
  const shares = Array.from({ length: threads }, (_, k) => files.filter((_, i) => i % threads === k));
  const results = await Promise.all(shares.map(inWorker));
  const total = results.reduce((sum, r) => ({ files: sum.files + r.files, bytes: sum.bytes + r.bytes, failed: sum.failed + r.failed }));
  await fs.writeFile(output, `${JSON.stringify(total)}\n`);
}

if (isMainThread) {
  main(process.argv[2], process.argv[3]).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
} else {
  void parseAll(workerData as SourceFile[]).then((result) => parentPort!.postMessage(result));
}
