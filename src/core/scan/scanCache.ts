/**
 * A content-hash cache for workspace scans: a file whose text, path, language and effective
 * settings are unchanged since the last scan (by the same build of the engine) gets its stored
 * result back without being parsed or checked again.
 *
 * It is one file of lines, rewritten whole (through a temporary file and a rename) after a scan:
 * a header naming the engine build, then one line per file, `key<TAB>"path"<TAB>result JSON`.
 * One file, so a reader never sees half of it and a CI cache step saves one path; lines, so that
 * a monorepo's cache is never held: only each line's key and place are kept while scanning
 * (scanCacheFile.ts), a file's result is read and parsed only when its key matches, and the next
 * cache is written as files finish, in that order. Only the files of the latest scan are written back. An unreadable, corrupt or foreign file, or one written by another
 * build, is treated as empty (a bad line as absent) and replaced: the cache can make a scan
 * faster, never different.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import type { FileHandle } from 'fs/promises';
import * as path from 'path';
import type { PrivacyLensConfig } from '../config';
import type { PersonalDataRecord } from '../inventory/model';
import type { Finding } from '../model';
import { RULE_CATALOGUE as RULES } from '../rules/catalogue';
import { SUPPRESSION_DIRECTIVE } from '../suppressions';
import type { NamePattern } from '../taxonomy/namePattern';
import { TOOL_VERSION } from '../version';
import { CacheFileWriter, type IndexedLine, readCacheIndex, readResultText } from './scanCacheFile';
import type { RuleError, SuppressedFinding } from './scanner';

/** Everything one file contributes to a workspace scan; skipped files are never cached. */
export interface CachedFileResult {
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  readonly ruleErrors: readonly RuleError[];
  readonly records: readonly PersonalDataRecord[];
}

const CACHE_FORMAT = 'privacy-lens-scan-cache/1';

/** What a file's result depends on besides its own text, computed once per scan. */
export interface CacheContext {
  readonly settings: string;
  /** YYYY-MM-DD (UTC): a suppression with an `until` date lapses, so such files are reused only on the same day. */
  readonly today: string;
}

export class ScanCache {
  private hitCount = 0;
  private missCount = 0;

  private constructor(
    /** Absolute. */
    readonly file: string,
    /** The previous cache's lines, by file: keys and where results sit, not the results. */
    private readonly previous: ReadonlyMap<string, IndexedLine>,
    private readonly previousHandle: FileHandle | undefined,
    /** The next cache: the hits as read, the misses as scanned now, in the order files finish. */
    private readonly next: CacheFileWriter,
  ) {}

  /**
   * Reads the cache at `file`; a missing, unreadable, corrupt or other-build file gives an empty
   * cache. Call save() or discard() afterwards: the previous file stays open until then.
   */
  static async open(file: string): Promise<ScanCache> {
    const absolute = path.resolve(file);
    const engine = await engineIdentity();
    let previous: Awaited<ReturnType<typeof readCacheIndex>> = { lines: new Map() };
    try {
      previous = await readCacheIndex(absolute, (line) => isHeader(line, engine));
    } catch {
      // Missing or unreadable: start empty; save() replaces it.
    }
    const writer = new CacheFileWriter(absolute, JSON.stringify({ format: CACHE_FORMAT, engine }));
    return new ScanCache(absolute, previous.lines, previous.handle, writer);
  }

  get hits(): number {
    return this.hitCount;
  }

  get misses(): number {
    return this.missCount;
  }

  /** The stored result for this file if its key still matches; the entry is kept for the next save. */
  async lookup(relativePath: string, key: string): Promise<CachedFileResult | undefined> {
    const entry = this.previous.get(relativePath);
    const resultJson = entry?.key === key && this.previousHandle ? await readResultText(this.previousHandle, entry).catch(() => undefined) : undefined;
    const result = resultJson === undefined ? undefined : parseResult(resultJson);
    if (!result) {
      this.missCount++;
      return undefined;
    }
    this.hitCount++;
    await this.next.append(cacheLine(key, relativePath, resultJson!));
    return result;
  }

  store(relativePath: string, key: string, result: CachedFileResult): Promise<void> {
    return this.next.append(cacheLine(key, relativePath, JSON.stringify(result)));
  }

  /** Replaces the cache file with the entries looked up or stored since open(): files not seen in this scan are dropped. */
  async save(): Promise<void> {
    await this.closePrevious();
    await this.next.save();
  }

  /** Leaves the cache file as it was (a scan that failed part way). */
  async discard(): Promise<void> {
    await this.closePrevious();
    await this.next.discard();
  }

  private async closePrevious(): Promise<void> {
    await this.previousHandle?.close().catch(() => undefined);
  }
}

function cacheLine(key: string, relativePath: string, resultJson: string): string {
  return `${key}\t${JSON.stringify(relativePath)}\t${resultJson}`;
}

/** The settings that change a file's findings: rule severities and the user's vocabulary (not include/exclude, not regulations). */
export function cacheContext(config: PrivacyLensConfig, today: string): CacheContext {
  const pattern = (p: NamePattern): string => p.source;
  const { vocabulary } = config;
  const settings = JSON.stringify({
    severity: Object.entries(config.severity).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    patterns: vocabulary.patterns.map((p) => [p.category, pattern(p.pattern)]),
    ignore: vocabulary.ignore.map(pattern),
    sanitizers: vocabulary.sanitizers.map(pattern),
    authGuards: vocabulary.authGuards.map(pattern),
  });
  return { settings: sha256(settings), today };
}

/** The key a file's entry must carry to be reused: its path, language, text and the settings, hashed. */
export function fileCacheKey(context: CacheContext, relativePath: string, languageId: string, text: string): string {
  const day = dependsOnDate(text) ? context.today : '';
  return createHash('sha256').update(`${context.settings}\0${relativePath}\0${languageId}\0${day}\0`).update(text).digest('hex');
}

/** Conservative: any file that could hold a suppression with an `until` date. */
function dependsOnDate(text: string): boolean {
  return text.includes(SUPPRESSION_DIRECTIVE) && /\buntil\s+\d{4}-\d{2}-\d{2}/.test(text);
}

/**
 * The version alone would let a rebuilt engine with changed rules reuse old results, so the
 * running code is hashed too: in the bundled CLI and extension this file is the whole engine.
 */
async function engineIdentity(): Promise<string> {
  let code = '';
  try {
    code = sha256(await fs.readFile(__filename));
  } catch {
    // Not readable (an unusual packaging): the version and the rule list still separate builds.
  }
  return sha256(JSON.stringify([TOOL_VERSION, RULES.map((r) => [r.id, r.defaultSeverity]), code]));
}

function isHeader(line: string, engine: string): boolean {
  try {
    const parsed: unknown = JSON.parse(line);
    return isObject(parsed) && parsed.format === CACHE_FORMAT && parsed.engine === engine;
  } catch {
    return false;
  }
}

/** A stored result, or nothing when the text is not one (a damaged line is a miss, never a wrong result). */
function parseResult(json: string): CachedFileResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isObject(value)) {
    return undefined;
  }
  const { findings, suppressed, ruleErrors, records } = value;
  const lists = [findings, suppressed, ruleErrors, records];
  return lists.every((list) => Array.isArray(list) && list.every(isObject)) ? (value as unknown as CachedFileResult) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
