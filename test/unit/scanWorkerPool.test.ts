import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI_WORKER_HEAP_LIMIT_MB, withScanPool } from '../../src/cli/scanPool';
import { FileTimeLimitExceeded, ScanWorkerFailed, ScanWorkerPool } from '../../src/core/scan/scanWorkerPool';
import { scanWorkspace } from '../../src/core/scan/workspaceScan';
import { parseCommandLine, UsageError } from '../../src/cli/args';
import { DEFAULT_CONFIG, validateConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import { ParseBudgetExceeded } from '../../src/core/languages/treeSitter';
import { scanner } from './helpers';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const MISBEHAVING_WORKER = path.join(__dirname, 'support', 'misbehavingScanWorker.js');

const PYTHON = 'class Patient:\n    email = ""\n    nric = ""\n\nlogger.info(patient.email)\n';
const TYPESCRIPT = 'interface Customer { email: string; dateOfBirth: string }\nconsole.log(customer.email);\n';

describe('ScanWorkerPool', function () {
  this.timeout(60_000);
  let pool: ScanWorkerPool;

  afterEach(async () => {
    await pool?.close();
  });

  it('gives the same result as a Scanner in this thread', async () => {
    pool = new ScanWorkerPool({ size: 2 });
    for (const [languageId, text] of [['python', PYTHON], ['typescript', TYPESCRIPT]] as const) {
      const options = { languageId, filePath: `a.${languageId}`, today: '2026-11-30' };
      const [inWorker, inThread] = await Promise.all([pool.scanText(text, options), scanner.scanText(text, options)]);
      assert.ok(inThread.findings.length > 0, `the ${languageId} sample must have findings to compare`);
      assert.deepStrictEqual(inWorker, inThread);
    }
  });

  it('scans a workspace to the same result as one thread, files in any order', async () => {
    pool = new ScanWorkerPool({ size: 2 });
    const [parallel, sequential] = [await scanWorkspace(EXAMPLES, [EXAMPLES], { scanner: pool }), await scanWorkspace(EXAMPLES, [EXAMPLES], { scanner })];
    assert.ok(sequential.findings.length > 10);
    assert.deepStrictEqual(parallel, sequential);
  });

  it('scans each text with its own configuration, sent to a worker only when it changes', async () => {
    pool = new ScanWorkerPool({ size: 1 });
    const withPattern = validateConfig({ patterns: { 'user.contact.email': ['courriel.*'] } }, RULES.map((r) => r.id)).config;
    const text = 'class Client:\n    courriel_perso = ""\n';
    const categories = async (config: typeof withPattern) =>
      (await pool.scanText(text, { languageId: 'python', filePath: 'a.py', config })).findings.flatMap((f) => f.dataCategories);
    assert.deepStrictEqual(await categories(withPattern), ['user.contact.email']);
    assert.deepStrictEqual(await categories(DEFAULT_CONFIG), []);
    assert.deepStrictEqual(await categories(withPattern), ['user.contact.email'], 'the first configuration is sent again after another');
  });

  it('runs what the editor asks for before queued workspace files', async () => {
    pool = new ScanWorkerPool({ size: 1 });
    const finished: string[] = [];
    const options = { languageId: 'python', filePath: 'a.py' };
    const background = ['b1', 'b2', 'b3'].map((name) => pool.scanText(PYTHON, options).then(() => finished.push(name)));
    const interactive = pool.withPriority('interactive').scanText(PYTHON, options).then(() => finished.push('editor'));
    await Promise.all([...background, interactive]);
    // b1 was already running when the editor asked; the editor's text goes next.
    assert.deepStrictEqual(finished, ['b1', 'editor', 'b2', 'b3']);
  });

  it('stops a worker that overruns the file time limit and goes on with a new one', async () => {
    pool = new ScanWorkerPool({ size: 1, workerScript: MISBEHAVING_WORKER });
    const options = { languageId: 'python', filePath: 'a.py', timeBudgetMs: 50 };
    const stuck = assert.rejects(pool.scanText('hang', options), FileTimeLimitExceeded);
    const next = pool.scanText(PYTHON, options);
    await stuck;
    assert.ok((await next).findings.length > 0);
  });

  it('reports a worker that dies and goes on with a new one', async () => {
    pool = new ScanWorkerPool({ size: 1, workerScript: MISBEHAVING_WORKER });
    const options = { languageId: 'python', filePath: 'a.py' };
    const crashed = assert.rejects(pool.scanText('crash', options), ScanWorkerFailed);
    const next = pool.scanText(PYTHON, options);
    await crashed;
    assert.ok((await next).findings.length > 0);
  });

  it("stops a worker whose heap outgrows the CLI's limit, naming memory, and goes on with a new one", async () => {
    pool = new ScanWorkerPool({ size: 1, workerScript: MISBEHAVING_WORKER, heapLimitMb: CLI_WORKER_HEAP_LIMIT_MB });
    const options = { languageId: 'python', filePath: 'a.py', timeBudgetMs: 60_000 };
    const hoarded = assert.rejects(pool.scanText('hoard', options), (error: Error) => error instanceof ScanWorkerFailed && /memory/i.test(error.message));
    const next = pool.scanText(PYTHON, options);
    await hoarded;
    assert.ok((await next).findings.length > 0);
  });

  it("gives the CLI's workers the heap limit, and the extension's (a pool made without it) none", async () => {
    assert.strictEqual(await withScanPool(undefined, (cliPool) => Promise.resolve(cliPool.heapLimitMb)), CLI_WORKER_HEAP_LIMIT_MB);
    pool = new ScanWorkerPool({ size: 1 });
    assert.strictEqual(pool.heapLimitMb, undefined);
  });

  it('keeps the parse budget error recognisable across the thread boundary', async () => {
    pool = new ScanWorkerPool({ size: 1 });
    const longText = 'x = [' + '[1, 2, 3], '.repeat(400_000) + ']\n';
    await assert.rejects(pool.scanText(longText, { languageId: 'python', filePath: 'long.py', timeBudgetMs: 1 }), ParseBudgetExceeded);
  });

  it('skips a file whose scan overruns in a workspace scan, with its reason, and scans the rest', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-pool-'));
    try {
      fs.writeFileSync(path.join(root, 'stuck.py'), 'hang');
      fs.writeFileSync(path.join(root, 'patient.py'), PYTHON);
      pool = new ScanWorkerPool({ size: 1, workerScript: MISBEHAVING_WORKER });
      const result = await scanWorkspace(root, [root], { scanner: pool, timeBudgetMs: 50 });
      assert.deepStrictEqual(
        result.skipped.map((s) => [s.file, s.reason]),
        [['stuck.py', 'time-budget']],
      );
      assert.strictEqual(result.filesScanned, 1);
      assert.ok(result.findings.some((f) => f.file === 'patient.py'));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('leaves the calling thread free while it scans, where the Scanner in this thread does not', async () => {
    const text = PYTHON.repeat(300);
    const options = { languageId: 'python', filePath: 'big.py' };
    await scanner.scanText(PYTHON, options); // the grammar is loaded: what follows is the scan alone
    const turnsOfTheEventLoopDuring = async (scan: () => Promise<unknown>): Promise<number> => {
      let turns = 0;
      let scanning = true;
      const spin = (): void => {
        if (scanning) {
          turns++;
          setImmediate(spin);
        }
      };
      setImmediate(spin);
      await scan();
      scanning = false;
      return turns;
    };
    pool = new ScanWorkerPool({ size: 1 });
    await pool.scanText(PYTHON, options); // the worker is started and its grammar loaded
    assert.strictEqual(await turnsOfTheEventLoopDuring(() => scanner.scanText(text, options)), 0, 'control: a scan in this thread holds the event loop');
    assert.ok((await turnsOfTheEventLoopDuring(() => pool.scanText(text, options))) > 0, 'the event loop turned while the worker scanned');
  });

  it('refuses new work once closed, and rejects what was queued', async () => {
    pool = new ScanWorkerPool({ size: 1 });
    const options = { languageId: 'python', filePath: 'a.py' };
    const queued = [pool.scanText(PYTHON, options), pool.scanText(PYTHON, options)];
    const settled = Promise.allSettled(queued);
    await pool.close();
    const outcomes = await settled;
    assert.ok(outcomes.every((o) => o.status === 'rejected'));
    await assert.rejects(pool.scanText(PYTHON, options), /closed/);
  });
});

describe('privacy-lens --jobs', () => {
  it('takes a whole number of worker threads for scan and report', () => {
    assert.strictEqual((parseCommandLine(['scan', '--jobs', '3']) as { jobs?: number }).jobs, 3);
    assert.strictEqual((parseCommandLine(['report', '--jobs', '1']) as { jobs?: number }).jobs, 1);
  });

  for (const bad of ['0', '-1', '1.5', 'many', '65']) {
    it(`refuses --jobs ${bad} in one line`, () => {
      assert.throws(() => parseCommandLine(['scan', `--jobs=${bad}`]), (error: Error) => error instanceof UsageError && /--jobs must be a whole number from 1 to 64/.test(error.message));
    });
  }

  it('refuses --jobs where no files are scanned', () => {
    assert.throws(() => parseCommandLine(['merge', 'a.json', '--jobs', '2']), /--jobs does not apply to merge/);
  });
});
