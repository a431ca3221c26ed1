/**
 * Settings shared by the extension (`privacyLens.*`) and the CLI, validated here so that both
 * report a bad value the same way: one message naming the key and what is expected, and the
 * default used in its place.
 */
import { Minimatch } from 'minimatch';
import { DEFAULT_FILE_BUDGETS, fileBudgets } from './configBudgets';
import { customPatterns, patternList } from './configPatterns';
import { isSeverity, type Severity } from './model';
import { REGULATIONS, type Regulation } from './taxonomy/sensitivity';
import { EMPTY_VOCABULARY, type Vocabulary } from './taxonomy/vocabulary';

export type RuleSeverity = Severity | 'off';

export interface PrivacyLensConfig {
  readonly enabled: boolean;
  /** Globs (minimatch, relative to the workspace or scan root) of files to scan; empty means all supported files. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Per rule id: a severity, or `off`. Rules not named keep their default. */
  readonly severity: Readonly<Record<string, RuleSeverity>>;
  /** The user's patterns per category and names to ignore, compiled (`patterns`, `ignoreNames`). */
  readonly vocabulary: Vocabulary;
  /** The laws whose citations the checklist, hovers and reports show (`regulations`); all five by default. */
  readonly regulations: readonly Regulation[];
  /** Files larger than this are skipped with a reason (`maxFileSizeKB` × 1024); validateConfig always sets it. */
  readonly maxFileBytes?: number;
  /** A file whose parse runs longer than this is skipped with a reason (`fileTimeBudgetMs`); validateConfig always sets it. */
  readonly fileTimeBudgetMs?: number;
}

export const DEFAULT_EXCLUDES: readonly string[] = [
  '**/node_modules/**',
  '**/.git/**',
  // The review file and its backups: the DPO's decisions, not code.
  '**/.privacy-lens/**',
  '**/dist/**',
  '**/build/**',
  '**/out/**',
  '**/coverage/**',
  '**/.venv/**',
  '**/venv/**',
  '**/__pycache__/**',
  '**/*.min.js',
];

/** What the "Mask in the log" quick fix calls when `maskingFunction` is not set. */
export const DEFAULT_MASKING_FUNCTION = 'mask';

export const DEFAULT_CONFIG: PrivacyLensConfig = {
  enabled: true,
  include: [],
  exclude: DEFAULT_EXCLUDES,
  severity: {},
  vocabulary: EMPTY_VOCABULARY,
  regulations: REGULATIONS,
  ...DEFAULT_FILE_BUDGETS,
};

/** The keys of `.privacy-lens.json`, the same as the editor's `privacyLens.*` settings that the engine reads. */
export const CONFIG_KEYS = [
  'enabled',
  'include',
  'exclude',
  'severity',
  'patterns',
  'ignoreNames',
  'sanitizers',
  'authGuards',
  'regulations',
  'maxFileSizeKB',
  'fileTimeBudgetMs',
] as const;

/** Keys a settings file may hold that mean nothing to the engine: a JSON schema reference. */
const IGNORED_KEYS: readonly string[] = ['$schema'];

/** How a problem names a key: as written, or quoted in brackets when it is empty or not a plain name. */
export function settingName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
}

export interface ConfigProblem {
  readonly key: string;
  readonly message: string;
}

/** Validates raw settings (from VS Code or a file); unknown or bad values fall back to defaults with a problem each. */
export function validateConfig(raw: Readonly<Record<string, unknown>>, knownRuleIds: readonly string[]): { config: PrivacyLensConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  // A misspelt key ("exlude") would otherwise be ignored without a word.
  for (const key of Object.keys(raw).filter((k) => !(CONFIG_KEYS as readonly string[]).includes(k) && !IGNORED_KEYS.includes(k))) {
    problems.push({ key: settingName(key), message: `unknown setting; expected one of ${CONFIG_KEYS.join(', ')}` });
  }
  const enabled = raw.enabled === undefined ? DEFAULT_CONFIG.enabled : typeof raw.enabled === 'boolean' ? raw.enabled : bad(problems, 'enabled', 'true or false', DEFAULT_CONFIG.enabled);
  const include = globList(raw.include, 'include', DEFAULT_CONFIG.include, problems);
  const exclude = globList(raw.exclude, 'exclude', DEFAULT_CONFIG.exclude, problems);
  const severity: Record<string, RuleSeverity> = {};
  if (raw.severity !== undefined) {
    if (typeof raw.severity !== 'object' || raw.severity === null || Array.isArray(raw.severity)) {
      bad(problems, 'severity', 'an object mapping rule ids to error, warning, information, hint or off', undefined);
    } else {
      for (const [ruleId, value] of Object.entries(raw.severity as Record<string, unknown>)) {
        if (!knownRuleIds.includes(ruleId)) {
          problems.push({ key: `severity.${ruleId}`, message: `unknown rule id; expected one of ${knownRuleIds.join(', ')}` });
        } else if (value === 'off' || isSeverity(value)) {
          severity[ruleId] = value;
        } else {
          problems.push({ key: `severity.${ruleId}`, message: `expected error, warning, information, hint or off, got ${JSON.stringify(value)}` });
        }
      }
    }
  }
  const vocabulary = {
    patterns: customPatterns(raw.patterns, problems),
    ignore: patternList(raw.ignoreNames, 'ignoreNames', problems),
    sanitizers: patternList(raw.sanitizers, 'sanitizers', problems),
    authGuards: patternList(raw.authGuards, 'authGuards', problems),
  };
  const regulations = regulationList(raw.regulations, problems);
  const budgets = fileBudgets(raw, problems);
  return { config: { enabled, include, exclude, severity, vocabulary, regulations, ...budgets }, problems };
}

/** `regulations`: a subset of GDPR, PDPA, PIPL, CCPA, HIPAA, kept in the canonical order; unknown names are reported and dropped. */
function regulationList(value: unknown, problems: ConfigProblem[]): readonly Regulation[] {
  if (value === undefined) {
    return REGULATIONS;
  }
  if (!Array.isArray(value)) {
    return bad(problems, 'regulations', `an array of ${REGULATIONS.join(', ')}`, REGULATIONS);
  }
  for (const [index, name] of value.entries()) {
    if (!(REGULATIONS as readonly unknown[]).includes(name)) {
      problems.push({ key: `regulations[${index}]`, message: `unknown regulation ${JSON.stringify(name)}; expected one of ${REGULATIONS.join(', ')}` });
    }
  }
  return REGULATIONS.filter((r) => value.includes(r));
}

function globList(value: unknown, key: string, fallback: readonly string[], problems: ConfigProblem[]): readonly string[] {
  if (value === undefined) {
    return fallback;
  }
  if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) {
    return value;
  }
  return bad(problems, key, 'an array of glob strings', fallback);
}

function bad<T>(problems: ConfigProblem[], key: string, expected: string, fallback: T): T {
  problems.push({ key, message: `expected ${expected}; using the default` });
  return fallback;
}

/** Whether a file (path relative to the root, `/` separators) is in scope under include and exclude. */
export function isPathIncluded(relativePath: string, config: PrivacyLensConfig): boolean {
  const { include, exclude } = compiledGlobs(config);
  if (exclude.some((glob) => glob.match(relativePath))) {
    return false;
  }
  return include.length === 0 || include.some((glob) => glob.match(relativePath));
}

/** Globs compiled once per configuration: a walk asks about every path, and compiling dominated. */
const COMPILED_GLOBS = new WeakMap<PrivacyLensConfig, { include: Minimatch[]; exclude: Minimatch[] }>();

function compiledGlobs(config: PrivacyLensConfig): { include: Minimatch[]; exclude: Minimatch[] } {
  let compiled = COMPILED_GLOBS.get(config);
  if (!compiled) {
    const options = { dot: true, matchBase: false };
    compiled = { include: config.include.map((g) => new Minimatch(g, options)), exclude: config.exclude.map((g) => new Minimatch(g, options)) };
    COMPILED_GLOBS.set(config, compiled);
  }
  return compiled;
}

/** The effective severity of a rule, or undefined when it is off. */
export function effectiveSeverity(config: PrivacyLensConfig, ruleId: string, defaultSeverity: Severity): Severity | undefined {
  const configured = config.severity[ruleId];
  return configured === 'off' ? undefined : (configured ?? defaultSeverity);
}
