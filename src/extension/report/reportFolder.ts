/**
 * Which workspace folder a report is about: the only one, the one holding the active editor's
 * file, or the one the user picks. Reports read files on disk, so only `file:` folders count.
 */
import * as vscode from 'vscode';

export function localFolders(): vscode.WorkspaceFolder[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
}

export async function pickReportFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = localFolders();
  if (folders.length <= 1) {
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('Open a folder to see its privacy report.');
    }
    return folders[0];
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const activeFolder = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
  if (activeFolder && folders.some((f) => f.uri.toString() === activeFolder.uri.toString())) {
    return activeFolder;
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder’s privacy report?' });
}

/** A folder given as a command argument (a URI or its string form), if it is one of ours. */
export function folderFromArgument(argument: unknown): vscode.WorkspaceFolder | undefined {
  const uri = argument instanceof vscode.Uri ? argument : typeof argument === 'string' ? vscode.Uri.parse(argument) : undefined;
  return uri ? localFolders().find((f) => f.uri.toString() === uri.toString()) : undefined;
}
