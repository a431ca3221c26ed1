/**
 * `privacy-lens merge`: the reports of every shard of a `scan --shard K/N` become the report
 * one full scan writes, byte for byte. Each file was scanned by exactly one shard and a report
 * lists findings by file, so merging is a stable sort by file of the shards' lists; the counts
 * are recomputed the way the full report computes them.
 */
import type { Severity } from '../model';
import { jsonDocument } from './jsonChunks';
import { mergeJsonShards } from './mergeJson';
import { mergeSarifShards } from './mergeSarif';
import { isObject, MergeError } from './mergeSupport';

export { MergeError } from './mergeSupport';

export type ShardFormat = 'json' | 'sarif';

/** One shard's report as read: `name` is how errors refer to it (the path the user gave). */
export interface ShardInput {
  readonly name: string;
  readonly text: string;
}

export interface MergedReport {
  readonly format: ShardFormat;
  /** Serialised exactly as `scan --format <format>` writes it, in pieces (see jsonChunks). */
  readonly text: Iterable<string>;
  /** Unsuppressed findings by severity, for `--fail-on`. */
  readonly findingsBySeverity: Readonly<Record<Severity, number>>;
}

/** Merges the shards, refusing mixed formats, a wrong `expected` format, and an incomplete set. */
export function mergeShards(inputs: readonly ShardInput[], expected?: ShardFormat): MergedReport {
  const parsed = inputs.map((input) => ({ name: input.name, document: parseDocument(input) }));
  const formats = parsed.map((p) => ({ name: p.name, format: formatOf(p.name, p.document) }));
  const first = formats[0];
  if (!first) {
    throw new MergeError('no shard reports given');
  }
  const other = formats.find((f) => f.format !== first.format);
  if (other) {
    throw new MergeError(`mixed formats: ${first.name} is ${first.format.toUpperCase()}, ${other.name} is ${other.format.toUpperCase()}`);
  }
  if (expected && expected !== first.format) {
    throw new MergeError(`--format ${expected} does not match the shards, which are ${first.format.toUpperCase()} (${first.name})`);
  }
  const merged = first.format === 'json' ? mergeJsonShards(parsed) : mergeSarifShards(parsed);
  return { format: first.format, text: jsonDocument(merged.document), findingsBySeverity: merged.findingsBySeverity };
}

function parseDocument(input: ShardInput): unknown {
  try {
    return JSON.parse(input.text) as unknown;
  } catch (error) {
    throw new MergeError(`${input.name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function formatOf(name: string, document: unknown): ShardFormat {
  if (isObject(document) && Array.isArray(document.runs) && typeof document.version === 'string') {
    return 'sarif';
  }
  if (isObject(document) && Array.isArray(document.findings) && isObject(document.summary)) {
    return 'json';
  }
  throw new MergeError(`${name}: neither a JSON report of privacy-lens scan --format json nor a SARIF log`);
}

