/**
 * Shared by the DPO-side suites: the fixture folder, the test-only commands (see TEST_COMMANDS in
 * src/extension/commandIds.ts for why they exist) and the report panel's tab.
 */
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ReviewState } from '../../../src/core/review/model';
import type { FromWebview, ToWebview } from '../../../src/core/report/webviewMessages';
import { REVIEW_FILE } from '../../../src/core/review/model';
import { TEST_COMMANDS } from '../../../src/extension/commandIds';
import { askUntil, waitForEvent } from './waitFor';

export { askUntil };
import type { ReportDelivery } from '../../../src/extension/report/reportPanel';

export type { ReportDelivery };

export function fixtureFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('the fixture workspace is not open');
  }
  return folder;
}

/** Hands the open report panel a message exactly as its page posts it; resolves with the panel's reply. */
export function postFromReportPage(message: FromWebview): Thenable<ToWebview | undefined> {
  return vscode.commands.executeCommand<ToWebview | undefined>(TEST_COMMANDS.postFromReportWebview, message);
}

/** Resolves once the status bar item shows exactly `expected`. */
export function waitForStatusBar(expected: string): Thenable<string> {
  return vscode.commands.executeCommand<string>(TEST_COMMANDS.waitForStatusBarText, expected);
}

export function reviewFileOnDisk(): ReviewState {
  return JSON.parse(fs.readFileSync(vscode.Uri.joinPath(fixtureFolder().uri, REVIEW_FILE).fsPath, 'utf8')) as ReviewState;
}

/** The review file once it is written with a state that satisfies `accept`, watching the file for changes. */
export function waitForReviewFile(accept: (state: ReviewState) => boolean, what: string): Promise<ReviewState> {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(fixtureFolder(), REVIEW_FILE));
  const written = new vscode.EventEmitter<void>();
  watcher.onDidCreate(() => written.fire());
  watcher.onDidChange(() => written.fire());
  const readIfAccepted = (): ReviewState | undefined => {
    try {
      const state = reviewFileOnDisk();
      return accept(state) ? state : undefined;
    } catch {
      return undefined; // not there yet, or caught between writes
    }
  };
  return waitForEvent(written.event, readIfAccepted, `the review file with ${what}`).finally(() => {
    watcher.dispose();
    written.dispose();
  });
}

/** Every Privacy Lens diagnostic in the workspace: what the Problems panel shows. */
export function ourDiagnosticCount(): number {
  return vscode.languages.getDiagnostics().reduce((n, [, diagnostics]) => n + diagnostics.filter((d) => d.source === 'Privacy Lens').length, 0);
}

export function reportTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('privacyLens.report'));
}
