/**
 * One rule throwing never loses the other rules' findings for that file, and what the scan left
 * out (files skipped, rules that failed) reaches every output: the scan's result, the CLI's JSON
 * and text, and the report's summary (Markdown, the report's JSON, the HTML export's data).
 */
import * as assert from 'assert';
import { EMPTY_REVIEW } from '../../src/core/review/model';
import { buildPrivacyReport } from '../../src/core/report/buildReport';
import { renderHtmlReport } from '../../src/core/report/htmlReport';
import { buildJsonReport } from '../../src/core/report/jsonReport';
import { renderMarkdownReport } from '../../src/core/report/markdownReport';
import { privacyJsonReport } from '../../src/core/report/privacyJsonReport';
import { buildTextReport } from '../../src/core/report/textReport';
import { RULES, type Rule } from '../../src/core/rules';
import { Scanner } from '../../src/core/scan/scanner';
import type { WorkspaceScanResult } from '../../src/core/scan/workspaceScan';
import { LOGGED_EMAIL, makeWorkspace, removeWorkspace, scanAll, scanEditorText, writeAt } from './hostileSupport';

/** A rule that fails on every file, as a bug in one rule would. */
const THROWING_RULE: Rule = {
  id: 'always-throws',
  description: 'Fails on purpose (tests only).',
  defaultSeverity: 'warning',
  checklist: [],
  check: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'path')");
  },
};

const FAILURE = { ruleId: 'always-throws', message: "Cannot read properties of undefined (reading 'path')" };

describe('hostile input: a rule that throws, and what the outputs say was left out', () => {
  // The throwing rule runs first, so the others' findings come after a failure.
  const failingScanner = new Scanner(undefined, [THROWING_RULE, ...RULES]);
  let root: string;
  let result: WorkspaceScanResult;

  before(async () => {
    root = await makeWorkspace();
    await writeAt(root, 'src/app.ts', `const user = load();\n${LOGGED_EMAIL}\n`);
    await writeAt(root, 'src/blob.ts', Buffer.from([0x61, 0x00, 0x62]));
    result = await scanAll(root, { scanner: failingScanner });
  });
  after(() => removeWorkspace(root));

  it('keeps the other rules findings in the editor and records the failure', async () => {
    const text = `const user = load();\n${LOGGED_EMAIL}\n`;
    const withFailure = await scanEditorText(text, 'typescript', failingScanner);
    const without = await scanEditorText(text, 'typescript');
    assert.deepStrictEqual(withFailure.ruleErrors, [FAILURE]);
    assert.ok(without.findings.length > 0, 'the file has findings to keep');
    assert.deepStrictEqual(withFailure.findings, without.findings);
  });

  it('keeps them in the workspace scan and lists the failure with its file', () => {
    assert.deepStrictEqual(result.ruleErrors, [{ file: 'src/app.ts', ...FAILURE }]);
    assert.deepStrictEqual(result.findings.map((f) => `${f.file} ${f.ruleId} ${f.range.start.line}`), ['src/app.ts personal-data-in-log 1']);
  });

  it("puts rule errors and skipped files in the CLI's JSON summary", () => {
    const json = buildJsonReport(result);
    assert.deepStrictEqual(json.summary.ruleErrors, [{ file: 'src/app.ts', ...FAILURE }]);
    assert.deepStrictEqual(json.summary.filesSkipped, [{ file: 'src/blob.ts', reason: 'binary', detail: 'contains NUL bytes' }]);
    assert.strictEqual(json.findings.length, 1);
  });

  it("puts them in the CLI's text summary", () => {
    const lines = buildTextReport(result).split('\n');
    assert.ok(lines.includes('skipped src/blob.ts: binary (contains NUL bytes)'), lines.join('\n'));
    assert.ok(lines.includes(`rule always-throws failed on src/app.ts: ${FAILURE.message}`), lines.join('\n'));
  });

  it("puts them in the report's summary: Markdown, the report's JSON and the HTML export's data", () => {
    const report = buildPrivacyReport(result, { state: EMPTY_REVIEW }, { regulations: ['GDPR'], generatedAt: '2026-11-30T00:00:00.000Z', rootName: 'hostile' });
    assert.deepStrictEqual(report.summary.filesSkipped, [{ file: 'src/blob.ts', reason: 'binary', detail: 'contains NUL bytes' }]);
    assert.deepStrictEqual(report.summary.ruleErrors, [{ file: 'src/app.ts', ...FAILURE }]);

    const markdown = renderMarkdownReport(report).split('\n');
    const notScanned = markdown.indexOf('### Files not scanned (1)');
    assert.deepStrictEqual(markdown.slice(notScanned, notScanned + 5), ['### Files not scanned (1)', '', '| File | Reason | Detail |', '| --- | --- | --- |', '| src/blob.ts | `binary` | contains NUL bytes |']);
    const failed = markdown.indexOf('### Rules that failed (1)');
    assert.deepStrictEqual(markdown[failed + 6], "| src/app.ts | `always-throws` | Cannot read properties of undefined (reading 'path') |");

    const summary = (privacyJsonReport(report) as { summary: typeof report.summary }).summary;
    assert.deepStrictEqual([summary.filesSkipped, summary.ruleErrors], [report.summary.filesSkipped, report.summary.ruleErrors]);

    const html = renderHtmlReport(report, { script: 'void 0;', style: 'main{}' });
    const data = /<script type="application\/json" id="report-data">(.*)<\/script>/.exec(html)?.[1];
    assert.ok(data, 'the HTML holds the report data');
    assert.deepStrictEqual((JSON.parse(data) as { summary: typeof report.summary }).summary.filesSkipped, report.summary.filesSkipped);
  });
});
