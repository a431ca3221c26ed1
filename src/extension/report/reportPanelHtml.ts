/**
 * The report panel's page: only media/report.js and media/report.css, loaded through
 * asWebviewUri, under a Content-Security-Policy that allows nothing else: no inline style, no
 * inline script but the one carrying this load's nonce, no network. The report itself arrives
 * by postMessage and is rendered as text by the script.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';

export const MEDIA_FOLDER = 'media';
export const REPORT_SCRIPT = 'report.js';
export const REPORT_STYLE = 'report.css';

/** 128 random bits from the platform's CSPRNG, fresh for every page load. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Scripts on (the report is rendered by one), and nothing to load from outside media/. */
export function reportWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER)],
    // A DPO's half-typed note survives switching tabs.
    retainContextWhenHidden: true,
  };
}

export function reportPanelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce: string): string {
  const media = vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER);
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, REPORT_SCRIPT));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, REPORT_STYLE));
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource}`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Privacy report</title>
</head>
<body>
<main id="report" aria-live="polite">Loading the privacy report…</main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
