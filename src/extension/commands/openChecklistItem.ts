/**
 * Opens a DPO checklist item rendered as Markdown (the built-in Markdown preview), or as the
 * read-only Markdown source where the preview is not available; without an id, asks which.
 */
import * as vscode from 'vscode';
import { CHECKLIST, checklistItem } from '../../core/checklist/items';
import { checklistItemUri } from '../checklistDocuments';

export async function openChecklistItem(itemId?: string): Promise<void> {
  const id = itemId && checklistItem(itemId) ? itemId : await pickItem();
  if (!id) {
    return;
  }
  const uri = checklistItemUri(id);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // The built-in Markdown extension can be disabled; the source is still readable.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
}

async function pickItem(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    CHECKLIST.map((item) => ({ label: item.title, detail: item.question, id: item.id })),
    { title: 'Privacy Lens: DPO checklist', placeHolder: 'Choose a checklist item to read', matchOnDetail: true },
  );
  return picked?.id;
}
