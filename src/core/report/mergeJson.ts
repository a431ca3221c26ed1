/**
 * Merging the JSON reports of `scan --shard K/N --format json`. The result has the key order
 * and counts of `buildJsonReport`, so it serialises exactly as a full scan's report does.
 */
import { isSeverity } from '../model';
import type { JsonFinding, JsonReport } from './jsonReport';
import { countBySeverity } from './mergeShardMarks';
import { checkShardSet, isObject, MergeError, type MergedDocument, type ParsedShard, shardMark, sortByFile } from './mergeSupport';

type Summary = JsonReport['summary'];

export function mergeJsonShards(inputs: readonly { readonly name: string; readonly document: unknown }[]): MergedDocument {
  const shards = inputs.map((input) => readJsonShard(input.name, input.document));
  checkShardSet(shards.map((s) => ({ ...s, toolVersion: s.document.tool.version })));
  const findings = sortByFile(
    shards.flatMap((s) => s.document.findings),
    (f) => f.file,
  );
  const findingsByRule: Record<string, number> = {};
  for (const finding of findings) {
    findingsByRule[finding.ruleId] = (findingsByRule[finding.ruleId] ?? 0) + 1;
  }
  const findingsBySeverity = countBySeverity(findings.map((f) => f.severity));
  const summaries = shards.map((s) => s.document.summary);
  const summary: Summary = {
    filesScanned: sum(summaries.map((s) => s.filesScanned)),
    findingsByRule,
    findingsBySeverity,
    suppressed: sum(summaries.map((s) => s.suppressed)),
    filesSkipped: sortByFile(
      summaries.flatMap((s) => s.filesSkipped),
      (f) => f.file,
    ),
    ruleErrors: sortByFile(
      summaries.flatMap((s) => s.ruleErrors),
      (e) => e.file,
    ),
  };
  const [first] = shards;
  if (!first) {
    throw new MergeError('no shard reports given');
  }
  const report: JsonReport = { tool: { name: first.document.tool.name, version: first.document.tool.version }, findings, summary };
  return { document: report, findingsBySeverity };
}

/** Checks what the merge relies on, naming the file and the part that is wrong. */
function readJsonShard(name: string, document: unknown): ParsedShard<JsonReport> {
  const report = document as Record<string, unknown>;
  const tool = report.tool;
  if (!isObject(tool) || typeof tool.name !== 'string' || typeof tool.version !== 'string') {
    throw new MergeError(`${name}: "tool" must name the tool and its version`);
  }
  const summary = report.summary as Record<string, unknown>;
  const bad = badSummaryKey(summary) ?? (report.findings as unknown[]).findIndex((f) => !isJsonFinding(f));
  if (typeof bad === 'string') {
    throw new MergeError(`${name}: "summary.${bad}" is missing or of the wrong type`);
  }
  if (bad >= 0) {
    throw new MergeError(`${name}: findings[${bad}] is not a finding (it needs a file, a ruleId and a severity)`);
  }
  return { name, document: document as JsonReport, shard: shardMark(name, summary.shard) };
}

function badSummaryKey(summary: Record<string, unknown>): string | undefined {
  const numbers = ['filesScanned', 'suppressed'].find((key) => typeof summary[key] !== 'number');
  const lists = ['filesSkipped', 'ruleErrors'].find((key) => !Array.isArray(summary[key]) || !(summary[key] as unknown[]).every((e) => isObject(e) && typeof e.file === 'string'));
  return numbers ?? lists;
}

function isJsonFinding(value: unknown): value is JsonFinding {
  return isObject(value) && typeof value.file === 'string' && typeof value.ruleId === 'string' && isSeverity(value.severity);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
