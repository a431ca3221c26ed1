/**
 * Inserts `privacy-lens-disable-next-line <rule> [until YYYY-MM-DD] -- <reason>` above a line, in
 * the document's comment syntax and indentation. Without a `reason` argument the user is asked
 * for one; with `askUntil`, also for the last day the suppression holds. Cancelling changes
 * nothing. Formats without comments (JSON) cannot be suppressed in place.
 */
import * as vscode from 'vscode';
import { languageById } from '../../core/languages/languageRegistry';
import { suppressionComment } from '../../core/suppressions';

export interface SuppressOptions {
  /** Given by callers that know it (tests, other extensions); otherwise asked for. */
  readonly reason?: string;
  /** YYYY-MM-DD; `ask` to ask the user. */
  readonly until?: string;
}

/**
 * Resolves true once the comment is in the document; `onSuppressed` then records the decision
 * elsewhere (the review file) with the reason given.
 */
export async function suppressFinding(
  uri: vscode.Uri,
  line: number,
  ruleId: string,
  options: SuppressOptions = {},
  onSuppressed?: (reason: string) => Promise<unknown>,
): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const language = languageById(document.languageId);
  if (!language?.lineComment || line < 0 || line >= document.lineCount) {
    return false;
  }
  const reason = options.reason ?? (await askForReason(ruleId));
  const until = options.until === 'ask' ? await askForDate(ruleId) : options.until;
  if (!reason || (options.until !== undefined && !until)) {
    return false;
  }
  const target = document.lineAt(line);
  const indentation = target.text.slice(0, target.firstNonWhitespaceCharacterIndex);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(line, 0), `${indentation}${suppressionComment(language.lineComment, ruleId, reason.trim(), until)}\n`);
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) {
    await onSuppressed?.(reason.trim());
  }
  return applied;
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

function askForDate(ruleId: string): Thenable<string | undefined> {
  const today = new Date().toISOString().slice(0, 10);
  return vscode.window.showInputBox({
    title: `Suppress ${ruleId} until a date`,
    prompt: 'Last day the suppression holds (YYYY-MM-DD); after it the finding is reported again.',
    placeHolder: 'e.g. the end of the quarter the fix is planned for',
    ignoreFocusOut: true,
    validateInput: (value) => (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)) ? 'A date as YYYY-MM-DD.' : value < today ? 'A date from today on.' : undefined),
  });
}
