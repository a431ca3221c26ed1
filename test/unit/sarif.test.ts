import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FINGERPRINT_KEY } from '../../src/core/report/sarifReport';
import { RULES } from '../../src/core/rules';
import { cli } from './cli.test';

const MULTITOOL = path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri: string; help: { markdown: string } }[] } };
    results: { ruleId: string; level: string; partialFingerprints: Record<string, string>; suppressions?: { justification: string }[]; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

/**
 * Runs Microsoft's validator with GitHub's ingestion rules ("Sarif;Gh") and returns its results by
 * level. The validator exits 0 even when it finds errors, so its own SARIF output is read instead.
 */
async function validationResults(file: string, outputDir: string): Promise<Record<string, string[]>> {
  const output = path.join(outputDir, `${path.basename(file)}.validation.sarif`);
  const args = ['validate', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--log', 'ForceOverwrite', '-o', output, file];
  const run = spawnSync(MULTITOOL, args, { encoding: 'utf8' });
  assert.strictEqual(run.status, 0, `${run.stdout}\n${run.stderr}`);
  const log = JSON.parse(await fs.readFile(output, 'utf8')) as {
    runs: { results?: { level?: string; ruleId: string; message: { text?: string } }[] }[];
  };
  const byLevel: Record<string, string[]> = {};
  for (const result of log.runs[0]?.results ?? []) {
    const level = result.level ?? 'warning';
    (byLevel[level] ??= []).push(`${result.ruleId}: ${result.message.text ?? ''}`);
  }
  return byLevel;
}

describe('SARIF output', () => {
  let dir: string;
  let sarifFile: string;
  let log: SarifLog;

  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-sarif-'));
    sarifFile = path.join(dir, 'examples.sarif');
    const { code, stderr } = await cli(['scan', 'examples', '--format', 'sarif', '--output', sarifFile]);
    assert.strictEqual(code, 0, stderr);
    log = JSON.parse(await fs.readFile(sarifFile, 'utf8')) as SarifLog;
  });

  it("passes Microsoft's SARIF validator with GitHub's ingestion rules, with no error or warning", async () => {
    const results = await validationResults(sarifFile, dir);
    assert.deepStrictEqual(results.error ?? [], []);
    assert.deepStrictEqual(results.warning ?? [], []);
  });

  it('is checked by a validator that does catch errors', async () => {
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: Record<string, unknown>[] }[] };
    delete broken.runs[0]!.results[0]!.message;
    const brokenFile = path.join(dir, 'broken.sarif');
    await fs.writeFile(brokenFile, JSON.stringify(broken));
    const results = await validationResults(brokenFile, dir);
    assert.ok((results.error ?? []).length > 0, 'a result without a message must be reported');
  });

  it('describes each rule with a help URI and the checklist help', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    assert.deepStrictEqual(rules.map((r) => r.id), RULES.map((r) => r.id));
    for (const rule of rules) {
      assert.match(rule.helpUri, /^https:\/\/.*#/);
      assert.match(rule.help.markdown, /Have we/);
    }
  });

  it('gives results relative locations and partial fingerprints, and keeps suppressions with their reason', () => {
    const results = log.runs[0]!.results;
    for (const result of results) {
      assert.match(result.partialFingerprints[FINGERPRINT_KEY] ?? '', /^[0-9a-f]{32}$/);
      assert.match(result.locations[0]!.physicalLocation.artifactLocation.uri, /^clinic-booking\//);
    }
    const suppressed = results.filter((r) => r.suppressions);
    assert.strictEqual(suppressed.length, 1);
    assert.match(suppressed[0]!.suppressions![0]!.justification, /cancellations by staff are audited by name/);
  });
});
