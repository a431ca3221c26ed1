import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { jsonForScriptElement, loadReportAssets, renderHtmlReport, REPORT_DATA_ID, type ReportAssets } from '../../src/core/report/htmlReport';
import type { PrivacyReport } from '../../src/core/report/reportModel';

const HOSTILE = '</script><img src=x onerror="alert(1)"><!--<script>alert(2)</script>';

/** The committed style sheet and a stand-in script: what matters here is how they are inlined. */
const ASSETS: ReportAssets = {
  style: fs.readFileSync(path.join(__dirname, '..', '..', '..', 'media', 'report.css'), 'utf8'),
  script: 'document.getElementById("report").textContent = "drawn";',
};

function hostileReport(): PrivacyReport {
  const range = { start: { line: 2, column: 4 }, end: { line: 2, column: 9 } };
  return {
    tool: { name: 'Privacy Lens', version: '0.0.0-test' },
    generatedAt: '2026-12-01T09:30:00.000Z',
    rootName: `shop ${HOSTILE}`,
    regulations: ['GDPR', 'HIPAA'],
    summary: { filesScanned: 1, findings: 1, suppressed: 0, bySeverity: { error: 0, warning: 1, information: 0, hint: 0 }, byRule: { 'personal-data-in-log': 1 }, byCategory: { 'user.contact.email': 1 }, byFile: { [`src/${HOSTILE}.ts`]: 1 } },
    findings: [
      {
        ruleId: 'personal-data-in-log',
        severity: 'warning',
        message: `logger.info() writes ${HOSTILE} to the log`,
        range,
        dataCategories: ['user.contact.email'],
        checklist: ['logging-minimisation'],
        fingerprint: 'f00d',
        file: `src/${HOSTILE}.ts`,
        review: { status: 'to-correct', ruleId: 'personal-data-in-log', file: `src/${HOSTILE}.ts`, reviewer: `DPO ${HOSTILE}`, note: `see & fix ${HOSTILE}` },
      },
    ],
    suppressed: [],
    checklist: [],
    inventory: { entries: [], records: [] },
    dpia: { results: [], wp248CriteriaMet: 0 },
    notLegalAdvice: 'Not legal advice.',
  };
}

/** The text of the one element whose opening tag starts with `openTag`. */
function elementText(html: string, openTag: string, closeTag: string): string {
  const start = html.indexOf(openTag);
  assert.notEqual(start, -1, `${openTag} not found`);
  const contentStart = html.indexOf('>', start) + 1;
  return html.slice(contentStart, html.indexOf(closeTag, contentStart));
}

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

describe('HTML report', () => {
  it('allows only its own inlined script and style, by hash, and nothing from anywhere else', () => {
    const html = renderHtmlReport(hostileReport(), ASSETS);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'no Content-Security-Policy meta element');
    const directives = csp.split('; ');
    assert.ok(directives.includes("default-src 'none'"));
    assert.ok(directives.includes(`script-src ${hash(ASSETS.script)}`));
    assert.ok(directives.includes(`style-src ${hash(ASSETS.style)}`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/);
    // The hashes are of exactly what is inlined.
    assert.equal(elementText(html, '<style>', '</style>'), ASSETS.style);
    assert.equal(elementText(html, '<script>', '</script>'), ASSETS.script);
  });

  it('carries the report as a JSON data block that reads back unchanged', () => {
    const report = hostileReport();
    const html = renderHtmlReport(report, ASSETS);
    const data = elementText(html, `<script type="application/json" id="${REPORT_DATA_ID}">`, '</script>');
    assert.deepEqual(JSON.parse(data), report);
  });

  it('keeps </script>, tags and comments in the data inert: none of it reaches the markup as HTML', () => {
    const html = renderHtmlReport(hostileReport(), ASSETS);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /onerror="/i, 'an event-handler attribute from the data');
    assert.equal(html.match(/<script/gi)?.length, 2, 'only the data block and the renderer are scripts');
    assert.equal(html.match(/<\/script>/gi)?.length, 2, 'no </script> from the data');
    assert.equal(html.includes('<!--'), false);
    // Every piece of data with markup in it appears only in its escaped form.
    assert.equal(html.includes(HOSTILE), false);
    assert.ok(html.includes('\\u003c/script\\u003e\\u003cimg src=x onerror=\\"alert(1)\\"\\u003e'));
    assert.ok(html.includes('see \\u0026 fix'));
  });

  it('refuses assets that would end their own element early, naming which', () => {
    assert.throws(() => renderHtmlReport(hostileReport(), { ...ASSETS, script: 'const s = "</SCRIPT>";' }), /report script contains "<\/SCRIPT"/);
    assert.throws(() => renderHtmlReport(hostileReport(), { ...ASSETS, style: 'p::after { content: "</style>"; }' }), /report style sheet contains "<\/style"/);
    assert.throws(() => renderHtmlReport(hostileReport(), { ...ASSETS, script: 'x = 1 <!-- 2;' }), /contains "<!--"/);
  });

  it('escapes the characters that could end or alter a script element, and they parse back', () => {
    const value = { text: '<b>&amp;</b>\u2028\u2029' };
    const json = jsonForScriptElement(value);
    assert.equal(json, '{"text":"\\u003cb\\u003e\\u0026amp;\\u003c/b\\u003e\\u2028\\u2029"}');
    assert.deepEqual(JSON.parse(json), value);
  });

  it('names the missing file and how to make it when the renderer has not been built', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-assets-'));
    try {
      assert.throws(() => loadReportAssets(empty), (error: Error) => error.message.includes(path.join(empty, 'report.js')) && error.message.includes('npm run build'));
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
