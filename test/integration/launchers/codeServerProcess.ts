/**
 * The code-server side of the codeServer.ts launcher: finds the install that
 * scripts/provision-code-server.sh put into .cache/, prepares its scratch folder (config, user
 * settings, a copy of the workspace), starts it on loopback with an environment confined to that
 * folder, waits until it answers HTTP and stops its whole process group afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { LaunchSetupError } from './paths';
import { WEBVIEW_DRIVER_ENV } from './webviewDriver';

const CODE_SERVER_VERSION = '4.99.4';
/** code-server usually answers within 2 s; 120 x 250 ms leaves room for a loaded CI machine. */
const READINESS_ATTEMPTS = 120;
const READINESS_INTERVAL_MS = 250;
const SHUTDOWN_GRACE_MS = 5_000;

export interface CodeServerInstall {
  readonly entryScript: string;
  readonly codeServerVersion: string;
  readonly vscodeVersion: string;
}

export function locateCodeServer(repoRoot: string): CodeServerInstall {
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

/**
 * The suite edits documents; it runs on a copy of the fixture workspace so that nothing it does,
 * saved or not, can change the repository.
 */
export function copyWorkspaceIntoScratchDir(workspacePath: string, scratchDir: string): string {
  const copy = path.join(scratchDir, 'workspace', path.basename(workspacePath));
  fs.cpSync(workspacePath, copy, { recursive: true });
  return copy;
}

/**
 * VS Code for the web saves files automatically by default ("files.autoSave": "afterDelay");
 * desktop VS Code does not. Tests expect the desktop behaviour: edits stay unsaved.
 */
export function writeDesktopLikeUserSettings(scratchDir: string): void {
  const userDir = path.join(scratchDir, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ 'files.autoSave': 'off', 'telemetry.telemetryLevel': 'off' }, null, 2));
}

/** Asks the OS for a free loopback port; code-server binds it a moment later. */
export function findFreeLoopbackPort(): Promise<number> {
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

export function startCodeServer(install: CodeServerInstall, port: number, workspacePath: string, scratchDir: string): ChildProcess {
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
    // Its own process group, so stopCodeServer() also reaches the extension host it forks.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // An empty gallery turns off the extension-gallery lookup (open-vsx.org by default): the run
    // stays on loopback even on a machine with internet, and offline CI logs no DNS failure.
    // WEBVIEW_DRIVER_ENV tells the suite that this launcher acts in webviews for it (webviewDriver.ts).
    env: { ...envConfinedToScratchDir(scratchDir), EXTENSIONS_GALLERY: '{}', [WEBVIEW_DRIVER_ENV]: '1' },
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
export function envConfinedToScratchDir(scratchDir: string): NodeJS.ProcessEnv {
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

/** Reports, as a one-line summary, code-server failing to start or exiting; the caller decides what that means. */
export function onCodeServerStopped(server: ChildProcess, report: (summary: string) => void): void {
  server.once('error', (error) => report(`code-server failed to start: ${error.message}`));
  server.once('exit', (code, signal) =>
    report(`code-server exited (${signal ?? `code ${String(code)}`}) before the suite finished`),
  );
}

/** The one bounded wait: poll until code-server answers HTTP, giving up if it exits or stays silent. */
export async function waitUntilCodeServerAnswers(port: number, server: ChildProcess): Promise<void> {
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

/**
 * SIGTERM to the whole group (the server, its wrapper child, the extension host), then SIGKILL for
 * whatever outlived the grace period, including processes orphaned by a server that crashed.
 */
export async function stopCodeServer(server: ChildProcess | undefined): Promise<void> {
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
