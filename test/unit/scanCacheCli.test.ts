import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseCommandLine } from '../../src/cli/args';
import { makeWorkspace, run } from './cliWorkspace';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

describe('--cache FILE', () => {
  it('is taken by scan and report, and refused by merge and checklist', () => {
    assert.deepStrictEqual(parseCommandLine(['scan', 'src', '--cache', 'c.jsonl']), { command: 'scan', paths: ['src'], format: 'text', failOn: 'error', debug: false, cache: 'c.jsonl' });
    assert.strictEqual((parseCommandLine(['report', '--cache', 'c.jsonl']) as { cache?: string }).cache, 'c.jsonl');
    assert.throws(() => parseCommandLine(['merge', 'a.json', '--cache', 'c.jsonl']), /^Error: --cache does not apply to merge/);
    assert.throws(() => parseCommandLine(['checklist', '--cache', 'c.jsonl']), /^Error: --cache does not apply to checklist/);
  });

  it('writes nothing without the flag, and the same output with it, cold and warm', async () => {
    const root = await makeWorkspace();
    const before = await filesUnder(root);
    const plain = await run(['scan', '.', '--format', 'json'], root);
    assert.deepStrictEqual(await filesUnder(root), before, 'no cache file appears unasked');
    for (const pass of ['cold', 'warm']) {
      assert.deepStrictEqual(await run(['scan', '.', '--format', 'json', '--cache', 'cache/scan.jsonl'], root), plain, pass);
    }
    const report = ['report', '--format', 'json'];
    assert.deepStrictEqual(await run([...report, '--cache', 'cache/scan.jsonl'], root), await run(report, root));
    assert.ok((await fs.stat(path.join(root, 'cache', 'scan.jsonl'))).size > 0);
  });

  it('warns when the cache cannot be written, and still reports and exits as without it', async () => {
    const root = await makeWorkspace({ 'blocker.txt': 'a file where the cache folder would be' });
    const plain = await run(['scan', '.'], root);
    const cached = await run(['scan', '.', '--cache', 'blocker.txt/scan.jsonl'], root);
    assert.strictEqual(cached.code, plain.code);
    assert.strictEqual(cached.stdout, plain.stdout);
    assert.match(cached.stderr, /^privacy-lens: could not write the cache blocker\.txt\/scan\.jsonl: E[A-Z]+; this scan's results are not affected\n$/);
  });
});
