import * as assert from 'assert';
import * as path from 'path';
import { parseCommandLine } from '../../src/cli/args';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { JsonReport } from '../../src/core/report/jsonReport';
import { collectSourceFiles } from '../../src/core/scan/fileWalker';
import { filesInShard, shardOfPath } from '../../src/core/scan/shard';
import { runIn } from './mergeShardsWorkspace';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const WORKSPACE = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');

describe('scan --shard K/N', () => {
  it('puts every file the walk finds in exactly one shard, for any count', async () => {
    const files = await collectSourceFiles(REPO_ROOT, [WORKSPACE, path.join(REPO_ROOT, 'examples')], DEFAULT_CONFIG);
    assert.ok(files.length > 20);
    for (const count of [1, 2, 3, 4, 7]) {
      const shards = Array.from({ length: count }, (_, i) => filesInShard(files, { index: i + 1, count }).map((f) => f.relativePath));
      assert.deepStrictEqual(shards.flat().sort(), files.map((f) => f.relativePath).sort(), `${count} shards`);
      assert.strictEqual(new Set(shards.flat()).size, files.length, `no file in two of ${count} shards`);
      if (count <= 3) {
        assert.ok(shards.every((shard) => shard.length > 0), `every one of ${count} shards gets files: ${shards.map((s) => s.length).join(', ')}`);
      }
    }
  });

  it('decides by the relative path alone, so every machine agrees', () => {
    // Fixed vectors: the first four bytes of SHA-256 of the UTF-8 path, modulo N. They must never
    // change, or shards scanned by runners on different versions would overlap or leave gaps.
    assert.deepStrictEqual([2, 3, 4].map((n) => shardOfPath('src/patient.ts', n)), [1, 2, 1]);
    assert.deepStrictEqual([2, 3, 4].map((n) => shardOfPath('worker/intake.py', n)), [1, 1, 3]);
    assert.deepStrictEqual([2, 3, 4].map((n) => shardOfPath('Ärzte/patient.ts', n)), [2, 2, 2]);
    assert.strictEqual(shardOfPath('anything/at/all.go', 1), 1);
  });

  it('keeps the walk order within a shard', () => {
    const files = ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts', 'f.ts'].map((relativePath) => ({ relativePath }));
    for (const index of [1, 2]) {
      const shard = filesInShard(files, { index, count: 2 }).map((f) => f.relativePath);
      assert.deepStrictEqual(shard, [...shard].sort());
    }
  });

  it('records the shard in JSON and SARIF, and scans in text too', async () => {
    const json = await runIn(REPO_ROOT, ['scan', WORKSPACE, '--shard', '2/3', '--format', 'json', '--fail-on', 'none']);
    assert.strictEqual(json.code, 0, json.stderr);
    const report = JSON.parse(json.stdout) as JsonReport & { summary: { shard: unknown } };
    assert.deepStrictEqual(report.summary.shard, { index: 2, count: 3 });
    assert.ok(report.findings.every((f) => shardOfPath(f.file, 3) === 2) && report.findings.length > 0);

    const sarif = await runIn(REPO_ROOT, ['scan', WORKSPACE, '--shard', '2/3', '--format', 'sarif', '--fail-on', 'none']);
    const log = JSON.parse(sarif.stdout) as { runs: { properties: { shard: { index: number; count: number; findingsBySeverity: Record<string, number> } } }[] };
    const mark = log.runs[0]?.properties.shard;
    assert.deepStrictEqual([mark?.index, mark?.count], [2, 3]);
    assert.deepStrictEqual(mark?.findingsBySeverity, report.summary.findingsBySeverity);

    const text = await runIn(REPO_ROOT, ['scan', WORKSPACE, '--shard', '2/3', '--fail-on', 'none']);
    assert.strictEqual(text.code, 0, text.stderr);
    assert.ok(report.findings.every((f) => text.stdout.includes(f.file)), 'the text lists the shard\'s files');
  });

  it('refuses a bad --shard in one line, exit 2', async () => {
    for (const value of ['0/3', '4/3', '3', 'a/b', '1/0', '-1/2', '1.5/2', '', '1/2/3']) {
      const run = await runIn(REPO_ROOT, ['scan', WORKSPACE, `--shard=${value}`]);
      assert.deepStrictEqual([run.code, run.stdout, run.stderr], [2, '', `privacy-lens: --shard must be K/N with 1 <= K <= N, got "${value}"\n`]);
    }
  });

  it('parses --shard for scan only, and merge with its files', () => {
    assert.deepStrictEqual((parseCommandLine(['scan', '--shard', '3/4']) as { shard: unknown }).shard, { index: 3, count: 4 });
    assert.throws(() => parseCommandLine(['report', '--shard', '1/2']), /--shard does not apply to report/);
    assert.throws(() => parseCommandLine(['checklist', '--shard', '1/2']), /--shard does not apply to checklist/);
    assert.deepStrictEqual(parseCommandLine(['merge', 'a.sarif', 'b.sarif', '--output', 'all.sarif', '--fail-on', 'warning']), {
      command: 'merge',
      files: ['a.sarif', 'b.sarif'],
      failOn: 'warning',
      debug: false,
      output: 'all.sarif',
    });
    assert.throws(() => parseCommandLine(['merge']), /merge needs the shards' report files/);
    assert.throws(() => parseCommandLine(['merge', 'a.json', '--format', 'text']), /--format must be one of json, sarif, got "text"/);
    assert.throws(() => parseCommandLine(['merge', 'a.json', '--shard', '1/2']), /--shard does not apply to merge/);
  });
});
