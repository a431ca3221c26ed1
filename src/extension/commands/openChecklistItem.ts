/** Opens a DPO checklist item as a read-only Markdown document; without an id, asks which. */
import * as vscode from 'vscode';
import { CHECKLIST, checklistItem } from '../../core/checklist/items';
import { checklistItemUri } from '../checklistDocuments';

export async function openChecklistItem(itemId?: string): Promise<vscode.TextEditor | undefined> {
  const id = itemId && checklistItem(itemId) ? itemId : await pickItem();
  if (!id) {
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(checklistItemUri(id));
  return vscode.window.showTextDocument(document, { preview: true });
}

async function pickItem(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    CHECKLIST.map((item) => ({ label: item.title, detail: item.question, id: item.id })),
    { title: 'Privacy Lens: DPO checklist', matchOnDetail: true },
  );
  return picked?.id;
}
