/**
 * Export Report: asks for a format (unless given), then where to save it (unless given), and
 * writes that one file, nowhere else. Returns the file written, or undefined if the user
 * stepped back at any point.
 */
import * as vscode from 'vscode';
import { EXPORT_CHOICES, type ExportFormat, isExportFormat, renderExport } from '../export/reportFormats';
import { folderFromArgument, pickReportFolder } from '../report/reportFolder';
import type { WorkspaceReportService } from '../report/workspaceReportService';

export async function exportReport(
  service: WorkspaceReportService,
  extensionUri: vscode.Uri,
  formatArgument?: unknown,
  targetArgument?: unknown,
  folderArgument?: unknown,
): Promise<vscode.Uri | undefined> {
  const folder = folderFromArgument(folderArgument) ?? (await pickReportFolder());
  const format = isExportFormat(formatArgument) ? formatArgument : await pickFormat();
  if (!folder || !format) {
    return undefined;
  }
  const report = await service.report(folder);
  if (!report) {
    return undefined;
  }
  const target = targetArgument instanceof vscode.Uri ? targetArgument : await askWhere(folder, format);
  if (!target) {
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(await renderExport(format, report, extensionUri)));
  void offerToOpen(target);
  return target;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    EXPORT_CHOICES.map((c) => ({ label: c.label, detail: c.detail, format: c.format })),
    { title: 'Privacy Lens: Export Report', placeHolder: 'Choose a format' },
  );
  return picked?.format;
}

function askWhere(folder: vscode.WorkspaceFolder, format: ExportFormat): Thenable<vscode.Uri | undefined> {
  const info = EXPORT_CHOICES.find((c) => c.format === format) ?? { label: format, extension: format };
  return vscode.window.showSaveDialog({
    title: `Export the privacy report as ${info.label}`,
    defaultUri: vscode.Uri.joinPath(folder.uri, `privacy-report.${info.extension}`),
    filters: { [info.label]: [info.extension] },
    saveLabel: 'Export',
  });
}

async function offerToOpen(target: vscode.Uri): Promise<void> {
  const choice = await vscode.window.showInformationMessage(`Privacy report exported to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
  if (choice === 'Open') {
    await vscode.commands.executeCommand('vscode.open', target);
  }
}
