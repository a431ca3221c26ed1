import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import type { JsonReport } from '../../src/core/report/jsonReport';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export async function cli(args: string[], cwd = REPO_ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

describe('privacy-lens scan', () => {
  let report: JsonReport;

  before(async () => {
    const { code, stdout, stderr } = await cli(['scan', 'examples', '--format', 'json']);
    assert.strictEqual(code, 0, stderr);
    report = JSON.parse(stdout) as JsonReport;
  });

  it('finds all three rules in the example app', () => {
    const rules = new Set(report.findings.map((f) => f.ruleId));
    assert.deepStrictEqual([...rules].sort(), ['personal-data-field', 'personal-data-in-log', 'sensitive-personal-data-field']);
  });

  it('gives every finding every field of the stable JSON format', () => {
    assert.strictEqual(report.tool.name, 'privacy-lens');
    assert.match(report.tool.version, /^\d+\.\d+\.\d+/);
    for (const finding of report.findings) {
      assert.deepStrictEqual(Object.keys(finding).sort(), ['checklist', 'dataCategories', 'file', 'fingerprint', 'message', 'range', 'ruleId', 'severity']);
      assert.match(finding.file, /^clinic-booking\/[^\\]+$/, 'relative to the scanned root, with / separators');
      assert.ok(finding.range.start.line >= 1 && finding.range.start.column >= 1, '1-based');
      assert.ok(finding.dataCategories.length > 0 && finding.checklist.length > 0);
      assert.match(finding.fingerprint, /^[0-9a-f]{32}$/);
    }
  });

  it('points at the right place, 1-based', () => {
    const email = report.findings.find((f) => f.file.endsWith('patient.ts') && f.message.startsWith('Patient.email'));
    assert.deepStrictEqual(email?.range, { start: { line: 7, column: 3 }, end: { line: 7, column: 8 } });
  });

  it('does not flag business contact details of the clinic, nor template ids', () => {
    assert.ok(!report.findings.some((f) => f.file.endsWith('clinic.ts')));
    assert.ok(!report.findings.some((f) => f.message.includes('emailTemplateId') || f.message.includes('sms_template')));
  });

  it('summarises counts by rule and severity, suppressions and skipped files', () => {
    const { summary } = report;
    assert.strictEqual(summary.filesScanned, 7);
    const total = Object.values(summary.findingsByRule).reduce((a, b) => a + b, 0);
    assert.strictEqual(total, report.findings.length);
    assert.strictEqual(Object.values(summary.findingsBySeverity).reduce((a, b) => a + b, 0), total);
    assert.strictEqual(summary.suppressed, 1);
    assert.deepStrictEqual(summary.filesSkipped, []);
  });

  it('exits 1 when a finding is at or above --fail-on, 0 with none', async () => {
    assert.strictEqual((await cli(['scan', 'examples', '--fail-on', 'warning'])).code, 1);
    assert.strictEqual((await cli(['scan', 'examples', '--fail-on', 'none'])).code, 0);
    assert.strictEqual((await cli(['scan', 'examples', '--fail-on', 'error'])).code, 0);
  });

  it('exits 2 with one line on stderr for bad arguments and missing paths', async () => {
    for (const args of [['scan', '--format', 'xml'], ['scan', '--bogus'], ['frobnicate'], ['scan', 'no/such/dir']]) {
      const { code, stderr, stdout } = await cli(args);
      assert.strictEqual(code, 2, args.join(' '));
      assert.strictEqual(stdout, '');
      assert.strictEqual(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, /^privacy-lens: /);
    }
  });

  it('writes --output atomically and prints the findings as text', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-cli-'));
    const output = path.join(dir, 'nested', 'report.json');
    const { code, stdout } = await cli(['scan', 'examples', '--format', 'json', '--output', output]);
    assert.strictEqual(code, 0);
    assert.match(stdout, /Report written to/);
    assert.match(stdout, /personal-data-in-log/);
    const written = JSON.parse(await fs.readFile(output, 'utf8')) as JsonReport;
    assert.strictEqual(written.findings.length, report.findings.length);
    assert.deepStrictEqual(await fs.readdir(path.dirname(output)), ['report.json'], 'no temporary file left behind');
  });
});

describe('privacy-lens scan over a project tree', () => {
  let dir: string;

  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-tree-'));
    const files: Record<string, string> = {
      '.gitignore': 'generated/\n',
      'src/user.ts': 'class User { email: string }\n',
      'generated/user.ts': 'class User { email: string }\n',
      'node_modules/lib/user.js': 'class User { email }\n',
      'src/binary.ts': 'class User {\u0000}',
      'src/latin1.py': '',
    };
    for (const [name, content] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await fs.writeFile(path.join(dir, name), content);
    }
    await fs.writeFile(path.join(dir, 'src/latin1.py'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x20, 0x3d, 0x20, 0xe9, 0x0a]));
  });

  it('honours .gitignore and default excludes, and lists skipped files with the reason', async () => {
    const { code, stdout } = await cli(['scan', dir, '--format', 'json']);
    assert.strictEqual(code, 0);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepStrictEqual([...new Set(report.findings.map((f) => f.file))], ['src/user.ts']);
    assert.deepStrictEqual(
      report.summary.filesSkipped.map((s) => `${s.file}:${s.reason}`),
      ['src/binary.ts:binary', 'src/latin1.py:encoding'],
    );
  });

  it('reads .privacy-lens.json, and names a bad key without stopping', async () => {
    await fs.writeFile(path.join(dir, '.privacy-lens.json'), JSON.stringify({ severity: { 'personal-data-field': 'error', 'no-such-rule': 'off' } }));
    const { code, stderr } = await cli(['scan', dir, '--format', 'json']);
    assert.strictEqual(code, 1, 'personal-data-field is now an error');
    assert.match(stderr, /\.privacy-lens\.json: "severity\.no-such-rule": unknown rule id/);
    await fs.writeFile(path.join(dir, '.privacy-lens.json'), '{ not json');
    const broken = await cli(['scan', dir]);
    assert.strictEqual(broken.code, 2);
    assert.match(broken.stderr, /\.privacy-lens\.json is not valid JSON/);
    await fs.rm(path.join(dir, '.privacy-lens.json'));
  });
});

describe('the built privacy-lens executable', () => {
  const bin = path.join(REPO_ROOT, 'dist', 'cli.js');

  it('runs from dist/ with its bundled grammars', () => {
    const run = spawnSync(process.execPath, [bin, 'scan', 'examples', '--format', 'json'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.ok((JSON.parse(run.stdout) as JsonReport).findings.length > 0);
  });

  it('exits 2 without a stack trace on bad arguments', () => {
    const run = spawnSync(process.execPath, [bin, 'scan', '--fail-on', 'sometimes'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stderr.trim().split('\n').length, 1);
    assert.ok(!run.stderr.includes('    at '));
  });
});
