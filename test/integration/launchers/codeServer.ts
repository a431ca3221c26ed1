/**
 * Runs the integration suite inside a real VS Code with no internet: code-server 4.99.4 (VS Code
 * 1.99.3 as a server; scripts/provision-code-server.sh installs it into .cache/) serves the
 * workbench on loopback, headless Chromium opens it with a `payload` that tells the extension host
 * to load the extension under development and run the suite's `run()`, and the exit code the
 * suite reports becomes this process's exit code. It is the same `run()` that electron.ts hands to
 * @vscode/test-electron, so one suite serves both launchers.
 *
 * Usage (after compiling with tsc):
 *   node out/test/integration/launchers/codeServer.js \
 *     [--extension-development-path <dir>] [--extension-tests-path <dir>] [--workspace <dir>]
 * (defaults and meaning in paths.ts: repository root, out/test/integration/suite,
 * test/fixtures/workspace)
 *
 * Environment:
 *   PRIVACY_LENS_IT_TIMEOUT_MS  limit for the whole run, default 600000 (10 minutes)
 *   PRIVACY_LENS_IT_CHROMIUM    browser executable, default /usr/bin/chromium
 *
 * Exit codes: the suite's own (0 passed, non-zero failed); 1 code-server or the browser failed;
 * 2 code-server is not provisioned or an input is missing; 124 timeout; 129/130/143 on SIGHUP/SIGINT/SIGTERM.
 */
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import {
  copyWorkspaceIntoScratchDir,
  findFreeLoopbackPort,
  locateCodeServer,
  onCodeServerStopped,
  startCodeServer,
  stopCodeServer,
  waitUntilCodeServerAnswers,
  writeDesktopLikeUserSettings,
  type CodeServerInstall,
} from './codeServerProcess';
import {
  assertLaunchPathsExist,
  errorMessage,
  LaunchSetupError,
  resolveLaunchPaths,
  SETUP_ERROR_EXIT_CODE,
  type LaunchPaths,
} from './paths';
import {
  closeBrowserIfOpen,
  exposeAutomationHooks,
  launchHeadlessChromium,
  onWorkbenchPageFailure,
  workbenchUrl,
} from './workbenchPage';

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

const EXIT_INFRASTRUCTURE_FAILURE = 1;
const EXIT_TIMEOUT = 124;
const EXIT_SIGNAL: Readonly<Record<string, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

interface Outcome {
  readonly exitCode: number;
  readonly summary: string;
}

/** What has been started so far; shutDown() stops whatever is there, whichever way the run ended. */
interface RunResources {
  readonly scratchDir: string;
  server?: ChildProcess;
  browser?: BrowserContext;
}

/**
 * The first of the suite's exit, a crash, a timeout or a signal decides the outcome; later reports
 * (e.g. the page closing while we shut it down) are ignored.
 */
interface FinishLine {
  readonly outcome: Promise<Outcome>;
  finish(outcome: Outcome): void;
  readonly isFinished: () => boolean;
}

async function main(): Promise<number> {
  const paths = resolveLaunchPaths();
  const install = locateCodeServer(paths.repoRoot);
  assertLaunchPathsExist(paths);
  const timeoutMs = readTimeoutMs();
  console.log(
    `Privacy Lens integration tests: VS Code ${install.vscodeVersion} via code-server ` +
      `${install.codeServerVersion} (Node ${process.version})`,
  );

  const finishLine = createFinishLine();
  const timer = setTimeout(
    () => finishLine.finish({ exitCode: EXIT_TIMEOUT, summary: `timed out after ${timeoutMs} ms` }),
    timeoutMs,
  );
  const stopListeningForSignals = finishOnSignals(finishLine);
  const resources: RunResources = {
    scratchDir: fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-it-')),
  };
  try {
    startSuite(resources, install, paths, finishLine).then(
      () => undefined,
      (error: unknown) =>
        finishLine.finish({ exitCode: EXIT_INFRASTRUCTURE_FAILURE, summary: errorMessage(error) }),
    );
    const outcome = await finishLine.outcome;
    console.log(`Privacy Lens integration tests: ${outcome.summary} (exit code ${outcome.exitCode})`);
    return outcome.exitCode;
  } finally {
    clearTimeout(timer);
    await shutDown(resources);
    stopListeningForSignals();
  }
}

function readTimeoutMs(): number {
  const raw = process.env.PRIVACY_LENS_IT_TIMEOUT_MS;
  if (raw === undefined || raw === '') {
    return DEFAULT_TIMEOUT_MS;
  }
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new LaunchSetupError(`PRIVACY_LENS_IT_TIMEOUT_MS must be a positive integer of milliseconds, got "${raw}"`);
  }
  return parsed;
}

function createFinishLine(): FinishLine {
  let finished = false;
  let resolveOutcome: (outcome: Outcome) => void = () => undefined;
  const outcome = new Promise<Outcome>((resolve) => {
    resolveOutcome = resolve;
  });
  return {
    outcome,
    finish(result: Outcome): void {
      if (!finished) {
        finished = true;
        resolveOutcome(result);
      }
    },
    isFinished: () => finished,
  };
}

/** Ctrl-C or a CI cancel still goes through shutDown(), so no code-server or Chromium is left behind. */
function finishOnSignals(finishLine: FinishLine): () => void {
  const handlers = Object.entries(EXIT_SIGNAL).map(([signal, exitCode]) => {
    const handler = (): void => finishLine.finish({ exitCode, summary: `interrupted by ${signal}` });
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((remove) => remove());
}

/** Starts everything and returns once the workbench is loading; the outcome arrives on finishLine. */
async function startSuite(
  resources: RunResources,
  install: CodeServerInstall,
  paths: LaunchPaths,
  finishLine: FinishLine,
): Promise<void> {
  const reportFailure = (summary: string): void =>
    finishLine.finish({ exitCode: EXIT_INFRASTRUCTURE_FAILURE, summary });
  const port = await findFreeLoopbackPort();
  const runPaths: LaunchPaths = {
    ...paths,
    workspacePath: copyWorkspaceIntoScratchDir(paths.workspacePath, resources.scratchDir),
  };
  writeDesktopLikeUserSettings(resources.scratchDir);
  const server = startCodeServer(install, port, runPaths.workspacePath, resources.scratchDir);
  resources.server = server;
  onCodeServerStopped(server, reportFailure);
  await waitUntilCodeServerAnswers(port, server);
  if (finishLine.isFinished()) {
    return;
  }
  const browser = await launchHeadlessChromium(resources.scratchDir);
  if (finishLine.isFinished()) {
    // Timed out or interrupted while Chromium started: shutDown() has not seen this browser.
    await browser.close();
    return;
  }
  resources.browser = browser;
  const page = browser.pages()[0] ?? (await browser.newPage());
  onWorkbenchPageFailure(page, reportFailure);
  await exposeAutomationHooks(page, (code) => finishLine.finish(suiteOutcome(code)));
  await page.goto(workbenchUrl(port, runPaths));
}

function suiteOutcome(code: unknown): Outcome {
  if (code === 0) {
    return { exitCode: 0, summary: 'suite passed' };
  }
  const exitCode = typeof code === 'number' && Number.isInteger(code) && code > 0 && code < 256 ? code : 1;
  return { exitCode, summary: `suite failed (VS Code reported exit code ${String(code)})` };
}

/** The scratch dir goes last: the browser profile and code-server's user data live in it until both have stopped. */
async function shutDown(resources: RunResources): Promise<void> {
  await closeBrowserIfOpen(resources.browser);
  await stopCodeServer(resources.server);
  // A browser still starting when a timeout fires may be writing its profile here as we delete
  // it (ENOTEMPTY): retry rather than fail the run over clean-up.
  fs.rmSync(resources.scratchDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    process.stderr.write(`Privacy Lens integration tests: ${errorMessage(error)}\n`);
    process.exit(error instanceof LaunchSetupError ? SETUP_ERROR_EXIT_CODE : EXIT_INFRASTRUCTURE_FAILURE);
  },
);
