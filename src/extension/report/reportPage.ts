/**
 * The report panel's page and webview options, without the vscode module so that unit tests can
 * check them: only media/report.js and media/report.css, under a Content-Security-Policy that
 * allows nothing else: no inline style, no script but the one carrying this load's nonce, no
 * network, no <base>, no form submission, no command: links. The report itself arrives by
 * postMessage and is rendered as text by the script.
 */
import { randomBytes } from 'crypto';

export const MEDIA_FOLDER = 'media';
export const REPORT_SCRIPT = 'report.js';
export const REPORT_STYLE = 'report.css';

/** Where the page's two files are, as the webview can load them (asWebviewUri), and the webview's CSP source. */
export interface ReportPageSources {
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly nonce: string;
}

/** 128 random bits from the platform's CSPRNG, fresh for every page load. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

export function reportPageCsp(cspSource: string, nonce: string): string {
  return [
    `default-src 'none'`,
    `img-src ${cspSource}`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ');
}

/**
 * Scripts on (the report is rendered by one), command: links off, and nothing to load from
 * outside `mediaRoot`. Generic over the URI type so that the vscode-free tests can call it.
 */
export function reportWebviewOptionsFor<U>(mediaRoot: U): {
  readonly enableScripts: true;
  readonly enableCommandUris: false;
  readonly localResourceRoots: readonly U[];
  readonly retainContextWhenHidden: true;
} {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [mediaRoot],
    // A DPO's half-typed note survives switching tabs.
    retainContextWhenHidden: true,
  };
}

/** The sources are ours (asWebviewUri and a base64 nonce), never report data, which only ever arrives by message. */
export function reportPageHtml({ cspSource, scriptUri, styleUri, nonce }: ReportPageSources): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${reportPageCsp(cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${styleUri}">
<title>Privacy report</title>
</head>
<body>
<main id="report" aria-live="polite">Loading the privacy report…</main>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}
