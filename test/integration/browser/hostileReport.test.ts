/**
 * Markup and script in the report's data stay text, in the exported HTML file and in the
 * webview's renderer alike: the hostile report (hostileReport.ts) puts them in file names, an
 * annotation, finding messages, reviewer names, review notes and the folder's name. Proof that
 * nothing ran: no dialog, no console error, no CSP violation, no navigation, no element or
 * link made from the data, and every payload on the page as the text it was.
 */
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderHtmlReport } from '../../../src/core/report/htmlReport';
import type { FromWebview, ToWebview } from '../../../src/core/report/webviewMessages';
import { builtReportAssets, launchChromium, watchForProblems, writeResult } from './browserSupport';
import { HOSTILE_FILES, HOSTILE_RETENTION, HOSTILE_SKIPPED_FILE, hostileReport, PAYLOADS, type HostileReport } from './hostileReport';

/** The page's globals these tests touch; the functions below run in the page, not in Node. */
declare const window: { postMessage(message: unknown, targetOrigin: string): void; postedToExtension: FromWebview[]; cspViolations: string[] };
declare const document: {
  querySelector(selector: string): { readonly textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ readonly tagName: string; getAttributeNames(): string[]; getAttribute(name: string): string | null }>;
};

/** Records CSP violations, which Chromium reports as events before (or instead of) a console line. */
const WATCH_CSP = `window.cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;
const FAKE_VSCODE_API = 'window.postedToExtension = []; window.acquireVsCodeApi = () => ({ postMessage: (message) => window.postedToExtension.push(message) });';

interface WatchedPage {
  readonly page: Page;
  readonly problems: string[];
  readonly navigations: string[];
}

async function openWatched(browser: Browser, file: string, initScripts: readonly string[]): Promise<WatchedPage> {
  const page = await browser.newPage();
  const problems = watchForProblems(page);
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) {
      problems.push(`request: ${request.url()}`);
    }
  });
  for (const script of initScripts) {
    await page.addInitScript(script);
  }
  await page.goto(pathToFileURL(file).href);
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  return { page, problems, navigations };
}

/** Every property the page must keep with hostile data drawn in it. */
async function assertNothingRan({ page, problems, navigations }: WatchedPage): Promise<void> {
  assert.deepEqual(problems, [], 'no dialog, console error, uncaught error or request');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no CSP violation');
  assert.deepEqual(navigations, [], 'no navigation');
  assert.equal(page.frames().length, 1, 'no frame');
  assert.equal(await page.locator('img, svg, iframe, object, embed, b, #injected').count(), 0, 'no element made from the data');
  assert.equal(await page.locator('script').count(), 2, 'only the data block and the renderer');
  const attributes = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*')).flatMap((element) => element.getAttributeNames().map((name) => [element.tagName, name, element.getAttribute(name) ?? ''])),
  );
  assert.deepEqual(attributes.filter(([, name]) => /^on/i.test(name ?? '')), [], 'no event-handler attribute');
  assert.deepEqual(attributes.filter(([, name, value]) => /^(href|src|srcdoc|action|formaction|xlink:href)$/i.test(name ?? '') && /javascript:|<|data:/i.test(value ?? '')), [], 'no link or source from the data');
  const text = (await page.evaluate(() => document.querySelector('main#report')?.textContent)) ?? '';
  for (const payload of [...Object.values(PAYLOADS), ...Object.values(HOSTILE_FILES), HOSTILE_RETENTION, HOSTILE_SKIPPED_FILE]) {
    assert.ok(text.includes(payload), `shown as text: ${payload}`);
  }
  // The skipped file is listed with its reason, not left out of the summary.
  const notScanned = (await page.evaluate(() => document.querySelector('table.not-scanned')?.textContent)) ?? '';
  for (const expected of ['Files not scanned (1)', HOSTILE_SKIPPED_FILE, 'binary']) {
    assert.ok(notScanned.includes(expected), `the table of files not scanned shows ${expected}`);
  }
}

describe('Hostile report data in headless Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let hostile: HostileReport;
  let file: string;

  before(async () => {
    hostile = await hostileReport();
    file = writeResult('report-export-hostile-data.html', renderHtmlReport(hostile.report, builtReportAssets()));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  it('the exported HTML file draws every payload as text and runs none of it', async () => {
    const watched = await openWatched(browser, file, [WATCH_CSP]);
    await watched.page.waitForSelector('main#report[data-rendered="true"]');
    assert.equal(await watched.page.title(), `Privacy report: ${PAYLOADS.img}`);
    assert.ok(hostile.report.findings.length >= 6, 'every hostile file has findings');
    assert.ok(hostile.report.inventory.entries.some((entry) => entry.retention.includes(HOSTILE_RETENTION)), 'the annotation reached the inventory');
    await assertNothingRan(watched);
  });

  it('the webview renderer draws a hostile report sent to it as text, and its links only name files', async () => {
    const watched = await openWatched(browser, file, [WATCH_CSP, FAKE_VSCODE_API]);
    const { page } = watched;
    await page.waitForFunction(() => window.postedToExtension.length > 0);
    const message: ToWebview = { type: 'report', report: hostile.report, interactive: true, focus: { section: 'checklist', itemId: PAYLOADS.svg } };
    await page.evaluate((sent) => window.postMessage(sent, '*'), message);
    await page.waitForSelector('main#report[data-interactive="true"]');

    // Each location is a button that asks the extension to open the file it names, verbatim.
    const locations = page.locator('#section-findings .finding-head .location');
    assert.equal(await locations.count(), hostile.report.findings.length);
    for (const location of await locations.all()) {
      await location.click();
    }
    const opened = (await page.evaluate(() => window.postedToExtension)).filter((m) => m.type === 'openLocation');
    assert.deepEqual(
      opened.map((m) => m.type === 'openLocation' && m.file),
      hostile.report.findings.map((finding) => finding.file),
    );

    // A failed save's message, which the extension takes from an error, is text too.
    const save = page.locator('.checklist-item[data-item-id="logging-minimisation"] [data-action="save-review"]');
    await save.click();
    const reply: ToWebview = { type: 'reviewSaved', ok: false, message: Object.values(PAYLOADS).join(' ') };
    await page.evaluate((sent) => window.postMessage(sent, '*'), reply);
    await page.waitForFunction(
      (expected) => document.querySelector('[data-item-id="logging-minimisation"] [data-role="review-outcome"]')?.textContent === expected,
      `Not saved: ${reply.message}`,
    );
    await assertNothingRan(watched);
  });
});
