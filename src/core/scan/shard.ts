/**
 * Splitting one workspace scan across machines: `scan --shard K/N` scans only the files whose
 * relative path hashes to shard K. The hash is SHA-256 of the path's UTF-8 bytes, with `/`
 * separators, so every machine and OS puts each file in the same shard, and every file is in
 * exactly one. Files are independent to the engine (no rule reads another file), so the shards'
 * findings together are the full scan's findings.
 */
import { createHash } from 'crypto';

/** Shard `index` of `count`, both 1-based: what `--shard K/N` names and reports record. */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/** The 1-based shard a relative path belongs to, of `count` shards. */
export function shardOfPath(relativePath: string, count: number): number {
  // The first four bytes of the digest as an unsigned integer: uniform enough over any count a CI matrix uses.
  const digest = createHash('sha256').update(relativePath, 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The files of `files` that fall in `shard`, in their given order. */
export function filesInShard<T extends { readonly relativePath: string }>(files: readonly T[], shard: ShardSpec): T[] {
  return files.filter((file) => shardOfPath(file.relativePath, shard.count) === shard.index);
}

/** Whether `value` is a well-formed shard: whole numbers with 1 <= index <= count. */
export function isShardSpec(value: unknown): value is ShardSpec {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { index, count } = value as Record<string, unknown>;
  return Number.isSafeInteger(index) && Number.isSafeInteger(count) && (index as number) >= 1 && (index as number) <= (count as number);
}
