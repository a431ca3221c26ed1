/**
 * The privacy-by-design quick fix: renames a field to the name of its less identifying form
 * (`dateOfBirth` -> `birthYear`) through the language's own rename support, so every use is
 * renamed with it and the user sees an ordinary, undoable rename. Changing what the field stores
 * is then the developer's decision; the new name states the intent.
 */
import * as vscode from 'vscode';

export async function renameToReducedField(uri: vscode.Uri, position: vscode.Position, newName: string): Promise<boolean> {
  let edit: vscode.WorkspaceEdit | undefined;
  try {
    edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', uri, position, newName);
  } catch (error) {
    edit = undefined;
    void vscode.window.showWarningMessage(`Cannot rename here: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  if (!edit || edit.size === 0) {
    void vscode.window.showWarningMessage(`This language has no rename support in this editor; rename the field to ${newName} by hand.`);
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}
