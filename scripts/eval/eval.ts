/**
 * `npm run eval`: scans test/corpus with the built CLI, scores the findings against the labels
 * beside the code, prints precision, recall and F1 per rule, per category family and per
 * language, and exits 1 below the floors (or when the corpus is smaller than its minimum).
 *
 *   node out/scripts/eval/eval.js [--verbose] [--corpus DIR] [--no-floors]
 *     --verbose     list every miss and false alarm
 *     --corpus DIR  score another labelled corpus (e.g. test/corpus-holdout)
 *     --no-floors   report only; exit 0 whatever the figures (for a held-out corpus)
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { languageForFile } from '../../src/core/languages/languageRegistry';
import { readCorpusLabels } from './labels';
import { categoryAccuracy, categoryFamily, countBy, countOutcomes, type Counts, f1, type Outcome, precision, recall, scoreGroup, type ScoredFinding } from './metrics';

const ROOT = path.resolve(__dirname, '..', '..', '..');
function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const CORPUS = path.resolve(option('--corpus') ?? path.join(ROOT, 'test', 'corpus'));
const FIELD_RULES = ['personal-data-field', 'sensitive-personal-data-field'];
const FLOORS = { precision: 0.95, recall: 0.92, categoryAccuracy: 0.9 };
const CORPUS_MINIMUM = { expected: 400, traps: 150 };

interface CliReport {
  findings: { ruleId: string; file: string; range: { start: { line: number } }; dataCategories: string[] }[];
  summary: { filesScanned: number; filesSkipped: { file: string; reason: string }[] };
}

function scanCorpus(): { findings: ScoredFinding[]; filesScanned: number; skipped: string[] } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'scan', CORPUS, '--format', 'json', '--fail-on', 'none'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`privacy-lens scan failed (exit ${run.status}): ${run.stderr}`);
  }
  const report = JSON.parse(run.stdout) as CliReport;
  return {
    findings: report.findings.map((f) => ({ file: f.file, line: f.range.start.line, ruleId: f.ruleId, category: f.dataCategories[0] ?? '' })),
    filesScanned: report.summary.filesScanned,
    skipped: report.summary.filesSkipped.map((s) => `${s.file} (${s.reason})`),
  };
}

function row(name: string, c: Counts): string {
  return `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | ${precision(c).toFixed(3)} | ${recall(c).toFixed(3)} | ${f1(c).toFixed(3)} |`;
}

function table(title: string, rows: Iterable<[string, Counts]>): string[] {
  return ['', `### ${title}`, '', '| | TP | FP | FN | Precision | Recall | F1 |', '|---|---:|---:|---:|---:|---:|---:|', ...[...rows].map(([name, c]) => row(name, c))];
}

function languageOf(outcome: Outcome): string {
  return languageForFile(outcome.file)?.id ?? path.extname(outcome.file);
}

function familyOf(outcome: Outcome): string {
  return categoryFamily(outcome.expected?.category ?? outcome.found?.category ?? '?');
}

function describe(outcome: Outcome): string {
  const what = outcome.expected ? `expected ${outcome.expected.ruleId} ${outcome.expected.category}` : '';
  const got = outcome.found ? `found ${outcome.found.ruleId} ${outcome.found.category}` : 'found nothing';
  return `  ${outcome.kind.toUpperCase()} ${outcome.file}:${outcome.line}: ${[what, got].filter(Boolean).join(', ')}`;
}

async function main(): Promise<number> {
  const verbose = process.argv.includes('--verbose');
  const labels = await readCorpusLabels(CORPUS);
  const scan = scanCorpus();
  const expectedCount = labels.reduce((n, l) => n + l.expectations.length, 0);
  const trapCount = labels.filter((l) => l.trap !== undefined).length;
  const fields = scoreGroup(labels, scan.findings, FIELD_RULES);
  const logs = scoreGroup(labels, scan.findings, ['personal-data-in-log']);
  const fieldCounts = countOutcomes(fields);
  const accuracy = categoryAccuracy(fields);
  const trapLines = new Set(labels.filter((l) => l.trap !== undefined).map((l) => `${l.file}:${l.line}`));
  const trapsTriggered = fields.filter((o) => o.kind === 'fp' && trapLines.has(`${o.file}:${o.line}`)).length;

  const lines = [
    `Corpus: ${scan.filesScanned} files, ${expectedCount} expected findings, ${trapCount} traps${scan.skipped.length ? `; skipped: ${scan.skipped.join(', ')}` : ''}.`,
    ...table('By rule', [
      ['field rules together', fieldCounts],
      ...FIELD_RULES.map((id): [string, Counts] => [id, countOutcomes(scoreGroup(labels, scan.findings, [id]))]),
      ['personal-data-in-log', countOutcomes(logs)],
    ]),
    '',
    `Category right to the second level: ${accuracy.right}/${accuracy.total} true positives (${((accuracy.right / Math.max(accuracy.total, 1)) * 100).toFixed(1)}%). Traps that drew a finding: ${trapsTriggered} of ${trapCount}.`,
    ...table('Field rules by category family', countBy(fields, familyOf)),
    ...table('Field rules by language', countBy(fields, languageOf)),
    ...table('Logging rule by language', countBy(logs, languageOf)),
  ];
  console.log(lines.join('\n'));
  if (verbose) {
    console.log(['', 'Misses and false alarms:', ...[...fields, ...logs].filter((o) => o.kind !== 'tp').map(describe)].join('\n'));
  }
  const belowFloors = checkFloors(fieldCounts, accuracy, expectedCount, trapCount);
  return process.argv.includes('--no-floors') ? 0 : belowFloors;
}

function checkFloors(counts: Counts, accuracy: { right: number; total: number }, expectedCount: number, trapCount: number): number {
  const failures: string[] = [];
  if (precision(counts) < FLOORS.precision) {
    failures.push(`field-rule precision ${precision(counts).toFixed(3)} < ${FLOORS.precision}`);
  }
  if (recall(counts) < FLOORS.recall) {
    failures.push(`field-rule recall ${recall(counts).toFixed(3)} < ${FLOORS.recall}`);
  }
  if (accuracy.right / Math.max(accuracy.total, 1) < FLOORS.categoryAccuracy) {
    failures.push(`category accuracy ${(accuracy.right / Math.max(accuracy.total, 1)).toFixed(3)} < ${FLOORS.categoryAccuracy}`);
  }
  if (expectedCount < CORPUS_MINIMUM.expected || trapCount < CORPUS_MINIMUM.traps) {
    failures.push(`corpus has ${expectedCount} expected findings and ${trapCount} traps; the minimum is ${CORPUS_MINIMUM.expected} and ${CORPUS_MINIMUM.traps}`);
  }
  console.log(failures.length ? `\nBELOW THE FLOOR: ${failures.join('; ')}` : '\nAll floors met.');
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
