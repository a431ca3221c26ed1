/**
 * The exported HTML report, as the DPO opens it: a real report of test/fixtures/workspace written
 * with renderHtmlReport and the built renderer, opened from disk in headless Chromium. Leaves
 * test-results/report-export.html and .png behind (test artefacts, not committed). With
 * PRIVACY_LENS_UPDATE_README_PICTURE=1 (`npm run docs:picture`) it also refreshes
 * docs/images/report.png, the README's picture; an ordinary run leaves the checkout as it was.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderHtmlReport } from '../../../src/core/report/htmlReport';
import type { PrivacyReport } from '../../../src/core/report/reportModel';
import { builtReportAssets, launchChromium, REPO_ROOT, watchForProblems, writeResult } from './browserSupport';
import { exampleReport } from './exampleReport';

const HOSTILE = '</script><img src=x onerror="alert(document.domain)"><b>bold</b>';

/** Opens an exported report from disk; resolves once the renderer has drawn it. */
async function openExport(browser: Browser, report: PrivacyReport, fileName: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const file = writeResult(fileName, renderHtmlReport(report, builtReportAssets()));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watchForProblems(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('main#report[data-rendered="true"]', { timeout: 10_000 });
  return { page, problems, requests };
}

describe('Exported HTML report in headless Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let report: PrivacyReport;
  let page: Page;
  let problems: string[];
  let requests: string[];

  before(async () => {
    report = await exampleReport(REPO_ROOT);
    browser = await launchChromium();
    ({ page, problems, requests } = await openExport(browser, report, 'report-export.html'));
  });

  after(async () => {
    await browser?.close();
  });

  it('draws itself from the file alone: read-only, no script error, no CSP violation, no request', async () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((url) => !url.startsWith('file:')), []);
    assert.equal(await page.getAttribute('main#report', 'data-interactive'), 'false');
    assert.equal(await page.locator('select, input, textarea, [data-action]').count(), 0);
    assert.equal(await page.title(), 'Privacy report: workspace');
    assert.equal(await page.locator('.not-legal-advice').count(), 1);
  });

  it('shows every finding under its file, at file:line, with its message and any review', async () => {
    assert.ok(report.findings.length > 10, 'the fixture workspace should give a report worth looking at');
    assert.equal(await page.locator('#section-findings .finding').count(), report.findings.length);
    const logLine = report.findings.find((finding) => finding.file === 'src/patient.ts' && finding.ruleId === 'personal-data-in-log');
    assert.ok(logLine, 'src/patient.ts logs an e-mail address');
    const article = page.locator(`.finding[data-fingerprint="${logLine.fingerprint}"]`);
    assert.ok(await article.isVisible());
    assert.equal(await article.locator('.location').first().innerText(), `src/patient.ts:${logLine.range.start.line + 1}`);
    assert.equal(await article.locator('.message').innerText(), logLine.message);
    const groups = await Promise.all((await page.locator('#section-findings .file-group').all()).map((group) => group.getAttribute('data-file')));
    assert.deepEqual(groups, [...new Set(report.findings.map((finding) => finding.file))]);
    assert.match(await page.locator('.finding[data-rule-id="personal-data-in-log"] .recorded-review[data-status="acceptable"]').innerText(), /Acceptable \(A\. Dupont \(DPO\), 2026-11-30\) Test account only\./);
  });

  it('shows the data inventory as Art. 30(1) rows, "unknown" where no annotation says', async () => {
    const rows = page.locator('table.inventory tbody tr');
    assert.equal(await rows.count(), report.inventory.entries.length);
    const email = rows.filter({ has: page.locator('[data-category="user.contact.email"]') });
    assert.ok(await email.isVisible());
    const cells = await email.locator('td').allInnerTexts();
    assert.match(cells[0] ?? '', /email address user\.contact\.email/);
    assert.match(cells[1] ?? '', /src\/patient\.ts:3/);
    assert.match(cells[2] ?? '', /log: src\/patient\.ts:8/);
    assert.deepEqual(cells.slice(4), ['unknown', 'unknown', 'unknown']);
  });

  it('shows the DPIA triggers hit, with the findings behind each', async () => {
    const hit = report.dpia.results.filter((result) => result.hit);
    assert.ok(hit.length > 0);
    for (const result of hit) {
      const trigger = page.locator(`.dpia-trigger[data-trigger-id="${result.trigger.id}"]`);
      assert.ok(await trigger.isVisible(), result.trigger.id);
      assert.equal(await trigger.locator('.evidence li').count(), result.evidence.length);
    }
    assert.ok(await page.locator('.dpia-not-hit [data-trigger-id="pipl-55-3"]').isVisible());
    assert.match(await page.locator('#section-dpia .section-intro').innerText(), /WP248 criteria met: 1 /);
  });

  it('shows each checklist item: question, open findings, status, marked citations per law and breach clocks', async () => {
    const items = page.locator('.checklist-item');
    assert.equal(await items.count(), report.checklist.length);
    for (const status of report.checklist) {
      const item = page.locator(`.checklist-item[data-item-id="${status.item.id}"]`);
      assert.equal(await item.locator('.question').innerText(), status.item.question);
      assert.match(await item.locator('.finding-count').innerText(), new RegExp(`^${status.findingCount} open finding`));
      assert.equal(await item.locator('.citation').count(), status.item.citations.length, `${status.item.id}: every citation shown (all five laws in scope)`);
      assert.equal(await item.locator('.citation .verification').count(), status.item.citations.length, `${status.item.id}: every citation marked`);
    }
    const logging = page.locator('.checklist-item[data-item-id="logging-minimisation"]');
    assert.equal(await logging.locator('.item-status .status').innerText(), 'To correct');
    const transfers = page.locator('.checklist-item[data-item-id="third-party-sharing"]');
    assert.equal(await transfers.locator('.citation[data-verification="unverified"] .verification').first().innerText(), 'UNVERIFIED: confirm before relying on it');
    const breach = page.locator('.checklist-item[data-item-id="breach-readiness"]');
    assert.equal(await breach.locator('.citation[data-verification="secondary"] .verification').first().innerText(), 'secondary source');
    assert.match(await breach.locator('[data-regulation="HIPAA"] h4').innerText(), /HIPAA\s+Depends/);
    const clocks = await breach.locator('table.breach-clocks tbody tr').allInnerTexts();
    const breachItem = report.checklist.find((status) => status.item.id === 'breach-readiness')!.item;
    assert.equal(clocks.length, breachItem.deadlines?.length);
    assert.match(clocks[0] ?? '', /GDPR\s+supervisory authority\s+without undue delay and, where feasible, within 72 hours of becoming aware\b.*Art\. 33\(1\)\s+primary text/s);
  });

  it('prints one section per page, without navigation', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      // A string, evaluated in the page: this file is compiled without the DOM library.
      const breaks: unknown = await page.evaluate("[...document.querySelectorAll('.report-section')].map((section) => getComputedStyle(section).breakBefore)");
      assert.deepEqual(breaks, ['page', 'page', 'page', 'page', 'page']);
      assert.equal(await page.locator('.section-links').isVisible(), false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('keeps markup in the data as text: no element, no script, no dialog comes from it', async () => {
    const [first, ...rest] = report.findings;
    assert.ok(first);
    const hostile: PrivacyReport = { ...report, rootName: HOSTILE, findings: [{ ...first, message: HOSTILE, file: `src/${HOSTILE}.ts` }, ...rest] };
    const opened = await openExport(browser, hostile, 'report-export-hostile.html');
    try {
      assert.equal(await opened.page.locator('img, b').count(), 0);
      assert.equal(await opened.page.locator('script').count(), 2, 'the data block and the renderer');
      assert.equal(await opened.page.locator(`.finding[data-fingerprint="${first.fingerprint}"] .message`).innerText(), HOSTILE);
      assert.equal(await opened.page.locator('h1').innerText(), `Privacy report: ${HOSTILE}`);
      assert.deepEqual(opened.problems, []);
    } finally {
      await opened.page.close();
    }
  });

  it('saves a full-page screenshot as a test artefact (test-results/report-export.png)', async () => {
    const fullPage = await page.screenshot({ fullPage: true });
    const file = writeResult('report-export.png', fullPage);
    assert.equal(fullPage.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(fullPage.readUInt32BE(20) > 900, `${file}: the whole report, taller than one screen`);
    if (process.env.PRIVACY_LENS_UPDATE_README_PICTURE === '1') {
      // The README shows the first screen: header, summary and the start of the findings.
      const readmePicture = path.join(REPO_ROOT, 'docs', 'images', 'report.png');
      fs.mkdirSync(path.dirname(readmePicture), { recursive: true });
      fs.writeFileSync(readmePicture, await page.screenshot({ fullPage: false }));
      // And one checklist item as the DPO reads it: question, status, citations per law, clocks.
      const item = page.locator('.checklist-item[data-item-id="logging-minimisation"]');
      fs.writeFileSync(path.join(path.dirname(readmePicture), 'report-checklist-item.png'), await item.screenshot());
    }
  });
});
