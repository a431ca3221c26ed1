import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { CHECKLIST } from '../../src/core/checklist/items';
import { makeWorkspace, run } from './cliWorkspace';

const REVIEW = {
  version: 1,
  checklist: {
    'encryption-in-transit': { status: 'acceptable', reviewer: 'Dana DPO', date: '2026-11-27', note: 'TLS terminates at the load balancer' },
  },
  findings: {},
};

describe('privacy-lens checklist', () => {
  it('prints every item, not reviewed, when there is no review file', async () => {
    const dir = await makeWorkspace();
    const { code, stdout, stderr } = await run(['checklist', dir], process.cwd());
    assert.strictEqual(code, 0);
    assert.strictEqual(stderr, '');
    for (const item of CHECKLIST) {
      assert.ok(stdout.split('\n').includes(`${item.id}: Not reviewed`), item.id);
    }
  });

  it('shows the decisions recorded in .privacy-lens/review.json', async () => {
    const dir = await makeWorkspace({ '.privacy-lens/review.json': JSON.stringify(REVIEW) });
    const { code, stdout } = await run(['checklist'], dir);
    assert.strictEqual(code, 0);
    const lines = stdout.split('\n');
    const at = lines.indexOf('encryption-in-transit: Acceptable (Dana DPO, 2026-11-27)');
    assert.ok(at > 0, stdout);
    assert.strictEqual(lines[at + 3], '  Note: TLS terminates at the load balancer');
  });

  it('names an unreadable review file on stderr, leaves it alone and still prints the checklist', async () => {
    const invalid = '{"version": 1, "checklist": {"access-control": {"status": "done"}}}';
    const dir = await makeWorkspace({ '.privacy-lens/review.json': invalid });
    const { code, stdout, stderr } = await run(['checklist', '--format', 'markdown'], dir);
    assert.strictEqual(code, 0, 'an unreadable review file is not a usage error');
    assert.match(stderr, /^privacy-lens: .*review\.json/);
    assert.match(stdout, /^> \*\*Review file problem:\*\* /m);
    assert.ok(stdout.includes('| Encryption in transit (`encryption-in-transit`) | Not reviewed |  |  |'));
    assert.strictEqual(await fs.readFile(path.join(dir, '.privacy-lens', 'review.json'), 'utf8'), invalid);
  });

  it('exits 2 on a review file with merge-conflict markers, with one line naming the file, the line and how to resolve it', async () => {
    const conflicted = ['{', '  "version": 1,', '  "checklist": {', '<<<<<<< HEAD', '    "access-control": {"status": "acceptable"}', '=======', '    "access-control": {"status": "to-correct"}', '>>>>>>> main', '  }', '}', ''].join('\n');
    const dir = await makeWorkspace({ '.privacy-lens/review.json': conflicted });
    const { code, stdout, stderr } = await run(['checklist'], dir);
    assert.strictEqual(code, 2);
    assert.strictEqual(stdout, '', 'no checklist that would read as "not reviewed"');
    assert.match(stderr, /^privacy-lens: The review file .*review\.json has git merge-conflict markers starting at line 4\. .*delete the <<<<<<<, ======= and >>>>>>> lines.*\n$/);
    assert.strictEqual(stderr.split('\n').length, 2, 'one line');
    assert.strictEqual(await fs.readFile(path.join(dir, '.privacy-lens', 'review.json'), 'utf8'), conflicted);
  });

  it('exits 2 on a review file from a newer Privacy Lens, and leaves it alone', async () => {
    const dir = await makeWorkspace({ '.privacy-lens/review.json': '{"version": 2}' });
    const { code, stdout, stderr } = await run(['checklist', '--format', 'json'], dir);
    assert.strictEqual(code, 2);
    assert.strictEqual(stdout, '');
    assert.match(stderr, /^privacy-lens: The review file .*review\.json was written by a newer Privacy Lens \(schema version 2; this one reads up to 1\)/);
    assert.strictEqual(await fs.readFile(path.join(dir, '.privacy-lens', 'review.json'), 'utf8'), '{"version": 2}');
  });

  it('cites only the laws in the regulations setting, from .privacy-lens.json or --config', async () => {
    const dir = await makeWorkspace({ '.privacy-lens/review.json': JSON.stringify(REVIEW), '.privacy-lens.json': JSON.stringify({ regulations: ['PIPL'] }) });
    const fromRoot = JSON.parse((await run(['checklist', '--format', 'json'], dir)).stdout) as { regulations: string[]; items: { id: string; citations: { regulation: string }[]; review?: { status: string } }[] };
    assert.deepStrictEqual(fromRoot.regulations, ['PIPL']);
    assert.ok(fromRoot.items.every((item) => item.citations.length > 0 && item.citations.every((c) => c.regulation === 'PIPL')));
    assert.strictEqual(fromRoot.items.find((item) => item.id === 'encryption-in-transit')?.review?.status, 'acceptable');
    const config = path.join(dir, 'gdpr.json');
    await fs.writeFile(config, JSON.stringify({ regulations: ['GDPR'] }));
    const fromFlag = await run(['checklist', '--config', config], dir);
    assert.match(fromFlag.stdout, /laws in scope: GDPR\)/);
    assert.ok(!fromFlag.stdout.includes('China PIPL'));
  });

  it('exits 2 for a folder that is not there', async () => {
    const { code, stdout, stderr } = await run(['checklist', 'no/such/folder'], process.cwd());
    assert.strictEqual(code, 2);
    assert.strictEqual(stdout, '');
    assert.match(stderr, /^privacy-lens: checklist needs a workspace folder; not a folder: no\/such\/folder\n$/);
  });
});
