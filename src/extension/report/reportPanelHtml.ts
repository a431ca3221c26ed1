/**
 * The report panel's page and options with VS Code's URIs: what they allow is decided in
 * reportPage.ts, which the unit tests check.
 */
import * as vscode from 'vscode';
import { MEDIA_FOLDER, REPORT_SCRIPT, REPORT_STYLE, reportPageHtml, reportWebviewOptionsFor } from './reportPage';

export { makeNonce, MEDIA_FOLDER, REPORT_SCRIPT, REPORT_STYLE } from './reportPage';

export function reportWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return reportWebviewOptionsFor(vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER));
}

export function reportPanelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce: string): string {
  const media = vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER);
  return reportPageHtml({
    cspSource: webview.cspSource,
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, REPORT_SCRIPT)).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, REPORT_STYLE)).toString(),
    nonce,
  });
}
