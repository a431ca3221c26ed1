import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { loadRendererAssets, mediaFolders } from '../../src/cli/rendererAssets';
import { reportTime } from '../../src/cli/reportCommand';
import { CHECKLIST } from '../../src/core/checklist/items';
import { REPORT_DATA_ID } from '../../src/core/report/htmlReport';
import type { JsonReport } from '../../src/core/report/jsonReport';
import type { PrivacyReport } from '../../src/core/report/reportModel';
import { makeWorkspace, run } from './cliWorkspace';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The PrivacyReport an HTML export carries in its data block. */
function embeddedReport(html: string): PrivacyReport {
  const block = new RegExp(`<script type="application/json" id="${REPORT_DATA_ID}">(.*?)</script>`, 's').exec(html);
  assert.ok(block?.[1], 'no report data block');
  return JSON.parse(block[1]) as PrivacyReport;
}

async function fingerprintOf(dir: string, ruleId: string): Promise<string> {
  const scan = JSON.parse((await run(['scan', '.', '--format', 'json'], dir)).stdout) as JsonReport;
  const found = scan.findings.find((f) => f.ruleId === ruleId);
  assert.ok(found, `no ${ruleId} finding`);
  return found.fingerprint;
}

describe('privacy-lens report', () => {
  let dir: string;
  let logFingerprint: string;

  before(async () => {
    dir = await makeWorkspace({ '.privacy-lens.json': JSON.stringify({ regulations: ['GDPR', 'HIPAA'] }) });
    logFingerprint = await fingerprintOf(dir, 'personal-data-in-log');
    const review = {
      version: 1,
      checklist: { 'logging-minimisation': { status: 'to-correct', reviewer: 'Dana DPO', date: '2026-11-28', note: 'Mask the email' } },
      findings: { [logFingerprint]: { ruleId: 'personal-data-in-log', file: 'src/patient.ts', status: 'to-correct', reviewer: 'Dana DPO' } },
    };
    await fs.mkdir(path.join(dir, '.privacy-lens'));
    await fs.writeFile(path.join(dir, '.privacy-lens', 'review.json'), JSON.stringify(review, null, 2));
  });

  it('prints Markdown by default: findings with their review, the checklist, the inventory, for the laws in scope', async () => {
    const { code, stdout, stderr } = await run(['report'], dir);
    assert.strictEqual(code, 0, stderr);
    assert.strictEqual(stderr, '');
    const lines = stdout.split('\n');
    assert.strictEqual(lines[0], `# Privacy report: ${path.basename(dir)}`);
    assert.match(stdout, /^Generated 2026-12-01T09:30:00\.000Z by privacy-lens \S+\. Laws in scope: GDPR, HIPAA\.$/m);
    assert.ok(lines.some((l) => l.startsWith('- [src/patient.ts:8](src/patient.ts#L8) **warning** `personal-data-in-log`: ') && l.endsWith('<br>Review: To correct (Dana DPO)')), stdout);
    assert.ok(lines.includes('| Logging minimisation (`logging-minimisation`) | 1 | To correct | Dana DPO | 2026-11-28 |'), 'a finding to correct is still open');
    assert.ok(!stdout.includes('Singapore PDPA') && !stdout.includes('CCPA/CPRA'), 'only the laws in scope are cited');
    assert.ok(lines.some((l) => l.startsWith('| ') && l.includes('(`user.health_and_medical') && l.endsWith('| unknown | unknown | unknown |')), 'the diagnosis has no recorded purpose');
  });

  it('gives the same bytes twice with PRIVACY_LENS_NOW set', async () => {
    const first = await run(['report', '--format', 'json'], dir);
    const second = await run(['report', '--format', 'json'], dir);
    assert.strictEqual(first.stdout, second.stdout);
  });

  it('writes the full report as JSON, 1-based, with the review and every checklist item', async () => {
    const { code, stdout } = await run(['report', '--format', 'json'], dir);
    assert.strictEqual(code, 0);
    const report = JSON.parse(stdout) as {
      generatedAt: string;
      regulations: string[];
      findings: { ruleId: string; range: { start: { line: number } }; review?: { status: string } }[];
      checklist: { item: { id: string; citations: { regulation: string }[] } }[];
    };
    assert.strictEqual(report.generatedAt, '2026-12-01T09:30:00.000Z');
    assert.deepStrictEqual(report.regulations, ['GDPR', 'HIPAA']);
    const log = report.findings.find((f) => f.ruleId === 'personal-data-in-log');
    assert.strictEqual(log?.range.start.line, 8);
    assert.strictEqual(log?.review?.status, 'to-correct');
    assert.deepStrictEqual(report.checklist.map((s) => s.item.id), CHECKLIST.map((i) => i.id));
    assert.ok(report.checklist.every((s) => s.item.citations.every((c) => c.regulation === 'GDPR' || c.regulation === 'HIPAA')));
  });

  it('writes SARIF identical to scan --format sarif', async () => {
    const report = await run(['report', '--format', 'sarif'], dir);
    const scan = await run(['scan', '.', '--format', 'sarif'], dir);
    assert.strictEqual(report.code, 0);
    assert.strictEqual(report.stdout, scan.stdout);
    assert.strictEqual((JSON.parse(report.stdout) as { version: string }).version, '2.1.0');
  });

  it('writes one self-contained HTML page: the renderer inlined and the report as its data', async () => {
    const { code, stdout, stderr } = await run(['report', '--format', 'html'], dir);
    assert.strictEqual(code, 0, stderr);
    assert.match(stdout, /^<!DOCTYPE html>\n/);
    assert.ok(stdout.includes(await fs.readFile(path.join(REPO_ROOT, 'media', 'report.js'), 'utf8')), 'the built renderer is inlined');
    const report = embeddedReport(stdout);
    assert.strictEqual(report.generatedAt, '2026-12-01T09:30:00.000Z');
    assert.deepStrictEqual(report.regulations, ['GDPR', 'HIPAA']);
    assert.strictEqual(report.findings.find((f) => f.fingerprint === logFingerprint)?.review?.reviewer, 'Dana DPO');
    assert.strictEqual(report.checklist.find((s) => s.item.id === 'logging-minimisation')?.review?.status, 'to-correct');
  });

  it('writes --output atomically and says where', async () => {
    const output = path.join(dir, 'out', 'privacy.md');
    const { code, stdout } = await run(['report', '--output', output], dir);
    assert.strictEqual(code, 0);
    assert.strictEqual(stdout, `Report written to ${output}\n`);
    assert.match(await fs.readFile(output, 'utf8'), /^# Privacy report: /);
    assert.deepStrictEqual(await fs.readdir(path.dirname(output)), ['privacy.md']);
  });

  it('honours --config over the root\'s settings', async () => {
    const config = path.join(dir, 'pdpa-only.json');
    await fs.writeFile(config, JSON.stringify({ regulations: ['PDPA'] }));
    const { stdout } = await run(['report', '--config', config], dir);
    assert.match(stdout, /Laws in scope: Singapore PDPA\./);
  });

  it('names an unreadable review file on stderr and reports without decisions', async () => {
    const broken = await makeWorkspace({ '.privacy-lens/review.json': '{ "version": 1, "checklist": ' });
    const { code, stdout, stderr } = await run(['report'], broken);
    assert.strictEqual(code, 0);
    assert.match(stderr, /^privacy-lens: .*review\.json.*not valid JSON/);
    assert.match(stdout, /^> \*\*Review file problem:\*\* .*review\.json/m);
    assert.ok(!stdout.includes('<br>Review:'));
    assert.strictEqual(await fs.readFile(path.join(broken, '.privacy-lens', 'review.json'), 'utf8'), '{ "version": 1, "checklist": ', 'left as it was');
  });

  it('exits 2 with one line for a bad PRIVACY_LENS_NOW, a bad format or a missing path', async () => {
    for (const [args, env] of [
      [['report'], { PRIVACY_LENS_NOW: 'yesterday' }],
      [['report', '--format', 'pdf'], {}],
      [['report', 'no/such/dir'], {}],
    ] as const) {
      const { code, stdout, stderr } = await run([...args], dir, env);
      assert.strictEqual(code, 2, args.join(' '));
      assert.strictEqual(stdout, '');
      assert.strictEqual(stderr.trim().split('\n').length, 1, stderr);
    }
  });
});

describe('report time and renderer assets', () => {
  it('is now unless PRIVACY_LENS_NOW pins it', () => {
    const now = () => new Date('2026-05-04T03:02:01Z');
    assert.strictEqual(reportTime({}, now), '2026-05-04T03:02:01.000Z');
    assert.strictEqual(reportTime({ PRIVACY_LENS_NOW: '2026-01-31' }, now), '2026-01-31T00:00:00.000Z');
    assert.throws(() => reportTime({ PRIVACY_LENS_NOW: '31/01/2026' }, now), /PRIVACY_LENS_NOW must be an ISO 8601 date/);
  });

  it('looks for the renderer beside the bundle and beside the compiled tests', () => {
    assert.deepStrictEqual(mediaFolders('/pkg/dist'), ['/pkg/media', '/media']);
    assert.deepStrictEqual(mediaFolders('/repo/out-x/src/cli'), ['/repo/out-x/src/media', '/repo/media']);
  });

  it('takes the first folder holding both files, and names every missing file otherwise', async () => {
    const base = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-media-'));
    const half = path.join(base, 'half');
    const full = path.join(base, 'full');
    await fs.mkdir(half);
    await fs.mkdir(full);
    await fs.writeFile(path.join(half, 'report.js'), 'half');
    await fs.writeFile(path.join(full, 'report.js'), 'script');
    await fs.writeFile(path.join(full, 'report.css'), 'style');
    assert.deepStrictEqual(await loadRendererAssets([half, full]), { script: 'script', style: 'style' });
    await assert.rejects(loadRendererAssets([half, path.join(base, 'none')]), (error: Error) => {
      assert.match(error.message, /needs the report renderer \(media\/report\.js and media\/report\.css\), built by "npm run build"/);
      for (const missing of [path.join(half, 'report.css'), path.join(base, 'none', 'report.js'), path.join(base, 'none', 'report.css')]) {
        assert.ok(error.message.includes(missing), missing);
      }
      assert.ok(!error.message.includes(path.join(half, 'report.js')));
      return true;
    });
  });
});

describe('the built executable\'s report', () => {
  it('finds the renderer beside dist/ and writes the HTML page', async () => {
    const dir = await makeWorkspace();
    const output = path.join(dir, 'privacy.html');
    const bin = path.join(REPO_ROOT, 'dist', 'cli.js');
    const run = spawnSync(process.execPath, [bin, 'report', '--format', 'html', '--output', output], { cwd: dir, encoding: 'utf8', env: { ...process.env, PRIVACY_LENS_NOW: '2026-12-01' } });
    assert.strictEqual(run.status, 0, run.stderr);
    const report = embeddedReport(await fs.readFile(output, 'utf8'));
    assert.strictEqual(report.generatedAt, '2026-12-01T00:00:00.000Z');
    assert.ok(report.findings.some((f) => f.ruleId === 'personal-data-in-log'));
  });

  it('prints the checklist', () => {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'checklist', '--format', 'json'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.deepStrictEqual((JSON.parse(run.stdout) as { items: { id: string }[] }).items.map((i) => i.id), CHECKLIST.map((i) => i.id));
  });
});
