/**
 * Open DPO Checklist. With an item id (a diagnostic's code link, a quick fix, the report, a
 * hover) it opens that item rendered as Markdown (the built-in preview, or the read-only source
 * where the preview is not available); without one, the report at its checklist, where each
 * item's status, reviewer and note are recorded.
 */
import * as vscode from 'vscode';
import { checklistItem } from '../../core/checklist/items';
import { checklistItemUri } from '../checklistDocuments';

export async function openChecklistItem(itemId: unknown, showChecklist: () => Promise<unknown>): Promise<unknown> {
  if (typeof itemId !== 'string' || !checklistItem(itemId)) {
    return showChecklist();
  }
  const uri = checklistItemUri(itemId);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // The built-in Markdown extension can be disabled; the source is still readable.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
  return uri;
}
