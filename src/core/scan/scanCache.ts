/**
 * A content-hash cache for workspace scans: a file whose text, path, language and effective
 * settings are unchanged since the last scan (by the same build of the engine) gets its stored
 * result back without being parsed or checked again.
 *
 * It is one file of lines, rewritten whole (through a temporary file and a rename) after a scan:
 * a header naming the engine build, then one line per file, `key<TAB>"path"<TAB>result JSON`.
 * One file, so a reader never sees half of it and a CI cache step saves one path; lines, so that
 * a monorepo's cache is streamed rather than held as one string (V8 caps a string at about
 * 512 MB), and a file's result is parsed only when its key matches. Only the files of the latest
 * scan are written back. An unreadable, corrupt or foreign file, or one written by another
 * build, is treated as empty (a bad line as absent) and replaced: the cache can make a scan
 * faster, never different.
 */
import { createHash } from 'crypto';
import { once } from 'events';
import { createReadStream, createWriteStream, promises as fs } from 'fs';
import * as path from 'path';
import { createInterface } from 'readline';
import { finished } from 'stream/promises';
import type { PrivacyLensConfig } from '../config';
import type { PersonalDataRecord } from '../inventory/model';
import type { Finding } from '../model';
import { RULE_CATALOGUE as RULES } from '../rules/catalogue';
import { SUPPRESSION_DIRECTIVE } from '../suppressions';
import type { NamePattern } from '../taxonomy/namePattern';
import { TOOL_VERSION } from '../version';
import type { RuleError, SuppressedFinding } from './scanner';

/** Everything one file contributes to a workspace scan; skipped files are never cached. */
export interface CachedFileResult {
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  readonly ruleErrors: readonly RuleError[];
  readonly records: readonly PersonalDataRecord[];
}

/** A line of the cache: the key, and the result as stored, parsed only on a hit. */
interface CacheLine {
  readonly key: string;
  readonly line: string;
  readonly resultJson: string;
}

const CACHE_FORMAT = 'privacy-lens-scan-cache/1';

/** What a file's result depends on besides its own text, computed once per scan. */
export interface CacheContext {
  readonly settings: string;
  /** YYYY-MM-DD (UTC): a suppression with an `until` date lapses, so such files are reused only on the same day. */
  readonly today: string;
}

export class ScanCache {
  /** The lines of the next save, by file: the hits as read, the misses as scanned now. */
  private readonly fresh = new Map<string, string>();
  private hitCount = 0;
  private missCount = 0;

  private constructor(
    /** Absolute. */
    readonly file: string,
    private readonly engine: string,
    private readonly previous: ReadonlyMap<string, CacheLine>,
  ) {}

  /** Reads the cache at `file`; a missing, unreadable, corrupt or other-build file gives an empty cache. */
  static async open(file: string): Promise<ScanCache> {
    const absolute = path.resolve(file);
    const engine = await engineIdentity();
    let previous = new Map<string, CacheLine>();
    try {
      previous = await readLines(absolute, engine);
    } catch {
      // Missing or unreadable: start empty; save() replaces it.
    }
    return new ScanCache(absolute, engine, previous);
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
    const result = entry?.key === key ? parseResult(entry.resultJson) : undefined;
    if (!entry || !result) {
      this.missCount++;
      return undefined;
    }
    this.hitCount++;
    this.fresh.set(relativePath, entry.line);
    return result;
  }

  store(relativePath: string, key: string, result: CachedFileResult): void {
    this.fresh.set(relativePath, `${key}\t${JSON.stringify(relativePath)}\t${JSON.stringify(result)}`);
  }

  /** Writes the entries looked up or stored since open(): files not seen in this scan are dropped. */
  async save(): Promise<void> {
    const files = [...this.fresh.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    await writeLinesAtomically(this.file, [JSON.stringify({ format: CACHE_FORMAT, engine: this.engine }), ...files.map((f) => this.fresh.get(f)!)]);
  }
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

/** The lines of a cache file this build wrote, by file; none when the header is not this build's. */
async function readLines(file: string, engine: string): Promise<Map<string, CacheLine>> {
  const entries = new Map<string, CacheLine>();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header) {
      if (!isHeader(line, engine)) {
        lines.close();
        return entries;
      }
      header = false;
      continue;
    }
    const entry = splitLine(line);
    if (entry) {
      entries.set(entry.file, { key: entry.key, line, resultJson: entry.resultJson });
    }
  }
  return entries;
}

function isHeader(line: string, engine: string): boolean {
  try {
    const parsed: unknown = JSON.parse(line);
    return isObject(parsed) && parsed.format === CACHE_FORMAT && parsed.engine === engine;
  } catch {
    return false;
  }
}

/** `key<TAB>"path"<TAB>result`: JSON escapes tabs inside strings, so the first two tabs split it. */
function splitLine(line: string): { file: string; key: string; resultJson: string } | undefined {
  const first = line.indexOf('\t');
  const second = line.indexOf('\t', first + 1);
  const key = line.slice(0, first);
  if (first < 0 || second < 0 || !/^[0-9a-f]{64}$/.test(key)) {
    return undefined;
  }
  try {
    const file: unknown = JSON.parse(line.slice(first + 1, second));
    return typeof file === 'string' ? { file, key, resultJson: line.slice(second + 1) } : undefined;
  } catch {
    return undefined;
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

/** Streamed to a temporary file in the same folder, then renamed, so a reader never sees half a cache. */
async function writeLinesAtomically(file: string, lines: readonly string[]): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const out = createWriteStream(temporary, 'utf8');
    for (const line of lines) {
      if (!out.write(`${line}\n`)) {
        await once(out, 'drain');
      }
    }
    out.end();
    await finished(out);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
