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
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { format } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  assertLaunchPathsExist,
  errorMessage,
  LaunchSetupError,
  resolveLaunchPaths,
  SETUP_ERROR_EXIT_CODE,
  type LaunchPaths,
} from './paths';

const CODE_SERVER_VERSION = '4.99.4';
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** code-server usually answers within 2 s; 120 x 250 ms leaves room for a loaded CI machine. */
const READINESS_ATTEMPTS = 120;
const READINESS_INTERVAL_MS = 250;
const SHUTDOWN_GRACE_MS = 5_000;

const EXIT_INFRASTRUCTURE_FAILURE = 1;
const EXIT_TIMEOUT = 124;
const EXIT_SIGNAL: Readonly<Record<string, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** Flags from the reference recipe: nothing in the browser phones home or waits on a first-run UI. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface CodeServerInstall {
  readonly entryScript: string;
  readonly codeServerVersion: string;
  readonly vscodeVersion: string;
}

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

function locateCodeServer(repoRoot: string): CodeServerInstall {
  const prefix = path.join(repoRoot, '.cache', `code-server-${CODE_SERVER_VERSION}`);
  const binary = path.join(prefix, 'node_modules', '.bin', 'code-server');
  const packageDir = path.join(prefix, 'node_modules', 'code-server');
  if (!fs.existsSync(binary)) {
    throw new LaunchSetupError(
      `code-server ${CODE_SERVER_VERSION} is not installed at ${binary}: run scripts/provision-code-server.sh ` +
        '(or npm run test:integration, which provisions it)',
    );
  }
  return {
    // The bin is a symlink to entry.js; running it with our own node keeps the extension host on
    // the Node version this process runs, not whichever `node` is first on PATH.
    entryScript: fs.realpathSync(binary),
    codeServerVersion: readPackageVersion(path.join(packageDir, 'package.json')),
    vscodeVersion: readPackageVersion(path.join(packageDir, 'lib', 'vscode', 'package.json')),
  };
}

function readPackageVersion(packageJsonPath: string): string {
  const manifest: unknown = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest) {
    return String(manifest.version);
  }
  return 'unknown';
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
  const port = await findFreePort();
  const runPaths: LaunchPaths = { ...paths, workspacePath: copyWorkspace(paths.workspacePath, resources.scratchDir) };
  writeUserSettings(resources.scratchDir);
  const server = startCodeServer(install, port, runPaths.workspacePath, resources.scratchDir);
  resources.server = server;
  finishWhenServerExits(server, finishLine);
  await waitUntilServing(port, server);
  if (finishLine.isFinished()) {
    return;
  }
  const browser = await launchChromium(resources.scratchDir);
  if (finishLine.isFinished()) {
    // Timed out or interrupted while Chromium started: shutDown() has not seen this browser.
    await browser.close();
    return;
  }
  resources.browser = browser;
  const page = browser.pages()[0] ?? (await browser.newPage());
  finishWhenPageFails(page, finishLine);
  await exposeAutomationHooks(page, finishLine);
  await page.goto(workbenchUrl(port, runPaths));
}

/**
 * The suite edits documents; it runs on a copy of the fixture workspace so that nothing it does,
 * saved or not, can change the repository.
 */
function copyWorkspace(workspacePath: string, scratchDir: string): string {
  const copy = path.join(scratchDir, 'workspace', path.basename(workspacePath));
  fs.cpSync(workspacePath, copy, { recursive: true });
  return copy;
}

/**
 * VS Code for the web saves files automatically by default ("files.autoSave": "afterDelay");
 * desktop VS Code does not. Tests expect the desktop behaviour: edits stay unsaved.
 */
function writeUserSettings(scratchDir: string): void {
  const userDir = path.join(scratchDir, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ 'files.autoSave': 'off' }, null, 2));
}

/** Asks the OS for a free loopback port; code-server binds it a moment later. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (typeof address === 'object' && address !== null) {
          resolve(address.port);
        } else {
          reject(new Error('the OS did not report a port'));
        }
      });
    });
  });
}

function startCodeServer(install: CodeServerInstall, port: number, workspacePath: string, scratchDir: string): ChildProcess {
  // An explicit config file: without one code-server writes a default config (with a generated
  // password) into ~/.config/code-server on first start.
  const configFile = path.join(scratchDir, 'code-server.yaml');
  fs.writeFileSync(configFile, 'auth: none\n');
  const args = [
    install.entryScript,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--config', configFile,
    '--user-data-dir', path.join(scratchDir, 'user-data'),
    '--extensions-dir', path.join(scratchDir, 'extensions'),
    workspacePath,
  ];
  const server = spawn(process.execPath, args, {
    // Its own process group, so shutDown() also reaches the extension host it forks.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // An empty gallery turns off the extension-gallery lookup (open-vsx.org by default): the run
    // stays on loopback even on a machine with internet, and offline CI logs no DNS failure.
    env: { ...isolatedEnv(scratchDir), EXTENSIONS_GALLERY: '{}' },
  });
  forwardLines(server.stdout, '[code-server] ');
  forwardLines(server.stderr, '[code-server] ');
  return server;
}

/**
 * code-server keeps logs under $XDG_DATA_HOME, VS Code writes a device id under $XDG_CACHE_HOME and
 * Chromium its crash-report database under $XDG_CONFIG_HOME even with --user-data-dir; the extension
 * host leaves vscode-ipc/vscode-git sockets in $TMPDIR. Pointing all of them into the scratch dir
 * keeps the run from leaving anything in the user's home or /tmp.
 */
function isolatedEnv(scratchDir: string): NodeJS.ProcessEnv {
  const tmpDir = path.join(scratchDir, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  return {
    ...process.env,
    TMPDIR: tmpDir,
    XDG_CONFIG_HOME: path.join(scratchDir, 'xdg-config'),
    XDG_CACHE_HOME: path.join(scratchDir, 'xdg-cache'),
    XDG_DATA_HOME: path.join(scratchDir, 'xdg-data'),
  };
}

/** code-server's own log goes to stderr: stdout is for what the workbench logs, mocha's report among it. */
function forwardLines(stream: NodeJS.ReadableStream | null, prefix: string): void {
  let pending = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    lines.filter((line) => line.trim() !== '').forEach((line) => process.stderr.write(`${prefix}${line}\n`));
  });
  stream?.on('end', () => {
    if (pending !== '') {
      process.stderr.write(`${prefix}${pending}\n`);
    }
  });
}

function finishWhenServerExits(server: ChildProcess, finishLine: FinishLine): void {
  server.once('error', (error) =>
    finishLine.finish({ exitCode: EXIT_INFRASTRUCTURE_FAILURE, summary: `code-server failed to start: ${error.message}` }),
  );
  server.once('exit', (code, signal) =>
    finishLine.finish({
      exitCode: EXIT_INFRASTRUCTURE_FAILURE,
      summary: `code-server exited (${signal ?? `code ${String(code)}`}) before the suite finished`,
    }),
  );
}

/** The one bounded wait: poll until code-server answers HTTP, giving up if it exits or stays silent. */
async function waitUntilServing(port: number, server: ChildProcess): Promise<void> {
  for (let attempt = 1; attempt <= READINESS_ATTEMPTS; attempt++) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error('code-server exited before it answered HTTP');
    }
    if (await answersHttp(port)) {
      return;
    }
    await delay(READINESS_INTERVAL_MS);
  }
  const waitedSeconds = (READINESS_ATTEMPTS * READINESS_INTERVAL_MS) / 1000;
  throw new Error(`code-server did not answer on 127.0.0.1:${port} within ${waitedSeconds} s`);
}

function answersHttp(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once('timeout', () => request.destroy(new Error('no answer')));
    request.once('error', () => resolve(false));
  });
}

function launchChromium(scratchDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(path.join(scratchDir, 'chromium-profile'), {
    executablePath: process.env.PRIVACY_LENS_IT_CHROMIUM ?? DEFAULT_CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: isolatedEnv(scratchDir),
    // Playwright's own temp folder would outlive a browser that crashed; this one goes with the scratch dir.
    artifactsDir: path.join(scratchDir, 'playwright-artifacts'),
    // Playwright's signal handlers exit the process at once, before shutDown() stops code-server
    // (whose extension host would then linger as an orphan); finishOnSignals() handles them instead.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

function finishWhenPageFails(page: Page, finishLine: FinishLine): void {
  page.once('crash', () =>
    finishLine.finish({ exitCode: EXIT_INFRASTRUCTURE_FAILURE, summary: 'the workbench page crashed' }),
  );
  page.once('close', () =>
    finishLine.finish({ exitCode: EXIT_INFRASTRUCTURE_FAILURE, summary: 'the workbench page closed before the suite finished' }),
  );
  page.on('pageerror', (error) => process.stderr.write(`[workbench] uncaught error: ${error.message}\n`));
}

/**
 * The hooks VS Code's own browser integration tests use: the workbench calls codeAutomationLog
 * with each log line (the extension host's console output, hence mocha's reporter, arrives this
 * way) and codeAutomationExit with the suite's exit code once run() has settled.
 */
async function exposeAutomationHooks(page: Page, finishLine: FinishLine): Promise<void> {
  await page.exposeFunction('codeAutomationLog', (level: unknown, args: unknown) => printAutomationLog(level, args));
  await page.exposeFunction('codeAutomationExit', (code: unknown) => finishLine.finish(suiteOutcome(code)));
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

function suiteOutcome(code: unknown): Outcome {
  if (code === 0) {
    return { exitCode: 0, summary: 'suite passed' };
  }
  const exitCode = typeof code === 'number' && Number.isInteger(code) && code > 0 && code < 256 ? code : 1;
  return { exitCode, summary: `suite failed (VS Code reported exit code ${String(code)})` };
}

/**
 * Folder and payload paths are server paths, addressed as vscode-remote URIs whose authority must
 * be exactly the host:port the page was loaded from, or the workbench treats them as another remote.
 */
function workbenchUrl(port: number, paths: LaunchPaths): string {
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

async function shutDown(resources: RunResources): Promise<void> {
  await closeBrowser(resources.browser);
  await stopProcessGroup(resources.server);
  fs.rmSync(resources.scratchDir, { recursive: true, force: true });
}

async function closeBrowser(browser: BrowserContext | undefined): Promise<void> {
  try {
    await browser?.close();
  } catch {
    // It died on its own (the outcome already says so); Playwright kills what is left at exit.
  }
}

/**
 * SIGTERM to the whole group (the server, its wrapper child, the extension host), then SIGKILL for
 * whatever outlived the grace period, including processes orphaned by a server that crashed.
 */
async function stopProcessGroup(server: ChildProcess | undefined): Promise<void> {
  if (server?.pid === undefined) {
    return;
  }
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise<'exited'>((resolve) => server.once('exit', () => resolve('exited')));
    signalGroup(server.pid, 'SIGTERM');
    await Promise.race([exited, delay(SHUTDOWN_GRACE_MS, 'lingering' as const)]);
  }
  signalGroup(server.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    process.stderr.write(`Privacy Lens integration tests: ${errorMessage(error)}\n`);
    process.exit(error instanceof LaunchSetupError ? SETUP_ERROR_EXIT_CODE : EXIT_INFRASTRUCTURE_FAILURE);
  },
);
