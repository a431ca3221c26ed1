/**
 * Settings shared by the extension (`privacyLens.*`) and the CLI, validated here so that both
 * report a bad value the same way: one message naming the key and what is expected, and the
 * default used in its place.
 */
import { minimatch } from 'minimatch';
import { isSeverity, type Severity } from './model';

export type RuleSeverity = Severity | 'off';

export interface PrivacyLensConfig {
  readonly enabled: boolean;
  /** Globs (minimatch, relative to the workspace or scan root) of files to scan; empty means all supported files. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Per rule id: a severity, or `off`. Rules not named keep their default. */
  readonly severity: Readonly<Record<string, RuleSeverity>>;
}

export const DEFAULT_EXCLUDES: readonly string[] = [
  '**/node_modules/**',
  '**/.git/**',
  '**/dist/**',
  '**/build/**',
  '**/out/**',
  '**/coverage/**',
  '**/.venv/**',
  '**/venv/**',
  '**/__pycache__/**',
  '**/*.min.js',
];

export const DEFAULT_CONFIG: PrivacyLensConfig = { enabled: true, include: [], exclude: DEFAULT_EXCLUDES, severity: {} };

export interface ConfigProblem {
  readonly key: string;
  readonly message: string;
}

/** Validates raw settings (from VS Code or a file); unknown or bad values fall back to defaults with a problem each. */
export function validateConfig(raw: Readonly<Record<string, unknown>>, knownRuleIds: readonly string[]): { config: PrivacyLensConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
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
  return { config: { enabled, include, exclude, severity }, problems };
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
  const options = { dot: true, matchBase: false };
  if (config.exclude.some((glob) => minimatch(relativePath, glob, options))) {
    return false;
  }
  return config.include.length === 0 || config.include.some((glob) => minimatch(relativePath, glob, options));
}

/** The effective severity of a rule, or undefined when it is off. */
export function effectiveSeverity(config: PrivacyLensConfig, ruleId: string, defaultSeverity: Severity): Severity | undefined {
  const configured = config.severity[ruleId];
  return configured === 'off' ? undefined : (configured ?? defaultSeverity);
}
