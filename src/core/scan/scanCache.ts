/**
 * A content-hash cache for workspace scans: a file whose text, path, language and effective
 * settings are unchanged since the last scan (by the same build of the engine) gets its stored
 * result back without being parsed or checked again.
 *
 * It is one JSON file, rewritten whole (through a temporary file and a rename) after a scan:
 * a reader never sees half of it, a CI cache step saves and restores one path, and keeping only
 * the files of the latest scan costs nothing. An unreadable, corrupt or foreign file, or one
 * written by another build, is treated as empty and replaced: the cache can make a scan faster,
 * never different.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { PrivacyLensConfig } from '../config';
import type { PersonalDataRecord } from '../inventory/model';
import type { Finding } from '../model';
import { RULES } from '../rules';
import { SUPPRESSION_DIRECTIVE } from '../suppressions';
import { TOOL_VERSION } from '../version';
import type { RuleError, SuppressedFinding } from './scanner';

/** Everything one file contributes to a workspace scan; skipped files are never cached. */
export interface CachedFileResult {
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  readonly ruleErrors: readonly RuleError[];
  readonly records: readonly PersonalDataRecord[];
}

interface CacheEntry {
  readonly key: string;
  readonly result: CachedFileResult;
}

interface CacheFileContent {
  readonly format: typeof CACHE_FORMAT;
  readonly engine: string;
  /** By file path relative to the scan root: one entry per file, so an edit replaces it. */
  readonly entries: Readonly<Record<string, CacheEntry>>;
}

const CACHE_FORMAT = 'privacy-lens-scan-cache/1';

/** What a file's result depends on besides its own text, computed once per scan. */
export interface CacheContext {
  readonly settings: string;
  /** YYYY-MM-DD (UTC): a suppression with an `until` date lapses, so such files are reused only on the same day. */
  readonly today: string;
}

export class ScanCache {
  private readonly fresh = new Map<string, CacheEntry>();
  private hitCount = 0;
  private missCount = 0;

  private constructor(
    /** Absolute. */
    readonly file: string,
    private readonly engine: string,
    private readonly previous: ReadonlyMap<string, CacheEntry>,
  ) {}

  /** Reads the cache at `file`; a missing, unreadable, corrupt or other-build file gives an empty cache. */
  static async open(file: string): Promise<ScanCache> {
    const engine = await engineIdentity();
    let previous = new Map<string, CacheEntry>();
    try {
      previous = readEntries(JSON.parse(await fs.readFile(file, 'utf8')), engine);
    } catch {
      // Missing or not JSON: start empty; save() replaces it.
    }
    return new ScanCache(path.resolve(file), engine, previous);
  }

  get hits(): number {
    return this.hitCount;
  }

  get misses(): number {
    return this.missCount;
  }

  /** The stored result for this file if its key still matches; the entry is kept for the next save. */
  lookup(relativePath: string, key: string): CachedFileResult | undefined {
    const entry = this.previous.get(relativePath);
    if (entry?.key !== key) {
      this.missCount++;
      return undefined;
    }
    this.hitCount++;
    this.fresh.set(relativePath, entry);
    return entry.result;
  }

  store(relativePath: string, key: string, result: CachedFileResult): void {
    this.fresh.set(relativePath, { key, result });
  }

  /** Writes the entries looked up or stored since open(): files not seen in this scan are dropped. */
  async save(): Promise<void> {
    const entries = Object.fromEntries([...this.fresh.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const content: CacheFileContent = { format: CACHE_FORMAT, engine: this.engine, entries };
    await writeAtomically(this.file, JSON.stringify(content));
  }
}

/** The settings that change a file's findings: rule severities and the user's vocabulary (not include/exclude, not regulations). */
export function cacheContext(config: PrivacyLensConfig, today: string): CacheContext {
  const pattern = (p: RegExp): string => `${p.flags}/${p.source}`;
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

/** The entries of a parsed cache file, or none when it is not one this build wrote. */
function readEntries(parsed: unknown, engine: string): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  if (!isObject(parsed) || parsed.format !== CACHE_FORMAT || parsed.engine !== engine || !isObject(parsed.entries)) {
    return entries;
  }
  for (const [file, entry] of Object.entries(parsed.entries)) {
    if (isEntry(entry)) {
      entries.set(file, entry);
    }
  }
  return entries;
}

function isEntry(value: unknown): value is CacheEntry {
  if (!isObject(value) || typeof value.key !== 'string' || !/^[0-9a-f]{64}$/.test(value.key) || !isObject(value.result)) {
    return false;
  }
  const { findings, suppressed, ruleErrors, records } = value.result;
  return [findings, suppressed, ruleErrors, records].every((list) => Array.isArray(list) && list.every(isObject));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Through a temporary file in the same folder and a rename, so a reader never sees half a cache. */
async function writeAtomically(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, content, 'utf8');
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
