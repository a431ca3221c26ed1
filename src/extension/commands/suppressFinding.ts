/**
 * Inserts `privacy-lens-disable-next-line <rule> -- <reason>` above a line, in the document's
 * comment syntax and indentation. Without a `reason` argument the user is asked for one;
 * cancelling changes nothing. Formats without comments (JSON) cannot be suppressed in place.
 */
import * as vscode from 'vscode';
import { languageById } from '../../core/languages/languageRegistry';
import { suppressionComment } from '../../core/suppressions';

export async function suppressFinding(uri: vscode.Uri, line: number, ruleId: string, reason?: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const language = languageById(document.languageId);
  if (!language?.lineComment || line < 0 || line >= document.lineCount) {
    return false;
  }
  const given = reason ?? (await askForReason(ruleId));
  if (!given) {
    return false;
  }
  const target = document.lineAt(line);
  const indentation = target.text.slice(0, target.firstNonWhitespaceCharacterIndex);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(line, 0), `${indentation}${suppressionComment(language.lineComment, ruleId, given.trim())}\n`);
  return vscode.workspace.applyEdit(edit);
}

function askForReason(ruleId: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: `Suppress ${ruleId} on this line`,
    prompt: 'Why is this finding acceptable? The reason is kept in the code and in reports.',
    placeHolder: 'e.g. value is masked before it reaches this logger',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'A reason is required.' : undefined),
  });
}
