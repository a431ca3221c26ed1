/**
 * Runs the integration suite the standard way, for machines with internet: @vscode/test-electron
 * downloads VS Code desktop 1.99.3 (into .vscode-test/) and starts it with the extension under
 * development and the suite's `run()`. Offline, use codeServer.ts instead; both run the same suite.
 *
 * Usage (after compiling with tsc):
 *   node out/test/integration/launchers/electron.js \
 *     [--extension-development-path <dir>] [--extension-tests-path <dir>] [--workspace <dir>]
 * (defaults and meaning in paths.ts). On Linux without a display, run it under xvfb-run.
 *
 * Exit codes: the suite's own (0 passed, non-zero failed); 1 VS Code could not be downloaded or
 * started; 2 an input is missing.
 */
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import {
  assertLaunchPathsExist,
  errorMessage,
  LaunchSetupError,
  resolveLaunchPaths,
  SETUP_ERROR_EXIT_CODE,
} from './paths';

/** Same VS Code as code-server 4.99.4 serves, and the lowest the manifest's engines allows. */
const VSCODE_VERSION = '1.99.3';
const EXIT_LAUNCH_FAILURE = 1;

async function main(): Promise<number> {
  const paths = resolveLaunchPaths();
  assertLaunchPathsExist(paths);
  console.log(`Privacy Lens integration tests: VS Code ${VSCODE_VERSION} via @vscode/test-electron`);
  return runTests({
    version: VSCODE_VERSION,
    extensionDevelopmentPath: paths.extensionDevelopmentPath,
    extensionTestsPath: paths.extensionTestsPath,
    // --disable-workspace-trust matches the code-server launcher, so the extension never runs in
    // restricted mode in one launcher and fully in the other.
    launchArgs: [paths.workspacePath, '--disable-extensions', '--disable-workspace-trust'],
  });
}

/** A failing suite surfaces as a rejection carrying VS Code's exit code; keep that code. */
function exitCodeFor(error: unknown): number {
  if (error instanceof LaunchSetupError) {
    return SETUP_ERROR_EXIT_CODE;
  }
  if (error instanceof TestRunFailedError && error.code !== undefined && error.code !== 0) {
    return error.code;
  }
  return EXIT_LAUNCH_FAILURE;
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    process.stderr.write(`Privacy Lens integration tests: ${errorMessage(error)}\n`);
    process.exit(exitCodeFor(error));
  },
);
