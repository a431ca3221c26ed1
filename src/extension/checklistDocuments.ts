/**
 * Serves DPO checklist items as read-only Markdown documents under the
 * `privacy-lens-checklist:` scheme; a diagnostic's code links to its item there.
 */
import * as vscode from 'vscode';
import { checklistItem } from '../core/checklist/items';
import { renderChecklistItemMarkdown } from '../core/checklist/render';

export const CHECKLIST_SCHEME = 'privacy-lens-checklist';

export function checklistItemUri(itemId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: CHECKLIST_SCHEME, path: `/${itemId}.md` });
}

export class ChecklistDocumentProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const itemId = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const item = checklistItem(itemId);
    return item ? renderChecklistItemMarkdown(item) : `# Unknown checklist item\n\nPrivacy Lens has no checklist item \`${itemId}\`.\n`;
  }
}
