import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validateConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import { scanWorkspace } from '../../src/core/scan/workspaceScan';
import { scanner } from './helpers';

describe('per-file budgets from the configuration, in a workspace scan', function () {
  this.timeout(120_000);
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-budgets-'));
    fs.writeFileSync(path.join(root, 'patient.py'), 'class Patient:\n    email = ""\n');
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  function configOf(raw: Record<string, unknown>) {
    const { config, problems } = validateConfig(raw, RULES.map((r) => r.id));
    assert.deepStrictEqual(problems, []);
    return config;
  }

  it('skips a file over maxFileSizeKB with the reason size, and scans the rest', async () => {
    fs.writeFileSync(path.join(root, 'large.py'), `# ${'x'.repeat(3 * 1024)}\nemail = ""\n`);
    const result = await scanWorkspace(root, [root], { scanner, config: configOf({ maxFileSizeKB: 2 }) });
    assert.deepStrictEqual(result.skipped.map((s) => [s.file, s.reason]), [['large.py', 'size']]);
    assert.match(result.skipped[0]!.detail, /over the 2048-byte limit/);
    assert.ok(result.findings.some((f) => f.file === 'patient.py'));
  });

  it('skips a file whose parse runs past fileTimeBudgetMs with the reason time-budget, and scans the rest', async () => {
    // About 9 MB of nested lists, one per line (a long single line would be skipped as minified):
    // far more than 100 ms of parsing on any machine.
    fs.writeFileSync(path.join(root, 'slow.py'), `x = [\n${'    [1, 2, 3],\n'.repeat(600_000)}]\n`);
    const result = await scanWorkspace(root, [root], { scanner, config: configOf({ maxFileSizeKB: 20_480, fileTimeBudgetMs: 100 }) });
    assert.deepStrictEqual(result.skipped.map((s) => [s.file, s.reason]), [['slow.py', 'time-budget']]);
    assert.ok(result.findings.some((f) => f.file === 'patient.py'));
  });
});
