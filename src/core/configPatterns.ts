/**
 * The settings that hold regular expressions: `patterns`, `ignoreNames`, `sanitizers`,
 * `authGuards`. A repository can supply them, so each is compiled for the linear-time engine
 * (taxonomy/namePattern.ts) or refused with one problem naming its key and why.
 */
import type { ConfigProblem } from './config';
import { isKnownCategory } from './taxonomy/categories';
import { LinearNamePattern, type NamePattern } from './taxonomy/namePattern';
import type { CustomPattern } from './taxonomy/vocabulary';

/** Patterns longer than this are refused: a short pattern is also a small automaton. */
export const MAX_PATTERN_LENGTH = 200;

/** `patterns`: `{ "<category key>": ["<regular expression>", ...] }`, matched case-insensitively against whole identifiers. */
export function customPatterns(value: unknown, problems: ConfigProblem[]): CustomPattern[] {
  if (value === undefined) {
    return [];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ key: 'patterns', message: 'expected an object mapping category keys (e.g. "user.contact.email") to arrays of regular expressions' });
    return [];
  }
  const patterns: CustomPattern[] = [];
  for (const [category, list] of Object.entries(value as Record<string, unknown>)) {
    if (!isKnownCategory(category) && !isKnownCategory(category.split('.').slice(0, 2).join('.'))) {
      problems.push({ key: `patterns.${category}`, message: 'unknown category; use a fideslang key such as user.contact.email or a sub-key of one' });
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push({ key: `patterns.${category}`, message: 'expected an array of regular expressions' });
      continue;
    }
    list.forEach((source: unknown, index) => {
      const pattern = compilePattern(source, `patterns.${category}[${index}]`, problems);
      if (pattern) {
        patterns.push({ category, pattern });
      }
    });
  }
  return patterns;
}

/**
 * `ignoreNames` (identifiers never to report), `sanitizers` (functions whose result is no longer
 * plaintext personal data) and `authGuards`: regular expressions matched against whole names.
 */
export function patternList(value: unknown, key: string, problems: ConfigProblem[]): NamePattern[] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push({ key, message: 'expected an array of regular expressions' });
    return [];
  }
  return value.flatMap((source: unknown, index) => compilePattern(source, `${key}[${index}]`, problems) ?? []);
}

/** Compiles one user pattern to match whole names, ignoring case, or records why it cannot be used. */
function compilePattern(source: unknown, key: string, problems: ConfigProblem[]): NamePattern | undefined {
  if (typeof source !== 'string' || source === '') {
    problems.push({ key, message: 'expected a non-empty regular expression string' });
    return undefined;
  }
  if (source.length > MAX_PATTERN_LENGTH) {
    problems.push({ key, message: `pattern is longer than ${MAX_PATTERN_LENGTH} characters` });
    return undefined;
  }
  try {
    return LinearNamePattern.compile(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    problems.push({ key, message: `invalid regular expression: ${reason} (patterns run on a linear-time engine with RE2 syntax: no lookaround, no backreferences)` });
    return undefined;
  }
}
