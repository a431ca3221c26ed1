import * as assert from 'assert';
import { CHECKLIST } from '../../src/core/checklist/items';
import { NOT_LEGAL_ADVICE } from '../../src/core/checklist/render';
import { buildPrivacyReport } from '../../src/core/report/buildReport';
import type { ReviewRead } from '../../src/core/review/model';
import { Scanner } from '../../src/core/scan/scanner';
import { scanWorkspace, type WorkspaceScanResult } from '../../src/core/scan/workspaceScan';
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/version';
import { makeWorkspace } from './cliWorkspace';

const OPTIONS = { regulations: ['GDPR', 'PIPL'] as const, generatedAt: '2026-12-01T09:30:00.000Z', rootName: 'clinic' };

describe('buildPrivacyReport', () => {
  let result: WorkspaceScanResult;
  let logFingerprint: string;
  let review: ReviewRead;

  before(async () => {
    const dir = await makeWorkspace();
    result = await scanWorkspace(dir, [dir], { scanner: new Scanner() });
    const log = result.findings.find((f) => f.ruleId === 'personal-data-in-log');
    assert.ok(log, 'the workspace logs an email');
    logFingerprint = log.fingerprint;
    review = {
      state: {
        version: 1,
        checklist: { 'logging-minimisation': { status: 'improvable', reviewer: 'Dana DPO' } },
        findings: { [logFingerprint]: { status: 'acceptable', ruleId: log.ruleId, file: log.file, note: 'test data only' } },
      },
    };
  });

  it('carries the tool, the time, the subject, the laws in scope and the not-legal-advice line', () => {
    const report = buildPrivacyReport(result, review, OPTIONS);
    assert.deepStrictEqual(report.tool, { name: TOOL_NAME, version: TOOL_VERSION });
    assert.deepStrictEqual([report.generatedAt, report.rootName, report.regulations], [OPTIONS.generatedAt, 'clinic', ['GDPR', 'PIPL']]);
    assert.strictEqual(report.notLegalAdvice, NOT_LEGAL_ADVICE);
    assert.strictEqual(report.reviewProblem, undefined);
  });

  it('summarises the scan and joins each finding to its review', () => {
    const report = buildPrivacyReport(result, review, OPTIONS);
    assert.strictEqual(report.summary.findings, result.findings.length);
    assert.strictEqual(report.summary.byFile['src/patient.ts'], result.findings.length);
    assert.strictEqual(report.summary.byRule['personal-data-in-log'], 1);
    assert.strictEqual(report.findings.find((f) => f.fingerprint === logFingerprint)?.review?.note, 'test data only');
    assert.strictEqual(report.findings.filter((f) => f.review).length, 1);
  });

  it('gives every checklist item a status; the accepted log finding no longer counts as open', () => {
    const report = buildPrivacyReport(result, review, OPTIONS);
    assert.deepStrictEqual(report.checklist.map((s) => s.item.id), CHECKLIST.map((i) => i.id));
    const logging = report.checklist.find((s) => s.item.id === 'logging-minimisation');
    assert.strictEqual(logging?.findingCount, 0);
    assert.strictEqual(logging?.review?.status, 'improvable');
    const unreviewed = buildPrivacyReport(result, { state: { version: 1, checklist: {}, findings: {} } }, OPTIONS);
    assert.strictEqual(unreviewed.checklist.find((s) => s.item.id === 'logging-minimisation')?.findingCount, 1);
  });

  it('builds the inventory and screens only the triggers of the laws in scope', () => {
    const report = buildPrivacyReport(result, review, OPTIONS);
    assert.ok(report.inventory.entries.some((e) => e.category === 'user.health_and_medical' && e.sensitive));
    assert.ok(report.inventory.records.some((r) => r.name === 'Patient'));
    assert.ok(report.dpia.results.length > 0);
    assert.deepStrictEqual([...new Set(report.dpia.results.map((r) => r.trigger.regulation))].sort(), ['GDPR', 'PIPL']);
    assert.ok(report.dpia.results.some((r) => r.trigger.id === 'pipl-55-1' && r.hit), 'health data is sensitive under PIPL Art. 28');
  });

  it('passes the review file problem through, and is deterministic', () => {
    const problem = { message: '.privacy-lens/review.json is not valid JSON' };
    const report = buildPrivacyReport(result, { state: review.state, problem }, OPTIONS);
    assert.deepStrictEqual(report.reviewProblem, problem);
    assert.deepStrictEqual(buildPrivacyReport(result, review, OPTIONS), buildPrivacyReport(result, review, OPTIONS));
  });
});
