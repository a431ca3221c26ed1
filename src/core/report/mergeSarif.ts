/**
 * Merging the SARIF logs of `scan --shard K/N --format sarif`. A full scan's run lists the
 * unsuppressed results by file, then the suppressed ones by file; the merge keeps that, takes
 * the tool and rules from the first shard (all shards share one version, so one rules list),
 * and drops the shard mark from the run's property bag.
 */
import { isSeverity, type Severity } from '../model';
import type { SarifShardMark } from './mergeShardMarks';
import { checkShardSet, isObject, MergeError, type MergedDocument, type ParsedShard, shardMark, sortByFile } from './mergeSupport';

interface SarifRun extends Record<string, unknown> {
  readonly tool: { readonly driver: { readonly name: string; readonly semanticVersion: string } };
  readonly results: readonly Record<string, unknown>[];
  readonly properties: { readonly shard: SarifShardMark } & Record<string, unknown>;
}

interface SarifShard {
  readonly log: Record<string, unknown>;
  readonly run: SarifRun;
}

export function mergeSarifShards(inputs: readonly { readonly name: string; readonly document: unknown }[]): MergedDocument {
  const shards = inputs.map((input) => readSarifShard(input.name, input.document));
  checkShardSet(shards.map((s) => ({ ...s, toolVersion: s.document.run.tool.driver.semanticVersion })));
  const [first] = shards;
  if (!first) {
    throw new MergeError('no shard reports given');
  }
  const results = shards.flatMap((s) => s.document.run.results);
  const merged = [...sortByFile(results.filter((r) => !('suppressions' in r)), resultFile), ...sortByFile(results.filter((r) => 'suppressions' in r), resultFile)];
  const run = Object.fromEntries(
    Object.entries(first.document.run)
      .map(([key, value]): [string, unknown] => [key, key === 'results' ? merged : key === 'properties' ? withoutShard(first.document.run.properties) : value])
      .filter(([, value]) => value !== undefined),
  );
  const findingsBySeverity = Object.fromEntries(
    Object.keys(first.document.run.properties.shard.findingsBySeverity).map((severity) => [severity, shards.reduce((total, s) => total + (s.document.run.properties.shard.findingsBySeverity[severity as Severity] ?? 0), 0)]),
  ) as Record<Severity, number>;
  return { document: { ...first.document.log, runs: [run] }, findingsBySeverity };
}

/** The run's property bag without the shard mark; none at all if the mark was all it held. */
function withoutShard(properties: SarifRun['properties']): Record<string, unknown> | undefined {
  const rest = Object.fromEntries(Object.entries(properties).filter(([key]) => key !== 'shard'));
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** The scanned file a result is in: its first location's URI, decoded back to the report's path. */
function resultFile(result: Record<string, unknown>): string {
  const locations = result.locations as { physicalLocation: { artifactLocation: { uri: string } } }[];
  return decodeURI(locations[0]?.physicalLocation.artifactLocation.uri ?? '');
}

function readSarifShard(name: string, document: unknown): ParsedShard<SarifShard> {
  const log = document as Record<string, unknown>;
  const runs = log.runs as unknown[];
  const [run] = runs;
  if (runs.length !== 1 || !isObject(run)) {
    throw new MergeError(`${name}: a privacy-lens SARIF log has exactly one run, this has ${runs.length}`);
  }
  const driver = isObject(run.tool) ? run.tool.driver : undefined;
  if (!isObject(driver) || driver.name !== 'Privacy Lens' || typeof driver.semanticVersion !== 'string') {
    throw new MergeError(`${name}: the run's tool is not Privacy Lens`);
  }
  const results = Array.isArray(run.results) ? (run.results as unknown[]) : undefined;
  const bad = results?.findIndex((r) => !hasFileLocation(r));
  if (results === undefined || (bad !== undefined && bad >= 0)) {
    throw new MergeError(`${name}: ${results === undefined ? 'the run has no results list' : `results[${bad}] has no file location`}`);
  }
  const properties = isObject(run.properties) ? run.properties : {};
  const shard = shardMark(name, properties.shard);
  const counts = (properties.shard as Record<string, unknown>).findingsBySeverity;
  if (!isObject(counts) || !Object.entries(counts).every(([severity, count]) => isSeverity(severity) && typeof count === 'number')) {
    throw new MergeError(`${name}: the shard mark has no counts by severity (properties.shard.findingsBySeverity)`);
  }
  return { name, document: { log, run: run as SarifRun }, shard };
}

function hasFileLocation(result: unknown): boolean {
  if (!isObject(result) || !Array.isArray(result.locations)) {
    return false;
  }
  const [location] = result.locations as unknown[];
  const physical = isObject(location) ? location.physicalLocation : undefined;
  const artifact = isObject(physical) ? physical.artifactLocation : undefined;
  return isObject(artifact) && typeof artifact.uri === 'string' && isDecodable(artifact.uri);
}

function isDecodable(uri: string): boolean {
  try {
    decodeURI(uri);
    return true;
  } catch {
    return false;
  }
}
