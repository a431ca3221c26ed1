/**
 * Scans every included file of every workspace folder, with a cancellable progress
 * notification that counts files, and shows the findings in the Problems panel. Each folder's
 * result goes to `onFolderScanned` too (the report is built from it).
 */
import * as vscode from 'vscode';
import type { TextScanner } from '../../core/scan/scanner';
import { scanWorkspace as scanFolder, type WorkspaceScanResult } from '../../core/scan/workspaceScan';
import { readConfig } from '../configuration';
import type { DiagnosticsController } from '../diagnosticsController';

export interface WorkspaceScanSummary {
  readonly findings: number;
  readonly suppressed: number;
  readonly filesScanned: number;
  readonly filesSkipped: number;
  readonly cancelled: boolean;
}

const SHOW_PROBLEMS = 'Show Problems';

/** A folder's result; `complete` is false when the scan was cancelled before every file was read. */
export type FolderScanned = (folder: vscode.WorkspaceFolder, result: WorkspaceScanResult, complete: boolean) => void;

export async function scanWorkspace(scanner: TextScanner, diagnostics: DiagnosticsController, log: vscode.LogOutputChannel, onFolderScanned: FolderScanned): Promise<WorkspaceScanSummary> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Open a folder to scan a workspace.');
    return { findings: 0, suppressed: 0, filesScanned: 0, filesSkipped: 0, cancelled: false };
  }
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Privacy Lens', cancellable: true },
    async (progress, token) => {
      const totals = { findings: 0, suppressed: 0, filesScanned: 0, filesSkipped: 0, cancelled: false };
      for (const folder of folders) {
        const result = await scanOneFolder(folder, scanner, progress, token);
        diagnostics.publishWorkspaceFindings(folder, result.findings);
        onFolderScanned(folder, result, !token.isCancellationRequested);
        logResult(folder, result, log);
        totals.findings += result.findings.length;
        totals.suppressed += result.suppressed.length;
        totals.filesScanned += result.filesScanned;
        totals.filesSkipped += result.skipped.length;
      }
      return { ...totals, cancelled: token.isCancellationRequested };
    },
  );
  void reportSummary(summary);
  return summary;
}

async function reportSummary(summary: WorkspaceScanSummary): Promise<void> {
  const parts = [`${count(summary.findings, 'finding')} in ${count(summary.filesScanned, 'file')}`];
  if (summary.suppressed > 0) {
    parts.push(`${summary.suppressed} suppressed`);
  }
  if (summary.filesSkipped > 0) {
    parts.push(`${count(summary.filesSkipped, 'file')} skipped (see the Privacy Lens output)`);
  }
  const status = summary.cancelled ? 'Scan cancelled' : 'Scan complete';
  const choice = await vscode.window.showInformationMessage(`${status}: ${parts.join(', ')}.`, SHOW_PROBLEMS);
  if (choice === SHOW_PROBLEMS) {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }
}

/** "1 finding", "3 findings". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function scanOneFolder(
  folder: vscode.WorkspaceFolder,
  scanner: TextScanner,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceScanResult> {
  let reported = 0;
  return scanFolder(folder.uri.fsPath, [folder.uri.fsPath], {
    scanner,
    config: readConfig(folder.uri).config,
    isCancelled: () => token.isCancellationRequested,
    onProgress: (done, total) => {
      const increment = ((done - reported) / Math.max(total, 1)) * 100;
      reported = done;
      progress.report({ message: `Scanning ${folder.name}: ${done} of ${total} files`, increment });
    },
  });
}

function logResult(folder: vscode.WorkspaceFolder, result: WorkspaceScanResult, log: vscode.LogOutputChannel): void {
  log.info(`workspace scan of ${folder.name}: ${result.findings.length} findings in ${result.filesScanned} files, ${result.suppressed.length} suppressed, ${result.skipped.length} skipped`);
  for (const skipped of result.skipped) {
    log.warn(`skipped ${folder.name}/${skipped.file}: ${skipped.reason} (${skipped.detail})`);
  }
  for (const error of result.ruleErrors) {
    log.error(`rule ${error.ruleId} failed on ${folder.name}/${error.file}: ${error.message}`);
  }
}
