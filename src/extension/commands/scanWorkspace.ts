/**
 * Scans every included file of every workspace folder, with a cancellable progress
 * notification that counts files, and shows the findings in the Problems panel.
 */
import * as vscode from 'vscode';
import { scanWorkspace as scanFolder, type WorkspaceScanResult } from '../../core/scan/workspaceScan';
import type { Scanner } from '../../core/scan/scanner';
import { readConfig } from '../configuration';
import type { DiagnosticsController } from '../diagnosticsController';

export interface WorkspaceScanSummary {
  readonly findings: number;
  readonly filesScanned: number;
  readonly filesSkipped: number;
  readonly cancelled: boolean;
}

export async function scanWorkspace(scanner: Scanner, diagnostics: DiagnosticsController, log: vscode.LogOutputChannel): Promise<WorkspaceScanSummary> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Privacy Lens: open a folder to scan a workspace.');
    return { findings: 0, filesScanned: 0, filesSkipped: 0, cancelled: false };
  }
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Privacy Lens: scanning', cancellable: true },
    async (progress, token) => {
      const totals = { findings: 0, filesScanned: 0, filesSkipped: 0, cancelled: false };
      for (const folder of folders) {
        const result = await scanOneFolder(folder, scanner, progress, token);
        diagnostics.publishWorkspaceFindings(folder, result.findings);
        logSkipped(folder, result, log);
        totals.findings += result.findings.length;
        totals.filesScanned += result.filesScanned;
        totals.filesSkipped += result.skipped.length;
      }
      return { ...totals, cancelled: token.isCancellationRequested };
    },
  );
  const skipped = summary.filesSkipped > 0 ? `, ${summary.filesSkipped} skipped (see the Privacy Lens output)` : '';
  const status = summary.cancelled ? 'Scan cancelled' : 'Scan complete';
  void vscode.window.showInformationMessage(`Privacy Lens: ${status}: ${summary.findings} finding(s) in ${summary.filesScanned} file(s)${skipped}.`);
  return summary;
}

function scanOneFolder(
  folder: vscode.WorkspaceFolder,
  scanner: Scanner,
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
      progress.report({ message: `${folder.name}: ${done} of ${total} files`, increment });
    },
  });
}

function logSkipped(folder: vscode.WorkspaceFolder, result: WorkspaceScanResult, log: vscode.LogOutputChannel): void {
  for (const skipped of result.skipped) {
    log.warn(`skipped ${folder.name}/${skipped.file}: ${skipped.reason} (${skipped.detail})`);
  }
  for (const error of result.ruleErrors) {
    log.error(`rule ${error.ruleId} failed on ${folder.name}/${error.file}: ${error.message}`);
  }
}
