/**
 * For the signal test: holds a spilled findings spool and a cache's temporary file in the folder
 * given, says "ready", and waits to be stopped, as a CLI scan stopped by Ctrl-C would be.
 */
import * as path from 'path';
import { removeTemporariesOnSignal } from '../../../src/cli/signals';
import { CacheFileWriter } from '../../../src/core/scan/scanCacheFile';
import { ScanResultSpool } from '../../../src/core/scan/scanResultSpool';

const folder = process.argv[2]!;
removeTemporariesOnSignal();
const spool = new ScanResultSpool({ folder, holdBytes: 0 });
const finding = { ruleId: 'personal-data-field', severity: 'information', message: 'm', range: { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } }, dataCategories: [], checklist: [], fingerprint: 'f' } as const;
spool.addFile('a.ts', { findings: [finding], suppressed: [], ruleErrors: [], records: [] });
const cache = new CacheFileWriter(path.join(folder, 'scan-cache'), '{"format":"test"}');
void (async () => {
  // A full batch is written at once, which creates the temporary file.
  await cache.append('x'.repeat(1 << 20));
  process.stdout.write('ready\n');
  setInterval(() => undefined, 1_000);
})();
