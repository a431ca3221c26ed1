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
import { languageFamily, languageForFile } from '../../src/core/languages/languageRegistry';
import { RULES } from '../../src/core/rules';
import { type LineLabel, readCorpusLabels } from './labels';
import { categoryAccuracy, categoryFamily, countBy, countOutcomes, type Counts, f1, type Outcome, precision, recall, scoreGroup, type ScoredFinding } from './metrics';

const ROOT = path.resolve(__dirname, '..', '..', '..');
function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const CORPUS = path.resolve(option('--corpus') ?? path.join(ROOT, 'test', 'corpus'));
const FIELD_RULES = ['personal-data-field', 'sensitive-personal-data-field'];
const FLOORS = { precision: 0.95, recall: 0.92, categoryAccuracy: 0.9 };
/** Every other rule (the logging rule and the protection-gap rules) is held to these, one by one. */
const RULE_FLOORS = { precision: 0.9, recall: 0.85 };
/** Where a rule claims no languages, it is measured in the seven programming languages. */
const CODE_FAMILIES = ['typescript', 'python', 'java', 'go', 'php', 'ruby', 'csharp'];
const PER_RULE = RULES.filter((rule) => !FIELD_RULES.includes(rule.id));
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
    findings: report.findings.map((f) => ({ file: f.file, line: f.range.start.line, ruleId: f.ruleId, category: f.dataCategories[0] ?? '', categories: f.dataCategories })),
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
  const perRule = PER_RULE.map((rule) => scoreRule(rule.id, rule.languages ?? CODE_FAMILIES, labels, scan.findings));
  const logs = perRule.find((r) => r.ruleId === 'personal-data-in-log')!.outcomes;
  const fieldCounts = countOutcomes(fields);
  const accuracy = categoryAccuracy(fields);
  const trapLines = new Set(labels.filter((l) => l.trap !== undefined).map((l) => `${l.file}:${l.line}`));
  const trapsTriggered = fields.filter((o) => o.kind === 'fp' && trapLines.has(`${o.file}:${o.line}`)).length;

  const lines = [
    `Corpus: ${scan.filesScanned} files, ${expectedCount} expected findings, ${trapCount} traps${scan.skipped.length ? `; skipped: ${scan.skipped.join(', ')}` : ''}.`,
    ...table('By rule', [
      ['field rules together', fieldCounts],
      ...FIELD_RULES.map((id): [string, Counts] => [id, countOutcomes(scoreGroup(labels, scan.findings, [id]))]),
      ...perRule.map((r): [string, Counts] => [r.ruleId, countOutcomes(r.outcomes)]),
    ]),
    '',
    `Each rule below the field rules is scored in the language families it claims (${RULE_FLOORS.precision} precision and ${RULE_FLOORS.recall} recall at least).`,
    ...ruleByLanguageTable(perRule),
    '',
    `Category right to the second level: ${accuracy.right}/${accuracy.total} true positives (${((accuracy.right / Math.max(accuracy.total, 1)) * 100).toFixed(1)}%). Traps that drew a finding: ${trapsTriggered} of ${trapCount}.`,
    ...table('Field rules by category family', countBy(fields, familyOf)),
    ...table('Field rules by language', countBy(fields, languageOf)),
    ...table('Logging rule by language', countBy(logs, languageOf)),
  ];
  console.log(lines.join('\n'));
  if (verbose) {
    console.log(['', 'Misses and false alarms:', ...[...fields, ...perRule.flatMap((r) => r.outcomes)].filter((o) => o.kind !== 'tp').map(describe)].join('\n'));
  }
  const belowFloors = checkFloors(fieldCounts, accuracy, expectedCount, trapCount, perRule);
  return process.argv.includes('--no-floors') ? 0 : belowFloors;
}

interface RuleScore {
  readonly ruleId: string;
  readonly families: readonly string[];
  readonly outcomes: Outcome[];
}

/** One rule's outcomes on the files of the language families it claims (labels elsewhere are not its promise). */
function scoreRule(ruleId: string, families: readonly string[], labels: readonly LineLabel[], findings: readonly ScoredFinding[]): RuleScore {
  const claimed = (file: string) => families.includes(familyOfFile(file));
  return { ruleId, families, outcomes: scoreGroup(labels.filter((l) => claimed(l.file)), findings.filter((f) => claimed(f.file)), [ruleId], true) };
}

function familyOfFile(file: string): string {
  const language = languageForFile(file);
  return language ? languageFamily(language.id) : path.extname(file);
}

/** Rule by language family: `tp/fp/fn` per cell, `-` where the rule is not claimed. */
function ruleByLanguageTable(scores: readonly RuleScore[]): string[] {
  const families = [...new Set(scores.flatMap((s) => s.families))].sort();
  const cell = (score: RuleScore, family: string) => {
    if (!score.families.includes(family)) {
      return '-';
    }
    const c = countOutcomes(score.outcomes.filter((o) => familyOfFile(o.file) === family));
    return `${c.tp}/${c.fp}/${c.fn}`;
  };
  return ['', '### Rules by language (TP/FP/FN)', '', `| | ${families.join(' | ')} |`, `|---|${families.map(() => '---:').join('|')}|`, ...scores.map((s) => `| ${s.ruleId} | ${families.map((f) => cell(s, f)).join(' | ')} |`)];
}

function checkFloors(counts: Counts, accuracy: { right: number; total: number }, expectedCount: number, trapCount: number, perRule: readonly RuleScore[]): number {
  const failures: string[] = [];
  for (const score of perRule) {
    const c = countOutcomes(score.outcomes);
    if (precision(c) < RULE_FLOORS.precision || recall(c) < RULE_FLOORS.recall) {
      failures.push(`${score.ruleId} precision ${precision(c).toFixed(3)}, recall ${recall(c).toFixed(3)} (floors ${RULE_FLOORS.precision}, ${RULE_FLOORS.recall})`);
    }
    const withoutPositives = score.families.filter((family) => !score.outcomes.some((o) => o.expected && familyOfFile(o.file) === family));
    if (withoutPositives.length > 0) {
      failures.push(`${score.ruleId} claims ${withoutPositives.join(', ')} but the corpus has no positive there`);
    }
  }
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
