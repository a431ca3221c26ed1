import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/core/report/jsonReport';
import { RULES } from '../../src/core/rules';
import { makeShardWorkspace, runIn, writeShards } from './mergeShardsWorkspace';

describe('privacy-lens merge', () => {
  let cwd: string;
  const full: Record<'json' | 'sarif', string> = { json: '', sarif: '' };

  before(async () => {
    cwd = await makeShardWorkspace();
    for (const format of ['json', 'sarif'] as const) {
      const run = await runIn(cwd, ['scan', 'ws', '--format', format, '--fail-on', 'none']);
      assert.strictEqual(run.code, 0, run.stderr);
      full[format] = run.stdout;
    }
  });

  after(async () => {
    await fs.rm(cwd, { recursive: true, force: true });
  });

  it('scans a workspace that exercises every part of the merge', () => {
    const report = JSON.parse(full.json) as JsonReport;
    const { findingsBySeverity, suppressed, filesSkipped } = report.summary;
    assert.ok(Object.values(findingsBySeverity).every((count) => count > 0), `findings at every severity: ${JSON.stringify(findingsBySeverity)}`);
    assert.ok(suppressed > 0, 'a suppressed finding');
    assert.deepStrictEqual(filesSkipped.map((f) => [f.file, f.reason]), [['fixture/src/blob.ts', 'binary']]);
    const files = report.findings.map((f) => f.file);
    assert.ok(files.includes('fixture/src/Ärzte patient.ts') && files.includes('fixture/src/z patient.ts'), 'the files whose URIs sort differently');
  });

  for (const format of ['json', 'sarif'] as const) {
    for (const count of [1, 2, 3]) {
      it(`merges ${count} ${format.toUpperCase()} shard(s) into the full scan's report, byte for byte`, async () => {
        const shards = await writeShards(cwd, count, format);
        const merged = await runIn(cwd, ['merge', ...shards.reverse(), '--fail-on', 'none']);
        assert.strictEqual(merged.code, 0, merged.stderr);
        assert.strictEqual(merged.stdout, full[format]);
      });
    }
  }

  it('gives each shard only part of the files when there are several', async () => {
    const shards = await writeShards(cwd, 3, 'json');
    const reports = await Promise.all(shards.map(async (name) => JSON.parse(await fs.readFile(path.join(cwd, name), 'utf8')) as JsonReport));
    const scanned = reports.map((r) => r.summary.filesScanned);
    assert.ok(scanned.every((n) => n > 0) && scanned.reduce((a, b) => a + b) === (JSON.parse(full.json) as JsonReport).summary.filesScanned, `files per shard: ${scanned.join(', ')}`);
  });

  it('writes the merged report with --output, and --format must name the shards\' format', async () => {
    const shards = await writeShards(cwd, 2, 'sarif');
    const written = await runIn(cwd, ['merge', ...shards, '--format', 'sarif', '--output', 'merged.sarif', '--fail-on', 'none']);
    assert.strictEqual(written.code, 0, written.stderr);
    assert.strictEqual(await fs.readFile(path.join(cwd, 'merged.sarif'), 'utf8'), full.sarif);
    const wrongFormat = await runIn(cwd, ['merge', ...shards, '--format', 'json']);
    assert.deepStrictEqual([wrongFormat.code, wrongFormat.stderr], [2, `privacy-lens: --format json does not match the shards, which are SARIF (${shards[0]})\n`]);
  });

  for (const format of ['json', 'sarif'] as const) {
    it(`exits as the full scan does at every --fail-on level (${format.toUpperCase()})`, async () => {
      const shards = await writeShards(cwd, 2, format);
      for (const level of ['error', 'warning', 'information', 'hint', 'none']) {
        const scan = await runIn(cwd, ['scan', 'ws', '--format', format, '--fail-on', level]);
        const merge = await runIn(cwd, ['merge', ...shards, '--fail-on', level]);
        assert.strictEqual(merge.code, scan.code, `--fail-on ${level}`);
      }
    });
  }

  it('tells hints from information though SARIF gives both the level note', async () => {
    const onlyHints = Object.fromEntries(RULES.map((rule) => [rule.id, rule.id === 'insecure-cookie' ? 'hint' : 'off']));
    await fs.writeFile(path.join(cwd, 'hints.json'), JSON.stringify({ severity: onlyHints }));
    const shards = await writeShards(cwd, 2, 'sarif', ['ws', '--config', 'hints.json']);
    const codes = [];
    for (const level of ['information', 'hint']) {
      codes.push((await runIn(cwd, ['merge', ...shards, '--fail-on', level])).code);
    }
    assert.deepStrictEqual(codes, [0, 1]);
  });
});
