/**
 * The engine's entry point for one text: facts from the language adapter, every enabled rule
 * over them, suppressions applied, severities from settings, fingerprints added.
 * The extension, the CLI and the tests all scan through this one class.
 */
import { type PrivacyLensConfig, DEFAULT_CONFIG, effectiveSeverity } from '../config';
import type { SourceFacts } from '../facts';
import { fingerprintFindings } from '../fingerprint';
import type { PersonalDataRecord } from '../inventory/model';
import { buildRecords } from '../inventory/records';
import { TEXT_ADAPTERS, TREE_ADAPTERS } from '../languages';
import { KEPT_DOCUMENTS, KeptTrees } from '../languages/keptTrees';
import { languageById, languageFamily } from '../languages/languageRegistry';
import { StatementFactsCache } from '../languages/statementFacts';
import { readStatements, readTree } from '../languages/syntaxTree';
import { TreeSitterHost } from '../languages/treeSitter';
import { compareFindings, type Finding, type RawFinding } from '../model';
import { RULES, type Rule } from '../rules';
import { findSuppression, isInForce, parseSuppressions } from '../suppressions';
import { Classifier } from '../taxonomy/vocabulary';

export interface ScanTextOptions {
  readonly languageId: string;
  /** Path used in fingerprints: relative to the workspace or scan root, `/` separators. */
  readonly filePath: string;
  readonly config?: PrivacyLensConfig;
  readonly timeBudgetMs?: number;
  /**
   * Names a document open in an editor (its URI), scanned again after each change: the scanner keeps
   * its syntax tree and what it read from each top-level statement, so the next version parses
   * incrementally and only the statements the edit touched are read again. Workspace scans leave it out.
   */
  readonly document?: string;
  /** Today as YYYY-MM-DD (UTC), against which `until` dates of suppressions are read; tests pin it. */
  readonly today?: string;
}

export interface SuppressedFinding extends Finding {
  readonly suppressionReason: string;
}

export interface RuleError {
  readonly ruleId: string;
  readonly message: string;
}

export interface TextScanResult {
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  /** Rules that threw: the other rules' findings are still reported. */
  readonly ruleErrors: readonly RuleError[];
  /** Types, models and tables holding the personal-data fields found, with their privacy annotations. */
  readonly records: readonly PersonalDataRecord[];
}

/**
 * What scans one text: the Scanner itself, in this thread, or a ScanWorkerPool that hands the
 * text to a worker thread (the extension and the CLI), so long scans never block the caller.
 */
export interface TextScanner {
  /** How many texts it scans at once; a workspace scan keeps that many (and as many queued) in flight. */
  readonly parallelism?: number;
  scanText(text: string, options: ScanTextOptions): Promise<TextScanResult>;
  /** Drops what was kept for a document (`ScanTextOptions.document`) that has closed. */
  forgetDocument?(document: string): void;
}

/**
 * VS Code, like the reports, counts a lone CR (old Mac line endings, or a stray one in a mixed
 * file) as a line break, but tree-sitter and the YAML parser count only LF, which put findings
 * after one on the wrong line. A lone CR becomes an LF before parsing: the text keeps its length,
 * so every offset is the same, and lines and columns come out as the editor counts them.
 */
export function withLoneCarriageReturnsAsNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

export class Scanner implements TextScanner {
  private readonly keptTrees = new KeptTrees();
  /** By language and document, least recently used first; as many as there are kept trees. */
  private readonly statementCaches = new Map<string, StatementFactsCache>();

  /** `rules`: the engine's own; tests pass others (one that throws, say). */
  constructor(
    private readonly host: TreeSitterHost = new TreeSitterHost(),
    private readonly rules: readonly Rule[] = RULES,
  ) {}

  forgetDocument(document: string): void {
    for (const key of [...this.statementCaches.keys(), ...this.keptTrees.documents()].filter((k) => documentOf(k) === document)) {
      this.statementCaches.delete(key);
      this.keptTrees.forget(key);
    }
  }

  /** `document`: see ScanTextOptions.document. */
  async extractFacts(original: string, languageId: string, timeBudgetMs?: number, document?: string): Promise<SourceFacts> {
    const text = withLoneCarriageReturnsAsNewlines(original);
    const language = languageById(languageId);
    const textAdapter = language ? TEXT_ADAPTERS[language.id] : undefined;
    if (language && textAdapter) {
      return textAdapter(text, language.id);
    }
    const treeAdapter = language ? TREE_ADAPTERS[language.id] : undefined;
    if (!language?.grammarFile || !treeAdapter) {
      throw new Error(`unsupported language: ${languageId}`);
    }
    if (document === undefined) {
      return this.host.withTree(language.grammarFile, text, (tree) => treeAdapter(readTree(tree, text), language.id), timeBudgetMs);
    }
    const key = `${language.id}\u0000${document}`;
    const statements = this.statementCache(key);
    return this.host.withTree(language.grammarFile, text, (tree) => statements.read(readStatements(tree, text), text, treeAdapter, language.id), timeBudgetMs, {
      trees: this.keptTrees,
      document: key,
    });
  }

  private statementCache(key: string): StatementFactsCache {
    const cache = this.statementCaches.get(key) ?? new StatementFactsCache();
    this.statementCaches.delete(key);
    this.statementCaches.set(key, cache);
    for (const oldest of this.statementCaches.keys()) {
      if (this.statementCaches.size <= KEPT_DOCUMENTS) {
        break;
      }
      this.statementCaches.delete(oldest);
    }
    return cache;
  }

  async scanText(text: string, options: ScanTextOptions): Promise<TextScanResult> {
    const config = options.config ?? DEFAULT_CONFIG;
    const facts = await this.extractFacts(text, options.languageId, options.timeBudgetMs, options.document);
    const ruleErrors: RuleError[] = [];
    // The user's patterns were compiled with the settings; the classifier only wraps them.
    const context = { classifier: new Classifier(config.vocabulary), filePath: options.filePath };
    const raw: { finding: RawFinding; rule: Rule }[] = [];
    const family = languageFamily(facts.languageId);
    for (const rule of this.rules) {
      if (effectiveSeverity(config, rule.id, rule.defaultSeverity) === undefined || (rule.languages && !rule.languages.includes(family))) {
        continue;
      }
      try {
        raw.push(...rule.check(facts, context).map((finding) => ({ finding, rule })));
      } catch (error) {
        ruleErrors.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
    const lines = text.split(/\r\n|\r|\n/);
    const fingerprints = fingerprintFindings(raw.map((r) => r.finding), options.filePath, lines);
    const suppressions = parseSuppressions(facts.comments);
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const findings: Finding[] = [];
    const suppressed: SuppressedFinding[] = [];
    raw.forEach(({ finding, rule }, i) => {
      const complete: Finding = { ...finding, severity: effectiveSeverity(config, rule.id, rule.defaultSeverity)!, fingerprint: fingerprints[i]! };
      const suppression = findSuppression(suppressions, finding.ruleId, finding.range.start.line);
      if (suppression && isInForce(suppression, today)) {
        suppressed.push({ ...complete, suppressionReason: suppression.reason });
      } else if (suppression) {
        const expired = { range: suppression.commentRange, message: `this suppression expired after ${suppression.until}` };
        findings.push({ ...complete, related: [...(complete.related ?? []), expired] });
      } else {
        findings.push(complete);
      }
    });
    findings.sort(compareFindings);
    return { findings, suppressed: suppressed.sort(compareFindings), ruleErrors, records: buildRecords(facts, findings, lines) };
  }
}

/** The document of a `language NUL document` cache key. */
function documentOf(key: string): string {
  return key.slice(key.indexOf('\u0000') + 1);
}
