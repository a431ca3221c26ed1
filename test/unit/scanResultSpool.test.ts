/**
 * The CLI's scan keeps findings in a spool (held up to a limit, then on disk) and its reports
 * read them back in file order. Whatever order files finish in, and whether the spool spilled or
 * not, the JSON, SARIF and text must be the bytes a held result gives.
 */
import * as assert from 'assert';
import { spawn } from 'child_process';
import { once } from 'events';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { jsonDocument } from '../../src/core/report/jsonChunks';
import { buildJsonReport } from '../../src/core/report/jsonReport';
import { countBySeverity } from '../../src/core/report/mergeShardMarks';
import { buildSarifReport } from '../../src/core/report/sarifReport';
import { textReportLines } from '../../src/core/report/textReport';
import type { ScanTextOptions, TextScanner, TextScanResult } from '../../src/core/scan/scanner';
import { ScanResultSpool } from '../../src/core/scan/scanResultSpool';
import { type ScanResultLists, scanWorkspace, scanWorkspaceInto } from '../../src/core/scan/workspaceScan';
import { scanner } from './helpers';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus');

function rendered(result: ScanResultLists): string[] {
  return [[...jsonDocument(buildJsonReport(result))].join(''), [...jsonDocument(buildSarifReport(result))].join(''), [...textReportLines(result)].join('')];
}

/** Scans with eight files in flight, each finishing after a pseudo-random number of turns: files finish out of order. */
class ScramblingScanner implements TextScanner {
  readonly parallelism = 4;
  readonly finished: string[] = [];
  private state = 0x2545f491;

  async scanText(text: string, options: ScanTextOptions): Promise<TextScanResult> {
    const result = await scanner.scanText(text, options);
    this.state = (this.state * 1103515245 + 12345) >>> 0;
    for (let turn = this.state % 23; turn > 0; turn--) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.finished.push(options.filePath);
    return result;
  }
}

async function temporaryFolder(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-spool-test-'));
}

describe('scan result spool', () => {
  let held: string[];

  before(async () => {
    held = rendered(await scanWorkspace(CORPUS, [CORPUS], { scanner }));
    assert.ok(held[0]!.length > 10_000, 'the corpus gives a report worth comparing');
  });

  for (const holdBytes of [0, 4096, undefined]) {
    it(`gives the held result's JSON, SARIF and text when files finish out of order (holding ${holdBytes ?? 'the default'} bytes)`, async () => {
      const folder = await temporaryFolder();
      const spool = new ScanResultSpool({ folder, ...(holdBytes === undefined ? {} : { holdBytes }) });
      try {
        const scrambling = new ScramblingScanner();
        await scanWorkspaceInto(spool, CORPUS, [CORPUS], { scanner: scrambling });
        assert.notDeepStrictEqual(scrambling.finished, [...scrambling.finished].sort(), 'files finished out of order');
        assert.strictEqual(spool.spilled, holdBytes !== undefined, 'spilled to disk only past the limit');
        const lists = spool.lists();
        assert.deepStrictEqual(spool.findingsBySeverity(), countBySeverity([...lists.findings].map((f) => f.severity)), 'the counts kept as files arrive');
        assert.deepStrictEqual(rendered(lists), held);
        assert.deepStrictEqual(rendered(lists), held, 'and again: every walk reads the lines afresh');
      } finally {
        await spool.dispose();
      }
      assert.deepStrictEqual(await fs.readdir(folder), [], 'the temporary file is gone');
    });
  }

  it('refuses a walk after it is disposed, and says so', async () => {
    const spool = new ScanResultSpool({ holdBytes: 0, folder: await temporaryFolder() });
    await scanWorkspaceInto(spool, CORPUS, [path.join(CORPUS, 'clinic')], { scanner });
    const lists = spool.lists();
    assert.ok(lists.findings.length > 0);
    await spool.dispose();
    assert.throws(() => [...lists.findings], /spool was disposed before its report was written/);
  });

  it('names the folder when it cannot create its temporary file', async () => {
    const missing = path.join(await temporaryFolder(), 'not-there');
    const spool = new ScanResultSpool({ holdBytes: 0, folder: missing });
    await assert.rejects(
      scanWorkspaceInto(spool, CORPUS, [path.join(CORPUS, 'clinic')], { scanner }),
      (error: Error) => error.message.startsWith(`cannot create the scan's temporary results file in ${missing}: ENOENT`),
    );
    await spool.dispose();
  });
});

describe('temporary files when the CLI is stopped by a signal', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`removes the spool and the next cache's temporary file on ${signal}, and ends by the signal`, async () => {
      const folder = await temporaryFolder();
      const child = spawn(process.execPath, [path.join(__dirname, 'support', 'spoolUntilSignal.js'), folder], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (data: Buffer) => (data.toString().includes('ready') ? resolve() : undefined));
        child.once('exit', () => reject(new Error('the child ended before it was ready')));
      });
      const held = (await fs.readdir(folder)).sort();
      assert.strictEqual(held.length, 2, held.join(', '));
      assert.ok(held.some((name) => name.startsWith('privacy-lens-scan-')) && held.some((name) => name.startsWith('.scan-cache.')), held.join(', '));
      child.kill(signal);
      const [code, endedBy] = await exited;
      assert.deepStrictEqual([code, endedBy], [null, signal]);
      assert.deepStrictEqual(await fs.readdir(folder), []);
    });
  }
});
