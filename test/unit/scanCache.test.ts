import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CONFIG, validateConfig, type PrivacyLensConfig } from '../../src/core/config';
import { buildJsonReport } from '../../src/core/report/jsonReport';
import { buildSarifReport } from '../../src/core/report/sarifReport';
import { buildTextReport } from '../../src/core/report/textReport';
import { RULES } from '../../src/core/rules';
import { cacheContext, fileCacheKey, ScanCache } from '../../src/core/scan/scanCache';
import { scanWorkspace, type WorkspaceScanResult } from '../../src/core/scan/workspaceScan';
import { scanner } from './helpers';
import { CountingScanner, makeCacheWorkspace, SOURCES } from './scanCacheSupport';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus');
const ALL_FILES = Object.keys(SOURCES).sort();

function rendered(result: WorkspaceScanResult): string[] {
  return [JSON.stringify(buildJsonReport(result), null, 2), JSON.stringify(buildSarifReport(result), null, 2), buildTextReport(result)];
}

/** One scan of `root` with the cache at `cacheFile`, saved afterwards; returns the files actually parsed. */
async function cachedScan(root: string, cacheFile: string, config: PrivacyLensConfig = DEFAULT_CONFIG): Promise<{ parsed: string[]; result: WorkspaceScanResult }> {
  const counting = new CountingScanner();
  const cache = await ScanCache.open(cacheFile);
  const result = await scanWorkspace(root, [root], { config, scanner: counting, cache });
  await cache.save();
  return { parsed: [...counting.scanned].sort(), result };
}

/** The files the cache holds, sorted: lines are written in the order files finish. */
async function cachedPaths(cacheFile: string): Promise<string[]> {
  const [, ...entries] = (await fs.readFile(cacheFile, 'utf8')).trimEnd().split('\n');
  return entries.map((line) => JSON.parse(line.split('\t')[1] ?? '') as string).sort();
}

function tempCacheFile(): string {
  return path.join(os.tmpdir(), `privacy-lens-cache-test-${process.pid}-${Math.random().toString(36).slice(2)}`, 'cache.json');
}

describe('scan cache', () => {
  it('gives the same JSON, SARIF and text as an uncached scan, cold and warm, over the corpus', async () => {
    const cacheFile = tempCacheFile();
    const uncached = rendered(await scanWorkspace(CORPUS, [CORPUS], { scanner }));
    for (const run of ['cold', 'warm']) {
      const cache = await ScanCache.open(cacheFile);
      const result = await scanWorkspace(CORPUS, [CORPUS], { scanner, cache });
      await cache.save();
      assert.deepStrictEqual(rendered(result), uncached, `${run} run`);
      assert.strictEqual(run === 'cold' ? cache.hits : cache.misses, 0, `${run}: ${cache.hits} hits, ${cache.misses} misses`);
    }
  });

  it('parses every file on the first run, none on the second, and only the edited file after an edit', async () => {
    const root = await makeCacheWorkspace();
    const cacheFile = path.join(os.tmpdir(), path.basename(root) + '.json');
    assert.deepStrictEqual((await cachedScan(root, cacheFile)).parsed, ALL_FILES);
    assert.deepStrictEqual((await cachedScan(root, cacheFile)).parsed, []);
    await fs.appendFile(path.join(root, 'worker/intake.py'), '    print(user.passport_number)\n');
    const afterEdit = await cachedScan(root, cacheFile);
    assert.deepStrictEqual(afterEdit.parsed, ['worker/intake.py']);
    assert.deepStrictEqual(rendered(afterEdit.result), rendered(await scanWorkspace(root, [root], { scanner })));
    assert.deepStrictEqual((await cachedScan(root, cacheFile)).parsed, []);
  });

  it('scans everything again when a setting that changes findings changes, but not for regulations', async () => {
    const root = await makeCacheWorkspace();
    const cacheFile = tempCacheFile();
    const known = RULES.map((r) => r.id);
    await cachedScan(root, cacheFile);
    const severity = validateConfig({ severity: { 'personal-data-in-log': 'error' } }, known).config;
    const withSeverity = await cachedScan(root, cacheFile, severity);
    assert.deepStrictEqual(withSeverity.parsed, ALL_FILES);
    assert.ok(withSeverity.result.findings.some((f) => f.ruleId === 'personal-data-in-log' && f.severity === 'error'));
    const vocabulary = validateConfig({ severity: { 'personal-data-in-log': 'error' }, ignoreNames: ['email'] }, known).config;
    assert.deepStrictEqual((await cachedScan(root, cacheFile, vocabulary)).parsed, ALL_FILES);
    const regulations = validateConfig({ severity: { 'personal-data-in-log': 'error' }, ignoreNames: ['email'], regulations: ['GDPR'] }, known).config;
    assert.deepStrictEqual((await cachedScan(root, cacheFile, regulations)).parsed, []);
  });

  it('ignores a corrupt cache, a foreign JSON file and another build\'s cache, and replaces each', async () => {
    const root = await makeCacheWorkspace();
    const cacheFile = tempCacheFile();
    const uncached = rendered(await scanWorkspace(root, [root], { scanner }));
    await cachedScan(root, cacheFile);
    const [header = '', ...entries] = (await fs.readFile(cacheFile, 'utf8')).trimEnd().split('\n');
    const bad = [
      '{"format": "privacy-lens-scan-cache/1", "engine": "trunc',
      '[1, 2, 3]\n',
      '\u0000\u00ff\u0001 not text at all',
      [header.replace(/"engine":"[0-9a-f]+"/, '"engine":"an older build"'), ...entries].join('\n'),
      [header, ...entries.map((line) => line.slice(0, -20))].join('\n'),
      [header, ...entries.map((line) => 'not a hash' + line.slice(64))].join('\n'),
      [header, ...entries.map((line) => line.replace(/\t\{.*$/, '\t{"findings":[1],"suppressed":[],"ruleErrors":[],"records":[]}'))].join('\n'),
    ];
    for (const content of bad) {
      await fs.writeFile(cacheFile, content);
      const run = await cachedScan(root, cacheFile);
      assert.deepStrictEqual(run.parsed, ALL_FILES, content.slice(0, 40));
      assert.deepStrictEqual(rendered(run.result), uncached, content.slice(0, 40));
      assert.deepStrictEqual(await cachedPaths(cacheFile), ALL_FILES, 'rewritten whole');
      assert.deepStrictEqual((await cachedScan(root, cacheFile)).parsed, [], 'and used on the next run');
    }
  });

  it('drops the entries of files the scan no longer sees', async () => {
    const root = await makeCacheWorkspace();
    const cacheFile = tempCacheFile();
    await cachedScan(root, cacheFile);
    await fs.rm(path.join(root, 'db/schema.sql'));
    assert.deepStrictEqual((await cachedScan(root, cacheFile)).parsed, []);
    assert.deepStrictEqual(await cachedPaths(cacheFile), ['src/patient.ts', 'worker/intake.py']);
  });

  it('leaves the cache as it was, with no temporary file, when the scan is discarded', async () => {
    const root = await makeCacheWorkspace();
    const cacheFile = tempCacheFile();
    await cachedScan(root, cacheFile);
    const before = await fs.readFile(cacheFile, 'utf8');
    await fs.appendFile(path.join(root, 'worker/intake.py'), '    print(user.passport_number)\n');
    const cache = await ScanCache.open(cacheFile);
    await scanWorkspace(root, [root], { scanner, cache });
    assert.strictEqual(cache.misses, 1);
    await cache.discard();
    assert.strictEqual(await fs.readFile(cacheFile, 'utf8'), before);
    assert.deepStrictEqual(await fs.readdir(path.dirname(cacheFile)), [path.basename(cacheFile)]);
  });

  it('never scans its own file, even inside the scanned folder', async () => {
    const root = await makeCacheWorkspace();
    const cacheFile = path.join(root, 'scan-cache.json');
    await cachedScan(root, cacheFile);
    const second = await cachedScan(root, cacheFile);
    assert.deepStrictEqual(second.parsed, []);
    assert.strictEqual(second.result.filesScanned, ALL_FILES.length);
  });

  it('keys a file with a dated suppression on the day too, since the suppression lapses', () => {
    const context = (today: string) => cacheContext(DEFAULT_CONFIG, today);
    const dated = '# privacy-lens-disable-next-line personal-data-in-log until 2030-01-31 -- masked\nlog(email)\n';
    const undated = '# privacy-lens-disable-next-line personal-data-in-log -- masked\nlog(email)\n';
    assert.notStrictEqual(fileCacheKey(context('2030-01-31'), 'a.py', 'python', dated), fileCacheKey(context('2030-02-01'), 'a.py', 'python', dated));
    assert.strictEqual(fileCacheKey(context('2030-01-31'), 'a.py', 'python', undated), fileCacheKey(context('2030-02-01'), 'a.py', 'python', undated));
    assert.notStrictEqual(fileCacheKey(context('2030-01-31'), 'a.py', 'python', undated), fileCacheKey(context('2030-01-31'), 'b.py', 'python', undated));
  });
});
