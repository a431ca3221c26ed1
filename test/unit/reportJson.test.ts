import * as assert from 'assert';
import type { JsonRange } from '../../src/core/report/jsonReport';
import { PRIVACY_JSON_REPORT_VERSION, renderPrivacyJsonReport } from '../../src/core/report/privacyJsonReport';
import { finding, fixtureReport } from './reportFixtures';

interface ParsedReport {
  formatVersion: number;
  generatedAt: string;
  regulations: string[];
  notLegalAdvice: string;
  reviewProblem?: { message: string };
  summary: { findings: number; byRule: Record<string, number> };
  findings: { file: string; range: JsonRange; review?: { status: string }; related?: { range: JsonRange; message: string }[] }[];
  suppressed: { file: string; range: JsonRange; suppressionReason: string }[];
  checklist: { item: { id: string; citations: { regulation: string; verification: string }[]; applicability: Record<string, { applicability: string }>; deadlines: { regulation: string }[] }; findingCount: number; review?: { reviewer: string } }[];
  dpia: { wp248CriteriaMet: number; results: { hit: boolean; evidence: { line: number }[] }[] };
  inventory: {
    entries: { category: string; declaredIn: { range: JsonRange }[]; sinks: { location: { range: JsonRange } }[]; purposes: string[] }[];
    records: { name: string; range: JsonRange; nameRange: JsonRange; fields: { range: JsonRange }[] }[];
  };
}

function parse(text: string): ParsedReport {
  return JSON.parse(text) as ParsedReport;
}

describe('JSON privacy report', () => {
  const text = renderPrivacyJsonReport(fixtureReport());
  const report = parse(text);

  it('carries the report\'s header fields and format version', () => {
    assert.strictEqual(report.formatVersion, PRIVACY_JSON_REPORT_VERSION);
    assert.strictEqual(report.generatedAt, '2026-11-30T10:00:00.000Z');
    assert.deepStrictEqual(report.regulations, ['GDPR', 'PDPA', 'CCPA']);
    assert.strictEqual(report.notLegalAdvice, 'Not legal advice.');
    assert.strictEqual(report.summary.findings, 2);
    assert.strictEqual(report.reviewProblem, undefined);
  });

  it('makes every range 1-based, as the scan\'s JSON does', () => {
    const first = report.findings[0];
    assert.deepStrictEqual(first?.range, { start: { line: 12, column: 3 }, end: { line: 12, column: 8 } });
    assert.deepStrictEqual(report.suppressed[0]?.range.start, { line: 3, column: 3 });
    assert.strictEqual(report.suppressed[0]?.suppressionReason, 'test double, never deployed');
    const email = report.inventory.entries[0];
    assert.deepStrictEqual(email?.declaredIn[0]?.range.start, { line: 6, column: 3 });
    assert.deepStrictEqual(email?.sinks[1]?.location.range.start, { line: 21, column: 5 });
    const record = report.inventory.records[0];
    assert.deepStrictEqual(record?.range.start, { line: 4, column: 1 });
    assert.deepStrictEqual(record?.nameRange.start, { line: 4, column: 7 });
    assert.deepStrictEqual(record?.fields.map((f) => f.range.start.line), [6, 7]);
  });

  it('converts related locations too, and keeps the review of a finding', () => {
    const related = { ...finding('src/a.ts', 4, 'personal-data-in-log', 'm', { review: { status: 'improvable', ruleId: 'personal-data-in-log', file: 'src/a.ts' } }), related: [{ range: { start: { line: 1, column: 0 }, end: { line: 1, column: 4 } }, message: 'read here' }] };
    const [parsed] = parse(renderPrivacyJsonReport(fixtureReport({ findings: [related] }))).findings;
    assert.deepStrictEqual(parsed?.related, [{ range: { start: { line: 2, column: 1 }, end: { line: 2, column: 5 } }, message: 'read here' }]);
    assert.strictEqual(parsed?.review?.status, 'improvable');
  });

  it('keeps only the laws in scope: their applicability, citations with their verification, and clocks', () => {
    const [status] = report.checklist;
    assert.deepStrictEqual(status?.item.citations.map((c) => `${c.regulation}:${c.verification}`), ['GDPR:primary', 'PDPA:secondary', 'CCPA:unverified']);
    assert.deepStrictEqual(Object.entries(status?.item.applicability ?? {}).map(([law, scope]) => `${law}:${scope.applicability}`), ['GDPR:applies', 'PDPA:depends', 'CCPA:applies']);
    assert.deepStrictEqual(status?.item.deadlines.map((c) => c.regulation), ['GDPR']);
    assert.strictEqual(status?.findingCount, 1);
    assert.strictEqual(status?.review?.reviewer, 'Dana DPO');
  });

  it('keeps the DPIA screening and the inventory\'s empty purposes as empty lists', () => {
    assert.strictEqual(report.dpia.wp248CriteriaMet, 1);
    assert.deepStrictEqual(report.dpia.results.map((r) => r.hit), [true, false, false, false]);
    assert.strictEqual(report.dpia.results[0]?.evidence[0]?.line, 7, '1-based');
    assert.deepStrictEqual(report.inventory.entries.map((e) => e.purposes.length), [1, 0]);
  });

  it('names the review file problem when there is one', () => {
    const withProblem = parse(renderPrivacyJsonReport(fixtureReport({ reviewProblem: { message: 'unreadable' } })));
    assert.deepStrictEqual(withProblem.reviewProblem, { message: 'unreadable' });
  });

  it('is byte-for-byte stable and ends with a newline', () => {
    assert.strictEqual(renderPrivacyJsonReport(fixtureReport()), text);
    assert.ok(text.endsWith('}\n'));
  });
});
