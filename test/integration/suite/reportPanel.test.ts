/**
 * The DPO's side inside VS Code: Show Report opens the panel and its page receives the report;
 * review decisions made in the page land in .privacy-lens/review.json; the status bar counts open
 * findings and follows the review file, also when another window changes it; Show Data Inventory
 * and Open DPO Checklist bring the right part forward. Every wait is on an event.
 *
 * The page's controls are out of reach from the extension host, where the suite runs. Under the
 * code-server launcher, the suite asks the launcher to choose, type and click in the page itself
 * (test/integration/launchers/webviewDriver.ts). Other decisions are sent through the test-only
 * command privacyLens.test.postFromReportWebview, as the exact `setReview` messages the page's
 * Save button posts (webviewMessages.ts); the panel handles them on the same path as the page's own.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { checklistItem } from '../../../src/core/checklist/items';
import { REVIEW_FILE } from '../../../src/core/review/model';
import { fixtureFolder, ourDiagnosticCount, postFromReportPage, type ReportDelivery, reportTabs, reviewFileOnDisk, waitForReviewFile, waitForStatusBar } from './dpoHelpers';
import { WEBVIEW_DRIVER_ENV, WEBVIEW_REQUEST_PREFIX } from '../launchers/webviewDriver';
import { waitForEvent } from './waitFor';

const statusText = (open: number) => `$(shield) Privacy: ${open} open`;

describe('The report panel and the review file', () => {
  let summary: { findings: number };
  let finding: { file: string; ruleId: string; fingerprint: string };

  before(async () => {
    summary = await vscode.commands.executeCommand<{ findings: number }>('privacyLens.scanWorkspace');
    // A finding's fingerprint, as the page has it, from the report's JSON export.
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-report-')), 'report.json'));
    await vscode.commands.executeCommand('privacyLens.exportReport', 'json', target, fixtureFolder().uri);
    const report = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as { findings: { file: string; ruleId: string; fingerprint: string }[] };
    finding = report.findings.find((f) => f.file === 'worker/reminders.py' && f.ruleId === 'personal-data-in-log')!;
    assert.ok(finding, 'the log finding in worker/reminders.py');
  });

  after(() => {
    fs.rmSync(path.join(fixtureFolder().uri.fsPath, path.dirname(REVIEW_FILE)), { recursive: true, force: true });
  });

  it('opens the report panel, whose page asks for the report and is sent it', async () => {
    const delivery = await vscode.commands.executeCommand<ReportDelivery | undefined>('privacyLens.showReport');
    assert.ok(delivery, 'the page said ready and was sent the report');
    assert.strictEqual(delivery.folder, fixtureFolder().uri.toString());
    assert.strictEqual(delivery.findings, summary.findings);
    assert.deepStrictEqual(reportTabs().map((t) => t.label), [`Privacy report: ${fixtureFolder().name}`]);
  });

  it('saves a status chosen, typed and clicked in the page itself to .privacy-lens/review.json', async function () {
    if (process.env[WEBVIEW_DRIVER_ENV] !== '1') {
      // Only the code-server launcher can act in the page (the Electron launcher has no browser
      // handle); the next test covers the same path from the panel's side under both.
      this.skip();
    }
    const itemId = 'access-control';
    const saved = waitForReviewFile((state) => state.checklist[itemId]?.status === 'acceptable', `${itemId} saved as acceptable`);
    const request = { action: 'saveReview', form: `[data-review-kind="checklist"][data-review-key="${itemId}"]`, status: 'acceptable', reviewer: 'Sam (DPO)', note: 'Routes checked by hand.' };
    console.log(`${WEBVIEW_REQUEST_PREFIX}${JSON.stringify(request)}`);
    const state = await saved;
    assert.deepStrictEqual(
      { ...state.checklist[itemId], date: undefined },
      { status: 'acceptable', reviewer: 'Sam (DPO)', note: 'Routes checked by hand.', date: undefined },
    );
    assert.match(state.checklist[itemId]?.date ?? '', /^\d{4}-\d{2}-\d{2}$/, 'the page dates the decision');
  });

  it('saves a checklist decision made in the page to .privacy-lens/review.json', async () => {
    const entry = { status: 'improvable', reviewer: 'Dana (DPO)', date: '2026-11-30', note: 'Mask names before they reach the log.' } as const;
    const reply = await postFromReportPage({ type: 'setReview', change: { kind: 'checklist', itemId: 'logging-minimisation', entry } });
    assert.deepStrictEqual(reply, { type: 'reviewSaved', ok: true });
    assert.deepStrictEqual(reviewFileOnDisk().checklist['logging-minimisation'], entry);
  });

  it('counts open findings in the status bar, less a finding the DPO accepts in the page', async () => {
    const open = ourDiagnosticCount();
    assert.ok(open > 1, `${open} findings`);
    await waitForStatusBar(statusText(open));
    const entry = { ruleId: finding.ruleId, file: finding.file, status: 'acceptable', reviewer: 'Dana (DPO)', date: '2026-11-30', note: 'Reminder names are test data.' } as const;
    const reply = await postFromReportPage({ type: 'setReview', change: { kind: 'finding', fingerprint: finding.fingerprint, entry } });
    assert.deepStrictEqual(reply, { type: 'reviewSaved', ok: true });
    assert.deepStrictEqual(reviewFileOnDisk().findings[finding.fingerprint], entry);
    await waitForStatusBar(statusText(open - 1));
  });

  it('reads the review file again when it changes on disk, as when another window saves it', async () => {
    const state = reviewFileOnDisk();
    const findings = Object.fromEntries(Object.entries(state.findings).filter(([fingerprint]) => fingerprint !== finding.fingerprint));
    fs.writeFileSync(path.join(fixtureFolder().uri.fsPath, REVIEW_FILE), JSON.stringify({ ...state, findings }, null, 2) + '\n');
    await waitForStatusBar(statusText(ourDiagnosticCount()));
  });

  it('brings the same panel to the data inventory with Show Data Inventory', async () => {
    const delivery = await vscode.commands.executeCommand<ReportDelivery | undefined>('privacyLens.showDataInventory');
    assert.deepStrictEqual(delivery?.focus, { section: 'inventory' });
    assert.strictEqual(reportTabs().length, 1, 'one report panel');
  });

  it('opens the report at its checklist with Open DPO Checklist', async () => {
    const delivery = await vscode.commands.executeCommand<ReportDelivery | undefined>('privacyLens.openChecklistItem');
    assert.deepStrictEqual(delivery?.focus, { section: 'checklist' });
  });

  it('opens one checklist item with Open DPO Checklist at that item', async () => {
    // The active tab of the active group: another suite may have left an older preview of it open.
    const activePreviewOf = (uri: vscode.Uri) => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      return tab?.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview') && tab.label.includes(path.basename(uri.path)) ? tab : undefined;
    };
    const item = checklistItem('retention-erasure')!;
    const uri = await vscode.commands.executeCommand<vscode.Uri>('privacyLens.openChecklistItem', item.id);
    const tab = activePreviewOf(uri) ?? (await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => activePreviewOf(uri), 'the checklist item’s preview to be in front'));
    assert.ok(tab.label.includes(item.id), tab.label);
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.ok(text.startsWith(`# ${item.title}\n`), text.slice(0, 200));
    assert.ok(text.includes(item.question), text.slice(0, 400));
  });
});
