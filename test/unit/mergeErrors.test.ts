import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { makeShardWorkspace, runIn, writeShards } from './mergeShardsWorkspace';

describe('privacy-lens merge refuses', () => {
  let cwd: string;
  let json: string[];
  let sarif: string[];

  before(async () => {
    cwd = await makeShardWorkspace();
    json = await writeShards(cwd, 3, 'json');
    sarif = await writeShards(cwd, 3, 'sarif');
    await fs.writeFile(path.join(cwd, 'other-count.json'), (await runIn(cwd, ['scan', 'ws', '--shard', '1/2', '--format', 'json', '--fail-on', 'none'])).stdout);
    await fs.writeFile(path.join(cwd, 'full.sarif'), (await runIn(cwd, ['scan', 'ws', '--format', 'sarif', '--fail-on', 'none'])).stdout);
  });

  after(async () => {
    await fs.rm(cwd, { recursive: true, force: true });
  });

  async function refusal(args: readonly string[]): Promise<string> {
    const run = await runIn(cwd, ['merge', ...args]);
    assert.deepStrictEqual([run.code, run.stdout], [2, ''], run.stderr);
    assert.strictEqual(run.stderr.split('\n').length, 2, `one line: ${run.stderr}`);
    return run.stderr.trim();
  }

  it('mixed formats', async () => {
    assert.strictEqual(await refusal([json[0]!, sarif[1]!, json[2]!]), `privacy-lens: mixed formats: ${json[0]} is JSON, ${sarif[1]} is SARIF`);
  });

  it('shards of different counts', async () => {
    assert.strictEqual(await refusal([json[0]!, 'other-count.json']), `privacy-lens: shards from different counts: ${json[0]} is 1/3, other-count.json is 1/2`);
  });

  it('a missing shard, naming each one missing', async () => {
    assert.strictEqual(await refusal([json[1]!]), 'privacy-lens: missing shards 1/3, 3/3: merge needs every shard');
    assert.strictEqual(await refusal([sarif[0]!, sarif[2]!]), 'privacy-lens: missing shard 2/3: merge needs every shard');
  });

  it('a shard given twice', async () => {
    await fs.copyFile(path.join(cwd, sarif[1]!), path.join(cwd, 'copy.sarif'));
    assert.strictEqual(await refusal([...sarif, 'copy.sarif']), `privacy-lens: shard 2/3 given twice: ${sarif[1]} and copy.sarif`);
  });

  it('a report of a scan without --shard', async () => {
    assert.strictEqual(await refusal(['full.sarif']), 'privacy-lens: full.sarif: not a shard\'s report (no shard recorded; scan with --shard K/N)');
  });

  it('unreadable, invalid or foreign files, by name', async () => {
    await fs.writeFile(path.join(cwd, 'broken.json'), '{"findings": [');
    await fs.writeFile(path.join(cwd, 'other.json'), JSON.stringify({ hello: 'world' }));
    await fs.writeFile(path.join(cwd, 'bad-finding.json'), (await fs.readFile(path.join(cwd, json[0]!), 'utf8')).replace('"severity": "', '"severity": "fatal-'));
    const bogusShard = JSON.parse(await fs.readFile(path.join(cwd, json[0]!), 'utf8')) as { summary: { shard: unknown } };
    bogusShard.summary.shard = { index: 4, count: 3 };
    await fs.writeFile(path.join(cwd, 'bogus-shard.json'), JSON.stringify(bogusShard));
    assert.strictEqual(await refusal(['absent.json']), 'privacy-lens: cannot read the shard report absent.json: no such file or folder (ENOENT)');
    assert.match(await refusal([json[0]!, 'broken.json']), /^privacy-lens: broken\.json: not valid JSON \(.+\)$/);
    assert.strictEqual(await refusal(['other.json']), 'privacy-lens: other.json: neither a JSON report of privacy-lens scan --format json nor a SARIF log');
    assert.strictEqual(await refusal(['bad-finding.json']), 'privacy-lens: bad-finding.json: findings[0] is not a finding (it needs a file, a ruleId and a severity)');
    assert.strictEqual(await refusal(['bogus-shard.json']), 'privacy-lens: bogus-shard.json: the recorded shard is not K/N with 1 <= K <= N: {"index":4,"count":3}');
  });

  it('shards from different versions of the tool', async () => {
    const older = JSON.parse(await fs.readFile(path.join(cwd, json[0]!), 'utf8')) as { tool: { version: string } };
    older.tool.version = '0.0.1';
    await fs.writeFile(path.join(cwd, 'older.json'), JSON.stringify(older));
    assert.match(await refusal([json[1]!, 'older.json', json[2]!]), new RegExp(`^privacy-lens: shards from different versions: ${json[1]} is from \\S+, older\\.json from 0\\.0\\.1$`));
  });
});
