/** The `privacy-lens` executable: wires the process to runCli. */
import { runCli } from './main';
import { removeTemporariesOnSignal } from './signals';

removeTemporariesOnSignal();

/**
 * A reader that stops early (`privacy-lens scan --format json | head`) closes the pipe. Like other
 * Unix tools, the CLI then stops writing to it, with no stack trace, and still exits with its own
 * code; any other failure of stdout is thrown as before.
 */
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    throw error;
  }
  stdoutClosed = true;
});

void runCli(process.argv.slice(2), {
  stdout: (text) => {
    if (!stdoutClosed) {
      process.stdout.write(text);
    }
  },
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
