/**
 * A suppression is a decision about a finding: besides the comment in the code, it is recorded in
 * the review file under the finding's fingerprint (status acceptable, the date, the reason), so
 * the DPO sees it with the other decisions. The comment is what silences the finding; if the
 * review file cannot be written, the suppression stands and the user is told why.
 */
import * as vscode from 'vscode';
import type { ReviewStates } from '../report/reviewStates';
import type { ScanResultStore } from '../scanResults';

export async function recordSuppression(results: ScanResultStore, reviews: ReviewStates, uri: vscode.Uri, line: number, ruleId: string, reason: string): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  // Where the finding was before the comment went in above it: its fingerprint does not depend on the line number.
  const finding = results.get(uri)?.findings.find((f) => f.ruleId === ruleId && f.range.start.line === line);
  if (!folder || folder.uri.scheme !== 'file' || !finding) {
    return false;
  }
  const file = vscode.workspace.asRelativePath(uri, false);
  const date = new Date().toISOString().slice(0, 10);
  try {
    // Through the extension's review state, so the status bar and report see it at once.
    await reviews.update(folder, { kind: 'finding', fingerprint: finding.fingerprint, entry: { status: 'acceptable', ruleId, file, date, suppressionReason: reason } });
    return true;
  } catch (error) {
    void vscode.window.showWarningMessage(`Privacy Lens: the suppression is in the code, but .privacy-lens/review.json was not updated: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
