/**
 * Bad and extreme input, files: too large, minified, not regular, removed or changed during the
 * scan, links that loop or dangle. The scan lists each file it leaves out with its reason and
 * goes on with the others.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { DEFAULT_MAX_FILE_BYTES, readSourceFile } from '../../src/core/scan/fileReading';
import { collectSourceFiles } from '../../src/core/scan/fileWalker';
import { ParseBudgetExceeded } from '../../src/core/languages/treeSitter';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { scanWorkspace } from '../../src/core/scan/workspaceScan';
import { scanner } from './helpers';
import { LOGGED_EMAIL, makeWorkspace, removeWorkspace, scanAll, scanEditorText, skippedOf, writeAt } from './hostileSupport';

const FIFTY_MB = 50 * 1024 * 1024;

/** One line of a bundle: code with no line break, as minifiers write it. */
function minifiedBundle(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = `function f${i}(a,b){var c=a.email+b.name;console.log(a.email);return{x:a,y:[b,${i}]}};`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

describe('hostile input: files', () => {
  let root: string;
  beforeEach(async () => {
    root = await makeWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  it('skips a 50 MB file for its size from its length alone, without reading it into memory', async () => {
    const big = path.join(root, 'huge.ts');
    const handle = await fs.open(big, 'w');
    await handle.truncate(FIFTY_MB); // sparse: the disk holds almost nothing
    await handle.close();
    await writeAt(root, 'ok.ts', `const user = load();\n${LOGGED_EMAIL}\n`);
    const before = process.memoryUsage().arrayBuffers;
    const read = await readSourceFile(big);
    const grown = process.memoryUsage().arrayBuffers - before;
    assert.deepStrictEqual(read, { reason: 'size', detail: `${FIFTY_MB} bytes is over the ${DEFAULT_MAX_FILE_BYTES}-byte limit` });
    assert.ok(grown < 8 * 1024 * 1024, `reading grew the buffers by ${grown} bytes`);
    const result = await scanAll(root);
    assert.deepStrictEqual(skippedOf(result), [`huge.ts size ${FIFTY_MB} bytes is over the ${DEFAULT_MAX_FILE_BYTES}-byte limit`]);
    assert.strictEqual(result.filesScanned, 1);
    await fs.rm(big);
  });

  it('skips a 2 MB single-line bundle as minified in the workspace scan', async () => {
    await writeAt(root, 'bundle.js', minifiedBundle(2 * 1024 * 1024 - 4096));
    const result = await scanAll(root);
    assert.deepStrictEqual(skippedOf(result), ['bundle.js minified generated or minified code (very long lines)']);
  });

  it('in the editor, scans a 2 MB bundle within its time budget or refuses it with ParseBudgetExceeded', async () => {
    const budgetMs = 1_000;
    const started = Date.now();
    const outcome = await scanner.scanText(minifiedBundle(2 * 1024 * 1024 - 4096), { languageId: 'javascript', filePath: 'bundle.js', timeBudgetMs: budgetMs }).then(
      (result) => `scanned: ${result.findings.length > 0}`,
      (error: unknown) => (error instanceof ParseBudgetExceeded ? `refused: ${error.message}` : `failed: ${String(error)}`),
    );
    const elapsed = Date.now() - started;
    assert.ok(/^scanned: true$|^refused: (parsing|reading the syntax tree) took longer than the 1000 ms budget$/.test(outcome), outcome);
    // The budget is checked as the parse and the walk go: allow one check interval and the rules' time after.
    assert.ok(elapsed < budgetMs + 2_500, `took ${elapsed} ms`);
  });

  it('after a parse is refused for its budget, the next text in that language is parsed afresh, not as the rest of the refused one', async () => {
    const bundle = minifiedBundle(512 * 1024);
    await assert.rejects(scanner.scanText(bundle, { languageId: 'javascript', filePath: 'bundle.js', timeBudgetMs: 1 }), ParseBudgetExceeded);
    const next = await scanEditorText(`const user = load();\n${LOGGED_EMAIL}\n`, 'javascript');
    assert.deepStrictEqual(next.findings.map((f) => `${f.ruleId} ${f.range.start.line}`), ['personal-data-in-log 1']);
  });

  it('refuses a FIFO named like a source file without waiting on it, and a folder named like one is walked as a folder', async () => {
    const fifo = path.join(root, 'pipe.ts');
    execFileSync('mkfifo', [fifo]);
    await writeAt(root, 'x.ts/inner.ts', `${LOGGED_EMAIL}\n`);
    assert.deepStrictEqual(await readSourceFile(fifo), { reason: 'unreadable', detail: 'not a regular file (a FIFO, socket or device)' });
    assert.deepStrictEqual(await readSourceFile(path.join(root, 'x.ts')), { reason: 'unreadable', detail: 'not a regular file (a directory)' });
    const named = await scanWorkspace(root, [fifo, path.join(root, 'x.ts')], { scanner });
    assert.deepStrictEqual(skippedOf(named), ['pipe.ts unreadable not a regular file (a FIFO, socket or device)']);
    assert.deepStrictEqual(named.findings.map((f) => `${f.file} ${f.ruleId}`), ['x.ts/inner.ts personal-data-in-log']);
  });

  it('lists a file removed between the walk and the read as unreadable (ENOENT) and scans the rest', async () => {
    const doomed = await writeAt(root, 'a-doomed.ts', `${LOGGED_EMAIL}\n`);
    await writeAt(root, 'b-kept.ts', `${LOGGED_EMAIL}\n`);
    let removed = false;
    // Asked before each file, after the walk: the first call comes before any read.
    const result = await scanAll(root, {
      isCancelled: () => {
        if (!removed) {
          removed = true;
          execFileSync('rm', [doomed]);
        }
        return false;
      },
    });
    assert.deepStrictEqual(skippedOf(result), ['a-doomed.ts unreadable ENOENT']);
    assert.deepStrictEqual(result.findings.map((f) => f.file), ['b-kept.ts']);
  });

  it('scans a file changed during the scan as it was read: findings match the text read, nothing is mixed', async () => {
    const changing = await writeAt(root, 'changing.ts', `${LOGGED_EMAIL}\n`);
    let changed = false;
    const result = await scanAll(root, {
      isCancelled: () => {
        if (!changed) {
          changed = true;
          execFileSync('sh', ['-c', `printf '\\n\\n\\n%s\\n' '${LOGGED_EMAIL}' > '${changing}'`]);
        }
        return false;
      },
    });
    assert.deepStrictEqual(result.findings.map((f) => `${f.file}:${f.range.start.line}`), ['changing.ts:3']);
    assert.deepStrictEqual(skippedOf(result), []);
  });

  it('does not follow a link from a folder to its parent, so a loop ends the walk', async () => {
    await writeAt(root, 'src/a.ts', `${LOGGED_EMAIL}\n`);
    await fs.symlink('..', path.join(root, 'src', 'loop'));
    await fs.symlink('.', path.join(root, 'self'));
    const files = await collectSourceFiles(root, [root], DEFAULT_CONFIG);
    assert.deepStrictEqual(files.map((f) => f.relativePath), ['src/a.ts']);
    assert.deepStrictEqual((await scanAll(root)).findings.map((f) => f.file), ['src/a.ts']);
  });

  it('scans a link named explicitly as a target under the name given, and lists a dangling one as unreadable', async () => {
    const real = await writeAt(root, 'real/user.ts', `${LOGGED_EMAIL}\n`);
    await fs.symlink(real, path.join(root, 'linked.ts'));
    await fs.symlink(path.join(root, 'nowhere.ts'), path.join(root, 'dangling.ts'));
    const result = await scanWorkspace(root, [path.join(root, 'linked.ts'), path.join(root, 'dangling.ts')], { scanner });
    assert.deepStrictEqual(result.findings.map((f) => f.file), ['linked.ts']);
    assert.deepStrictEqual(skippedOf(result), ['dangling.ts unreadable ENOENT']);
  });

  it('lists a folder that cannot be listed (EACCES) and walks the others', async () => {
    await writeAt(root, 'ok/a.ts', `${LOGGED_EMAIL}\n`);
    await writeAt(root, 'locked/b.ts', `${LOGGED_EMAIL}\n`);
    // Permissions do not stop root, who runs CI here: the refusal is the file system's answer, stood in for.
    const locked = path.join(root, 'locked');
    const readdir = fs.readdir;
    const refusing = (async (directory: string, options: unknown) => {
      if (directory === locked) {
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${directory}'`), { code: 'EACCES' });
      }
      return readdir(directory, options as { withFileTypes: true });
    }) as typeof fs.readdir;
    fs.readdir = refusing;
    try {
      const skipped: Parameters<typeof collectSourceFiles>[3] = [];
      const files = await collectSourceFiles(root, [root], DEFAULT_CONFIG, skipped);
      assert.deepStrictEqual(files.map((f) => f.relativePath), ['ok/a.ts']);
      assert.deepStrictEqual(skipped, [{ file: 'locked/', reason: 'unreadable', detail: 'EACCES' }]);
      // The workspace scan lists it among the skipped, as the summary, reports and JSON show them.
      const result = await scanAll(root);
      assert.deepStrictEqual(skippedOf(result), ['locked/ unreadable EACCES']);
      assert.strictEqual(result.filesScanned, 1);
    } finally {
      fs.readdir = readdir;
    }
  });

  it('scans in the editor a text that the disk would refuse (NUL bytes) without throwing', async () => {
    const result = await scanEditorText(`${LOGGED_EMAIL}\n\u0000\u0001 garbage\n`, 'typescript');
    assert.deepStrictEqual(result.findings.map((f) => `${f.ruleId} ${f.range.start.line}`), ['personal-data-in-log 0']);
  });
});
