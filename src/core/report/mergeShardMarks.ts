/**
 * How a shard's report says which shard it is, so `merge` can check that every shard is there
 * once: JSON gets `summary.shard`, SARIF a `shard` entry in the run's property bag. SARIF levels
 * fold information and hint into `note`, so the SARIF mark also carries the shard's counts by
 * severity, which `merge --fail-on` needs. `merge` removes the marks again.
 */
import { SEVERITIES, type Severity } from '../model';
import type { ShardSpec } from '../scan/shard';
import type { JsonFinding, JsonReport } from './jsonReport';
import type { ReportList } from './reportList';

export type SeverityCounts = Readonly<Record<Severity, number>>;

export interface SarifShardMark extends ShardSpec {
  readonly findingsBySeverity: SeverityCounts;
}

/** The JSON report of one shard: the full report's shape plus `summary.shard`. */
export function markJsonShard<R extends JsonReport<ReportList<JsonFinding>>>(report: R, shard: ShardSpec): R & { readonly summary: { readonly shard: ShardSpec } } {
  return { ...report, summary: { ...report.summary, shard: { index: shard.index, count: shard.count } } };
}

/** The SARIF log of one shard: the run's property bag gains `shard`. */
export function markSarifShard(sarif: object, shard: ShardSpec, findingsBySeverity: SeverityCounts): object {
  const log = sarif as { runs: Record<string, unknown>[] };
  const mark: SarifShardMark = { index: shard.index, count: shard.count, findingsBySeverity };
  return {
    ...log,
    runs: log.runs.map((run) => ({ ...run, properties: { ...(run.properties as object | undefined), shard: mark } })),
  };
}

export function countBySeverity(severities: Iterable<Severity>): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const severity of severities) {
    counts[severity]++;
  }
  return counts;
}
