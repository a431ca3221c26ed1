/** The single place commands are registered. Ids live in commandIds.ts; handlers in commands/. */
import * as vscode from 'vscode';
import { COMMANDS, TEST_COMMANDS } from './commandIds';
import { addPrivacyAnnotation } from './annotations/privacyAnnotation';
import { exportReport } from './commands/exportReport';
import { openChecklistItem } from './commands/openChecklistItem';
import { recordSuppression } from './commands/recordSuppression';
import { renameToReducedField } from './commands/renameToReducedField';
import { type SuppressOptions, suppressFinding } from './commands/suppressFinding';
import type { FindingsStatusBar } from './findingsStatusBar';
import type { ReportFocus } from './report/reportPanel';
import type { ReportPanels } from './report/reportPanels';
import { folderFromArgument, pickReportFolder } from './report/reportFolder';
import type { ReviewStates } from './report/reviewStates';
import type { WorkspaceReportService } from './report/workspaceReportService';
import type { ScanResultStore } from './scanResults';

export interface CommandServices {
  readonly extensionUri: vscode.Uri;
  readonly reports: WorkspaceReportService;
  readonly panels: ReportPanels;
  readonly results: ScanResultStore;
  readonly reviews: ReviewStates;
}

export function registerCommands({ extensionUri, reports, panels, results, reviews }: CommandServices): vscode.Disposable {
  /** The report for the folder given (a CodeLens passes one) or chosen, at `focus`. */
  const showReport = async (folderArgument: unknown, focus?: ReportFocus) => {
    const folder = folderFromArgument(folderArgument) ?? (await pickReportFolder());
    return folder ? panels.show(folder, focus) : undefined;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.scanWorkspace, () => reports.scanWorkspace()),
    vscode.commands.registerCommand(COMMANDS.showReport, (folder?: unknown) => showReport(folder)),
    vscode.commands.registerCommand(COMMANDS.showDataInventory, (folder?: unknown, itemId?: unknown) =>
      showReport(folder, { section: 'inventory', ...(typeof itemId === 'string' ? { itemId } : {}) }),
    ),
    vscode.commands.registerCommand(COMMANDS.openChecklistItem, (itemId?: unknown) => openChecklistItem(itemId, () => showReport(undefined, { section: 'checklist' }))),
    // The palette passes nothing (the user is asked); the report page and the suite pass a format, a target or a folder.
    vscode.commands.registerCommand(COMMANDS.exportReport, (format?: unknown, target?: unknown, folder?: unknown) => exportReport(reports, extensionUri, format, target, folder)),
    // The code actions pass no options (the user is asked); callers may pass a reason and a date.
    vscode.commands.registerCommand(COMMANDS.suppressFinding, (uri: vscode.Uri, line: number, ruleId: string, options?: SuppressOptions) =>
      suppressFinding(uri, line, ruleId, options, (reason) => recordSuppression(results, reviews, uri, line, ruleId, reason)),
    ),
    vscode.commands.registerCommand(COMMANDS.renameToReducedField, (uri: vscode.Uri, position: vscode.Position, newName: string) =>
      renameToReducedField(uri, position, newName),
    ),
    vscode.commands.registerCommand(COMMANDS.addPrivacyAnnotation, (uri: vscode.Uri, line: number) => addPrivacyAnnotation(uri, line)),
  );
}

/**
 * Only while VS Code runs the integration suite (see TEST_COMMANDS): the suite cannot click in the
 * webview or read the status bar, so it posts what the page would post, and waits for the status
 * bar item to show a text (resolving with it, or rejecting with the last text at the deadline).
 */
export function registerTestCommands(panels: ReportPanels, statusBar: FindingsStatusBar): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(TEST_COMMANDS.postFromReportWebview, (message: unknown) => panels.receive(message)),
    vscode.commands.registerCommand(TEST_COMMANDS.waitForStatusBarText, (expected: string, deadlineMs?: number) => waitForText(statusBar, expected, deadlineMs ?? 30_000)),
  );
}

function waitForText(statusBar: FindingsStatusBar, expected: string, deadlineMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const settle = (): void => {
      if (statusBar.text === expected) {
        done();
        resolve(statusBar.text);
      }
    };
    const subscription = statusBar.onDidUpdate(settle);
    const timer = setTimeout(() => {
      done();
      reject(new Error(`the status bar showed "${statusBar.text}", not "${expected}", after ${deadlineMs} ms`));
    }, deadlineMs);
    const done = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    settle();
  });
}
