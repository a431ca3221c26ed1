/**
 * The same renderer as the VS Code webview runs it: the page gets an acquireVsCodeApi that records
 * what the renderer posts, and the test plays the extension, sending ToWebview messages with
 * window.postMessage. What VS Code itself does with the messages is the extension's suite's part.
 */
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderHtmlReport } from '../../../src/core/report/htmlReport';
import type { PrivacyReport } from '../../../src/core/report/reportModel';
import type { FromWebview, ToWebview } from '../../../src/core/report/webviewMessages';
import { builtReportAssets, launchChromium, REPO_ROOT, watchForProblems, writeResult } from './browserSupport';
import { exampleReport } from './exampleReport';

/** The page's globals these tests touch; the functions below run in the page, not in Node. */
declare const window: { postMessage(message: unknown, targetOrigin: string): void; postedToExtension: FromWebview[] };
declare const document: {
  querySelector(selector: string): { readonly textContent: string | null; readonly classList: { contains(name: string): boolean } } | null;
  querySelectorAll(selector: string): { readonly length: number };
};

const FAKE_VSCODE_API = 'window.postedToExtension = []; window.acquireVsCodeApi = () => ({ postMessage: (message) => window.postedToExtension.push(message) });';

async function send(page: Page, message: ToWebview): Promise<void> {
  await page.evaluate((sent) => window.postMessage(sent, '*'), message);
}

async function posted(page: Page): Promise<FromWebview[]> {
  return page.evaluate(() => window.postedToExtension);
}

async function lastPosted(page: Page): Promise<FromWebview | undefined> {
  return (await posted(page)).at(-1);
}

describe('Report webview renderer in headless Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;
  let report: PrivacyReport;
  let problems: string[];

  before(async () => {
    report = await exampleReport(REPO_ROOT);
    const file = writeResult('report-webview-harness.html', renderHtmlReport(report, builtReportAssets()));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems = watchForProblems(page);
    await page.addInitScript(FAKE_VSCODE_API);
    await page.goto(pathToFileURL(file).href);
  });

  after(async () => {
    assert.deepEqual(problems, []);
    await browser?.close();
  });

  it('posts ready once loaded and draws only what the extension sends', async () => {
    await page.waitForFunction(() => window.postedToExtension.length > 0);
    assert.deepEqual(await posted(page), [{ type: 'ready' }]);
    assert.equal(await page.getAttribute('main#report', 'data-rendered'), null, 'the webview ignores the data block; the report comes by message');
    await send(page, { type: 'report', report, interactive: true });
    await page.waitForSelector('main#report[data-interactive="true"]');
  });

  it('gives each checklist item labelled review controls, with the HIPAA outcome only where HIPAA is in scope', async () => {
    for (const { item } of report.checklist) {
      assert.equal(await page.getByLabel(`Status for ${item.title}`, { exact: true }).count(), 1, item.id);
      assert.equal(await page.getByLabel(`HIPAA outcome for ${item.title}`, { exact: true }).count(), 1, `${item.id} cites HIPAA`);
      assert.ok(await page.locator(`.checklist-item[data-item-id="${item.id}"] [data-action="save-review"]`).isVisible());
    }
    // An item HIPAA does not bear on gets no HIPAA outcome, though the law is in scope.
    const breachOutsideHipaa = report.checklist.map((status) =>
      status.item.id === 'breach-readiness' ? { ...status, item: { ...status.item, applicability: { ...status.item.applicability, HIPAA: { applicability: 'does-not-apply' as const, note: 'No PHI here.', asOf: '2026-11-29' } } } } : status,
    );
    await send(page, { type: 'report', report: { ...report, checklist: breachOutsideHipaa }, interactive: true });
    assert.equal(await page.locator('[data-item-id="breach-readiness"] [data-field="hipaaOutcome"]').count(), 0);
    assert.equal(await page.locator('[data-item-id="logging-minimisation"] [data-field="hipaaOutcome"]').count(), 1);
    // Nor does any item once HIPAA is out of scope.
    await send(page, { type: 'report', report: { ...report, regulations: ['GDPR', 'PDPA'] }, interactive: true });
    assert.equal(await page.locator('[data-field="hipaaOutcome"]').count(), 0);
    assert.equal(await page.locator('[data-regulation="HIPAA"]').count(), 0, 'no HIPAA citation either');
    await send(page, { type: 'report', report, interactive: true });
  });

  it('saves a checklist decision as a setReview change and shows the outcome beside Save, across re-renders', async () => {
    const title = 'Logging minimisation';
    const item = page.locator('[data-review-kind="checklist"][data-item-id="logging-minimisation"]');
    assert.equal(await page.getByLabel(`Status for ${title}`).inputValue(), 'to-correct', 'starts from the recorded decision');
    await page.getByLabel(`Status for ${title}`).selectOption('acceptable');
    await page.getByLabel(`Reviewer for ${title}`).fill('B. Ng');
    await page.getByLabel(`Note for ${title}`).fill('  Masking shipped in 2.4.  ');
    await page.getByRole('button', { name: `Save review of ${title}` }).click();
    const sent = await lastPosted(page);
    assert.ok(sent?.type === 'setReview' && sent.change.kind === 'checklist' && sent.change.entry);
    assert.match(sent.change.entry.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(sent.change, { kind: 'checklist', itemId: 'logging-minimisation', entry: { status: 'acceptable', reviewer: 'B. Ng', date: sent.change.entry.date, note: 'Masking shipped in 2.4.' } });
    assert.equal(await item.locator('[data-role="review-outcome"]').innerText(), 'Saving…');

    await send(page, { type: 'reviewSaved', ok: true });
    await page.waitForFunction(() => document.querySelector('[data-item-id="logging-minimisation"] [data-role="review-outcome"]')?.textContent === 'Saved');
    const saved = { ...report, checklist: report.checklist.map((status) => (status.item.id === 'logging-minimisation' ? { ...status, review: sent.change.entry ?? status.review } : status)) };
    await send(page, { type: 'report', report: saved, interactive: true });
    assert.equal(await item.locator('[data-role="review-outcome"]').innerText(), 'Saved');
    assert.match(await page.locator('.checklist-item[data-item-id="logging-minimisation"] .item-status').innerText(), /Acceptable \(B\. Ng, \d{4}-\d{2}-\d{2}\) Masking shipped in 2\.4\./);

    await page.getByLabel(`Note for ${title}`).fill('A second thought');
    await page.getByRole('button', { name: `Save review of ${title}` }).click();
    await send(page, { type: 'reviewSaved', ok: false, message: 'the review file is read-only' });
    await send(page, { type: 'report', report: saved, interactive: true });
    assert.equal(await item.locator('[data-role="review-outcome"]').innerText(), 'Not saved: the review file is read-only');
    assert.equal(await page.getByLabel(`Note for ${title}`).inputValue(), 'A second thought', 'what failed to save is still there');
  });

  it('saves a finding decision with where the finding is', async () => {
    const finding = report.findings.find((candidate) => candidate.file === 'src/transport.ts' && candidate.ruleId === 'weak-cryptography');
    assert.ok(finding);
    const article = page.locator(`.finding[data-fingerprint="${finding.fingerprint}"]`);
    assert.equal(await article.locator('.review-form').count(), 0, 'made when first opened');
    await article.locator('summary').click();
    const title = `weak-cryptography at src/transport.ts:${finding.range.start.line + 1}`;
    await page.getByLabel(`Status for ${title}`).selectOption('improvable');
    await page.getByRole('button', { name: `Save review of ${title}` }).click();
    const sent = await lastPosted(page);
    assert.ok(sent?.type === 'setReview' && sent.change.entry);
    assert.deepEqual(sent.change, { kind: 'finding', fingerprint: finding.fingerprint, entry: { status: 'improvable', date: sent.change.entry.date, ruleId: 'weak-cryptography', file: 'src/transport.ts' } });
    await send(page, { type: 'reviewSaved', ok: true });
    await page.waitForFunction((fingerprint) => document.querySelector(`[data-fingerprint="${fingerprint}"] [data-role="review-outcome"]`)?.textContent === 'Saved', finding.fingerprint);
  });

  it('asks the extension to open a source, open a checklist item, rescan and export', async () => {
    const finding = report.findings[0];
    assert.ok(finding);
    await page.locator(`.finding[data-fingerprint="${finding.fingerprint}"] .finding-head .location`).click();
    assert.deepEqual(await lastPosted(page), { type: 'openLocation', file: finding.file, line: finding.range.start.line, column: finding.range.start.column });
    await page.locator('.checklist-item[data-item-id="secret-management"] [data-action="open-checklist-item"]').click();
    assert.deepEqual(await lastPosted(page), { type: 'openChecklistItem', itemId: 'secret-management' });
    await page.locator('[data-action="rescan"]').click();
    assert.deepEqual(await lastPosted(page), { type: 'rescan' });
    await page.locator('[data-action="export"][data-format="html"]').click();
    assert.deepEqual(await lastPosted(page), { type: 'export', format: 'html' });
  });

  it('scrolls to the section or checklist item that focus names', async () => {
    await send(page, { type: 'report', report, interactive: true, focus: { section: 'checklist', itemId: 'breach-readiness' } });
    const item = page.locator('.checklist-item[data-item-id="breach-readiness"]');
    await page.waitForFunction(() => document.querySelector('.checklist-item[data-item-id="breach-readiness"]')?.classList.contains('focused'));
    assert.ok(Math.abs((await item.boundingBox())?.y ?? Infinity) < 2, 'the item is at the top of the view');
    await send(page, { type: 'report', report, interactive: true, focus: { section: 'inventory' } });
    await page.waitForFunction(() => document.querySelector('#section-inventory')?.classList.contains('focused'));
    assert.ok(Math.abs((await page.locator('#section-inventory').boundingBox())?.y ?? Infinity) < 2);
  });

  it('lists the records holding personal data with what their annotation records', async () => {
    const range = { start: { line: 0, column: 13 }, end: { line: 0, column: 20 } };
    const annotated: PrivacyReport = {
      ...report,
      inventory: {
        ...report.inventory,
        records: [
          {
            name: 'Patient',
            file: 'src/patient.ts',
            range,
            nameRange: range,
            fields: [{ name: 'email', range, dataCategories: ['user.contact.email'], sensitive: false }, { name: 'diagnosis', range, dataCategories: ['user.health_and_medical'], sensitive: true }],
            annotation: { purposes: ['essential.service'], lawfulBasis: 'contract', retention: '2 years after the last visit', range, problems: ['unknown key "owner"'] },
          },
        ],
      },
    };
    await send(page, { type: 'report', report: annotated, interactive: true });
    await page.waitForSelector('table.records');
    const cells = await page.locator('table.records tbody tr td').allInnerTexts();
    assert.deepEqual(cells, ['Patient', 'src/patient.ts:1', '2 (1 sensitive): email, diagnosis', 'essential.service', 'contract', '2 years after the last visit unknown key "owner"']);
  });

  it('says plainly when the review file could not be read, once, at the top', async () => {
    const reviewProblem = { message: '.privacy-lens/review.json is not valid JSON (line 4): nothing was written to it.', backupPath: '.privacy-lens/review.json.bak' };
    await send(page, { type: 'report', report: { ...report, reviewProblem }, interactive: true });
    const alert = page.getByRole('alert');
    assert.equal(await alert.count(), 1);
    assert.equal(await alert.innerText(), `${reviewProblem.message} A copy was kept at ${reviewProblem.backupPath}.`);
  });
});
