/**
 * The browser side of the codeServer.ts launcher: headless Chromium (driven by playwright-core)
 * opens the workbench that code-server serves, with a payload that makes the extension host load
 * the extension under development and run the suite; the page hands the suite's log lines and
 * exit code back through the automation hooks below.
 */
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { envConfinedToScratchDir } from './codeServerProcess';
import type { LaunchPaths } from './paths';
import { handleWebviewRequest } from './webviewDriver';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags from the reference recipe: nothing in the browser phones home or waits on a first-run UI. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchHeadlessChromium(scratchDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(path.join(scratchDir, 'chromium-profile'), {
    executablePath: process.env.PRIVACY_LENS_IT_CHROMIUM ?? DEFAULT_CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: envConfinedToScratchDir(scratchDir),
    // Playwright's own temp folder would outlive a browser that crashed; this one goes with the scratch dir.
    artifactsDir: path.join(scratchDir, 'playwright-artifacts'),
    // Playwright's signal handlers exit the process at once, before codeServer.ts's shutDown() stops
    // code-server (whose extension host would then linger as an orphan); its finishOnSignals()
    // handles them instead.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** Reports, as a one-line summary, the page crashing or closing; the caller decides what that means. */
export function onWorkbenchPageFailure(page: Page, report: (summary: string) => void): void {
  page.once('crash', () => report('the workbench page crashed'));
  page.once('close', () => report('the workbench page closed before the suite finished'));
  page.on('pageerror', (error) => process.stderr.write(`[workbench] uncaught error: ${error.message}\n`));
}

/**
 * The hooks VS Code's own browser integration tests use: the workbench calls codeAutomationLog
 * with each log line (the extension host's console output, hence mocha's reporter, arrives this
 * way) and codeAutomationExit with the suite's exit code once run() has settled.
 */
export async function exposeAutomationHooks(page: Page, onSuiteExit: (code: unknown) => void): Promise<void> {
  await page.exposeFunction('codeAutomationLog', (level: unknown, args: unknown) => {
    // A request to act in a webview travels as a log line (webviewDriver.ts); everything else is printed.
    const parts: unknown[] = Array.isArray(args) ? args : [args];
    if (!(typeof parts[0] === 'string' && handleWebviewRequest(page, parts[0]))) {
      printAutomationLog(level, args);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code: unknown) => onSuiteExit(code));
}

/**
 * args are the console.log arguments as the extension host received them, format string first
 * (mocha's spec reporter logs `'%s%s', indent, title`), so they need console.log's formatting.
 * Warnings and errors go to stderr, as they would from a desktop VS Code's extension host.
 */
function printAutomationLog(level: unknown, args: unknown): void {
  const parts: unknown[] = Array.isArray(args) ? args : [args];
  const text = format(...parts);
  const stream = level === 'error' || level === 'warn' ? process.stderr : process.stdout;
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Folder and payload paths are server paths, addressed as vscode-remote URIs whose authority must
 * be exactly the host:port the page was loaded from, or the workbench treats them as another remote.
 */
export function workbenchUrl(port: number, paths: LaunchPaths): string {
  const authority = `127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', remoteUri(authority, paths.extensionDevelopmentPath)],
    ['extensionTestsPath', remoteUri(authority, paths.extensionTestsPath)],
    ['skipWelcome', 'true'],
  ];
  const query = new URLSearchParams({ folder: paths.workspacePath, payload: JSON.stringify(payload) });
  return `http://${authority}/?${query.toString()}`;
}

/** Segments are percent-encoded so a path with spaces or '#' survives VS Code's URI.parse. */
function remoteUri(authority: string, absolutePath: string): string {
  const encodedPath = absolutePath.split('/').map(encodeURIComponent).join('/');
  return `vscode-remote://${authority}${encodedPath}`;
}

export async function closeBrowserIfOpen(browser: BrowserContext | undefined): Promise<void> {
  try {
    await browser?.close();
  } catch {
    // It died on its own (the outcome already says so); Playwright kills what is left at exit.
  }
}
