/**
 * The report as one self-contained HTML file for the DPO: the renderer (media/report.js) and its
 * style sheet inlined, the report as a JSON data block the renderer reads, and a
 * Content-Security-Policy that allows exactly that script and that style (by SHA-256) and nothing
 * else: no network, no other script, no inline handler. The report's data never becomes HTML:
 * it sits in the JSON block with `<` escaped, and the renderer puts it on the page as text.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PrivacyReport } from './reportModel';

/** The renderer's script and style sheet, as the files media/report.js and media/report.css hold them. */
export interface ReportAssets {
  readonly script: string;
  readonly style: string;
}

/** The id the renderer looks for (src/webview/report/main.ts). */
export const REPORT_DATA_ID = 'report-data';

export function renderHtmlReport(report: PrivacyReport, assets: ReportAssets): string {
  assertInlinable(assets.script, 'script', 'the report script');
  assertInlinable(assets.style, 'style', 'the report style sheet');
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(assets.script)}'`,
    `style-src '${sha256(assets.style)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // The title is set by the renderer from the data, so the markup holds no data outside the JSON block.
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Privacy Lens">',
    '<title>Privacy report</title>',
    `<style>${assets.style}</style>`,
    '</head>',
    '<body>',
    '<main id="report"><noscript>This report is drawn by a script in the file: open it in a browser with JavaScript on.</noscript></main>',
    `<script type="application/json" id="${REPORT_DATA_ID}">${jsonForScriptElement(report)}</script>`,
    `<script>${assets.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * JSON that can sit inside a <script> element: `<`, `>` and `&` become \u escapes, so no
 * `</script>` or `<!--` in the data can end or change the element, and U+2028/U+2029 are escaped
 * for older script parsers. JSON.parse reads it back unchanged.
 */
export function jsonForScriptElement(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) {
    throw new Error('the HTML report: the report cannot be written as JSON');
  }
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Reads media/report.js and media/report.css from the extension's or the package's media folder.
 * report.js is built (npm run build); a checkout that has not built it gets a message saying so.
 */
export function loadReportAssets(mediaDir: string): ReportAssets {
  return {
    script: readAsset(path.join(mediaDir, 'report.js'), 'the report script is built by `npm run build`'),
    style: readAsset(path.join(mediaDir, 'report.css'), 'the report style sheet ships in media/'),
  };
}

function readAsset(file: string, hint: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the HTML report: cannot read ${file} (${hint}): ${reason}`);
  }
}

/** The CSP source for an inline element's exact text. */
function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * An asset that would end its own element early (or, in a script, open an HTML comment, which
 * changes how the parser finds the end) cannot be inlined safely. It is our own code, so this
 * is a build bug, reported as one.
 */
function assertInlinable(text: string, element: 'script' | 'style', what: string): void {
  const breaker = new RegExp(`</${element}|<!--`, 'i').exec(text);
  if (breaker) {
    throw new Error(`the HTML report: ${what} contains "${breaker[0]}", which would break its inline <${element}> element`);
  }
}
