/**
 * Serves DPO checklist items as read-only Markdown documents under the
 * `privacy-lens-checklist:` scheme; a diagnostic's code links to its item there. Only the laws in
 * `privacyLens.regulations` are shown, and an open item follows that setting when it changes.
 */
import * as vscode from 'vscode';
import { checklistItem } from '../core/checklist/items';
import { renderChecklistItemMarkdown } from '../core/checklist/render';
import { CONFIG_SECTION, readConfig } from './configuration';

export const CHECKLIST_SCHEME = 'privacy-lens-checklist';

export function checklistItemUri(itemId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: CHECKLIST_SCHEME, path: `/${itemId}.md` });
}

export class ChecklistDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor() {
    vscode.workspace.onDidChangeConfiguration(this.didChangeConfiguration, undefined, this.disposables);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const itemId = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const item = checklistItem(itemId);
    // The checklist is the workspace's, not a file's: the window's setting decides.
    const { regulations } = readConfig(undefined).config;
    return item ? renderChecklistItemMarkdown(item, regulations) : `# Unknown checklist item\n\nPrivacy Lens has no checklist item \`${itemId}\`.\n`;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private readonly didChangeConfiguration = (event: vscode.ConfigurationChangeEvent): void => {
    if (!event.affectsConfiguration(`${CONFIG_SECTION}.regulations`)) {
      return;
    }
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === CHECKLIST_SCHEME) {
        this.changed.fire(document.uri);
      }
    }
  };
}
