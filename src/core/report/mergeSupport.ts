/** What the JSON and SARIF merges share: refusals, the shard-set check, the stable sort by file. */
import type { Severity } from '../model';
import { isShardSpec, type ShardSpec } from '../scan/shard';

/** A reason to refuse the merge, in one line that names the file at fault. */
export class MergeError extends Error {}

/** A parsed shard whose format and shard are known. */
export interface ParsedShard<T> {
  readonly name: string;
  readonly document: T;
  readonly shard: ShardSpec;
}

/** What a format's merge returns: the document, and the unsuppressed findings by severity. */
export interface MergedDocument {
  readonly document: object;
  readonly findingsBySeverity: Readonly<Record<Severity, number>>;
}

/** The shard a report says it is; a report without one came from a scan without --shard. */
export function shardMark(name: string, mark: unknown): ShardSpec {
  if (mark === undefined) {
    throw new MergeError(`${name}: not a shard's report (no shard recorded; scan with --shard K/N)`);
  }
  if (!isShardSpec(mark)) {
    throw new MergeError(`${name}: the recorded shard is not K/N with 1 <= K <= N: ${JSON.stringify(mark)}`);
  }
  return mark;
}

/** Every shard 1..N exactly once, all of the same N, from the same tool version. */
export function checkShardSet(shards: readonly (ParsedShard<unknown> & { readonly toolVersion: string })[]): void {
  const [first] = shards;
  if (!first) {
    return;
  }
  const label = (s: ShardSpec): string => `${s.index}/${s.count}`;
  for (const shard of shards) {
    if (shard.shard.count !== first.shard.count) {
      throw new MergeError(`shards from different counts: ${first.name} is ${label(first.shard)}, ${shard.name} is ${label(shard.shard)}`);
    }
    if (shard.toolVersion !== first.toolVersion) {
      throw new MergeError(`shards from different versions: ${first.name} is from ${first.toolVersion}, ${shard.name} from ${shard.toolVersion}`);
    }
  }
  const byIndex = new Map<number, string>();
  for (const shard of shards) {
    const seen = byIndex.get(shard.shard.index);
    if (seen !== undefined) {
      throw new MergeError(`shard ${label(shard.shard)} given twice: ${seen} and ${shard.name}`);
    }
    byIndex.set(shard.shard.index, shard.name);
  }
  const missing = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    throw new MergeError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${first.shard.count}`).join(', ')}: merge needs every shard`);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stable sort by file: within one file, a shard's order is already the full scan's. */
export function sortByFile<T>(items: readonly T[], fileOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, file: fileOf(item) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((entry) => entry.item);
}
