/**
 * What the report page asks the extension to do. The page never touches files: a review
 * decision is written here, through the engine's review store, and the page is told whether it
 * was saved; a location it names must lie inside the report's folder.
 */
import * as vscode from 'vscode';
import type { ReviewChange } from '../../core/review/model';
import type { FromWebview, ToWebview } from '../../core/report/webviewMessages';
import { COMMANDS } from '../commandIds';
import { fileInsideFolder, relativeSegments } from './workspaceLocation';
import type { WorkspaceReportService } from './workspaceReportService';

export interface PanelContext {
  readonly folder: vscode.WorkspaceFolder;
  readonly service: WorkspaceReportService;
  /** Where the panel is: sources open in another column, so the report stays in view. */
  readonly panelColumn: vscode.ViewColumn | undefined;
  post(message: ToWebview): Thenable<boolean>;
  /** Rebuilds the report and sends it to the page. */
  refresh(): Promise<boolean>;
}

/** Acts on one message; returns the reply sent to the page, if there is one. */
export async function handleWebviewMessage(message: Exclude<FromWebview, { type: 'ready' }>, context: PanelContext): Promise<ToWebview | undefined> {
  switch (message.type) {
    case 'setReview':
      return saveReview(message.change, context);
    case 'openLocation':
      await openLocation(context, message.file, new vscode.Position(message.line, message.column));
      return undefined;
    case 'openChecklistItem':
      await vscode.commands.executeCommand(COMMANDS.openChecklistItem, message.itemId);
      return undefined;
    case 'export':
      await vscode.commands.executeCommand(COMMANDS.exportReport, message.format, undefined, context.folder.uri);
      return undefined;
    case 'rescan':
      await context.service.scanWorkspace();
      return undefined;
  }
}

async function saveReview(change: ReviewChange, context: PanelContext): Promise<ToWebview> {
  let reply: ToWebview;
  try {
    await context.service.updateReview(context.folder, change);
    reply = { type: 'reviewSaved', ok: true };
  } catch (error) {
    reply = { type: 'reviewSaved', ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  await context.post(reply);
  if (reply.ok) {
    await context.refresh();
  }
  return reply;
}

/**
 * Opens `file` (relative to the folder) at a 0-based position. Anything that would leave the
 * folder is refused with a warning: a URI, an absolute path, a `..`, or a symbolic link out of it.
 */
async function openLocation({ folder, panelColumn }: PanelContext, file: string, position: vscode.Position): Promise<void> {
  const target = await locationInside(folder, file);
  if ('refused' in target) {
    void vscode.window.showWarningMessage(`Privacy Lens: the report named a location outside ${folder.name}, not opened: ${JSON.stringify(file)} is ${target.refused}.`);
    return;
  }
  const selection = new vscode.Range(position, position);
  const viewColumn = panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
  await vscode.window.showTextDocument(target.uri, { selection, preview: true, viewColumn });
}

/** On disk, links are resolved; a virtual folder (no file: scheme) has no links, so the path check is all there is. */
async function locationInside(folder: vscode.WorkspaceFolder, file: string): Promise<{ readonly uri: vscode.Uri } | { readonly refused: string }> {
  if (folder.uri.scheme === 'file') {
    // The path as the report names it, once checked: a folder opened through a link (/tmp on
    // macOS) keeps the URIs its diagnostics are keyed by.
    const resolved = await fileInsideFolder(folder.uri.fsPath, file);
    return 'refused' in resolved ? resolved : { uri: vscode.Uri.joinPath(folder.uri, ...resolved.segments) };
  }
  const relative = relativeSegments(file);
  return 'refused' in relative ? relative : { uri: vscode.Uri.joinPath(folder.uri, ...relative.segments) };
}
