/**
 * What the browser tests share: headless Chromium (Debian's, which scripts/provision-code-server.sh
 * installs, as the VS Code suite uses), the report renderer as built, and the place artefacts go.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadReportAssets, type ReportAssets } from '../../../src/core/report/htmlReport';
import { findRepoRoot } from '../launchers/paths';

export const REPO_ROOT = findRepoRoot(__dirname);
/** Test artefacts (gitignored): the exported report and its screenshot. */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** As the VS Code suite's launcher: nothing phones home or waits on a first-run screen. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.PRIVACY_LENS_IT_CHROMIUM ?? DEFAULT_CHROMIUM;
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: run scripts/provision-code-server.sh (it installs Debian's chromium) or set PRIVACY_LENS_IT_CHROMIUM`);
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** media/report.js as `npm run build` made it, and media/report.css. */
export function builtReportAssets(): ReportAssets {
  return loadReportAssets(path.join(REPO_ROOT, 'media'));
}

/** Writes an artefact under test-results/ and returns its path. */
export function writeResult(name: string, content: string | Buffer): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name);
  fs.writeFileSync(file, content);
  return file;
}

/**
 * Collects what would otherwise pass unseen: uncaught errors, console errors (a CSP violation is
 * reported as one) and dialogs (an injected alert()).
 */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}
