/**
 * `--output` replaces a report whole or not at all. The failing write is a real one: the CLI
 * runs as a child process whose file-size limit (ulimit -f) is below the report's size, so the
 * kernel refuses the write part-way (EFBIG), as a full disk would. Tests run as root, so a
 * read-only folder would not stop the write.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { writeFileAtomically } from '../../src/cli/atomicWrite';
import { CliFailure } from '../../src/cli/exitCodes';
import { makeWorkspace } from './cliWorkspace';

/** The compiled CLI next to this compiled test (out*\/src/cli/bin.js). */
const BIN = path.resolve(__dirname, '..', '..', 'src', 'cli', 'bin.js');
const PREVIOUS_REPORT = '{"previous": "report, kept until a complete new one replaces it"}\n';

/** Runs the CLI with writes capped at `limitKb` KiB per file. */
function runWithFileSizeLimit(limitKb: number, args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawnSync('bash', ['-c', `ulimit -f ${limitKb} && exec ${quoted}`], { cwd, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('--output written atomically', () => {
  it('keeps the previous report intact when the new one cannot be written whole', async () => {
    const root = await makeWorkspace({ 'reports/scan.json': PREVIOUS_REPORT });
    const whole = runWithFileSizeLimit(1024, ['scan', 'src', '--format', 'json'], root);
    assert.strictEqual(whole.status, 0, whole.stderr);
    assert.ok(whole.stdout.length > 2048, 'the report must be larger than the limit below for this test to mean anything');

    const failed = runWithFileSizeLimit(1, ['scan', 'src', '--format', 'json', '--output', 'reports/scan.json'], root);
    assert.strictEqual(failed.status, 2, failed.stderr);
    assert.strictEqual(failed.stderr, 'privacy-lens: cannot write --output reports/scan.json: the file would exceed the size this process may write (EFBIG)\n');
    assert.strictEqual(await fs.readFile(path.join(root, 'reports', 'scan.json'), 'utf8'), PREVIOUS_REPORT);
    assert.deepStrictEqual(await fs.readdir(path.join(root, 'reports')), ['scan.json'], 'the temporary file is removed');
  });

  it('replaces the previous report once the new one is written whole', async () => {
    const root = await makeWorkspace({ 'reports/scan.json': PREVIOUS_REPORT });
    const written = runWithFileSizeLimit(1024, ['scan', 'src', '--format', 'json', '--output', 'reports/scan.json'], root);
    assert.strictEqual(written.status, 0, written.stderr);
    const report = JSON.parse(await fs.readFile(path.join(root, 'reports', 'scan.json'), 'utf8')) as { findings: unknown[] };
    assert.ok(report.findings.length > 0);
    assert.deepStrictEqual(await fs.readdir(path.join(root, 'reports')), ['scan.json']);
  });

  it('names the output as the user typed it, and keeps the file system error as the cause', async () => {
    const root = await makeWorkspace({ 'blocker.txt': 'a file where a folder would be' });
    const failure = await writeFileAtomically(path.join(root, 'blocker.txt', 'out.md'), 'text', '--output blocker.txt/out.md').then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(failure instanceof CliFailure);
    assert.match(failure.message, /^cannot write --output blocker\.txt\/out\.md: /);
    assert.match(String((failure.cause as NodeJS.ErrnoException).code), /^E[A-Z]+$/);
    assert.strictEqual(await fs.readFile(path.join(root, 'blocker.txt'), 'utf8'), 'a file where a folder would be');
  });
});

describe('stdout closed by the reader', () => {
  it('stops writing without a stack trace and exits with its own code when `| head` closes the pipe', async () => {
    // Enough files that the JSON report outlasts the pipe's buffer (64 KiB) several times over.
    const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`src/p${i}.ts`, `interface Patient${i} { email: string; nric: string; dateOfBirth: string; phoneNumber: string }\n`]));
    const root = await makeWorkspace(files);
    const quoted = [process.execPath, BIN, 'scan', 'src', '--format', 'json', '--fail-on', 'warning'].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
    const whole = spawnSync('bash', ['-c', quoted], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.ok(whole.stdout.length > 256 * 1024, `the report is ${whole.stdout.length} characters; it must be larger than a pipe's buffer`);
    const cut = spawnSync('bash', ['-c', `set -o pipefail; ${quoted} | head -c 100`], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(cut.stdout, whole.stdout.slice(0, 100));
    assert.strictEqual(cut.stderr, '', 'no EPIPE stack trace');
    assert.strictEqual(cut.status, whole.status, 'the exit code the findings give (--fail-on warning)');
    assert.strictEqual(whole.status, 1);
  });
});
