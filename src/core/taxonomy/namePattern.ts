/**
 * The user's regular expressions (`patterns`, `ignoreNames`, `sanitizers`, `authGuards`) come from
 * settings and from `.privacy-lens.json`, which a stranger's repository can supply. They are run
 * on re2js, a linear-time port of RE2, never on the backtracking engine: a pattern like `(a+)+$`
 * costs time proportional to the name it is matched against, not exponential in it. RE2 has no
 * lookaround and no backreferences; a pattern that uses them is refused with the engine's reason.
 */
import { RE2JS } from 're2js';

/** What the classifier asks of a user pattern: whether it matches a whole name, ignoring case. */
export interface NamePattern {
  /** The pattern as the user wrote it (the cache key hashes it; a cloned pattern is rebuilt from it). */
  readonly source: string;
  test(name: string): boolean;
}

/** A user pattern compiled for the linear-time engine. */
export class LinearNamePattern implements NamePattern {
  /** Names the engine in tests and logs: the guarantee depends on it. */
  static readonly ENGINE = 're2js';

  /**
   * A private field, not a property: a configuration sent to a scan worker is structured-cloned,
   * which copies `source` and drops the class; the worker rebuilds it (revivePatterns) instead of
   * receiving a copy of the automaton.
   */
  readonly #compiled: RE2JS;

  private constructor(
    readonly source: string,
    compiled: RE2JS,
  ) {
    this.#compiled = compiled;
  }

  /** Compiles `source` to match whole names, ignoring case; throws with RE2's reason when it cannot. */
  static compile(source: string): LinearNamePattern {
    return new LinearNamePattern(source, compileWhole([source]));
  }

  test(name: string): boolean {
    return this.#compiled.testExact(name);
  }
}

function compileWhole(sources: readonly string[]): RE2JS {
  return RE2JS.compile(sources.map((s) => `(?:${RE2JS.translateRegExp(s)})`).join('|'), RE2JS.CASE_INSENSITIVE);
}

/**
 * Patterns that arrived through structured cloning (a scan worker's copy of the configuration)
 * have their `source` and no `test`: they are compiled again, for the linear-time engine. Patterns
 * that can test (compiled here, or a RegExp a caller built) are kept as they are. A worker receives
 * a configuration once (see ScanTask.config), so this runs once per configuration, not per file.
 */
export function revivePatterns(patterns: readonly NamePattern[]): readonly NamePattern[] {
  return patterns.every(canTest) ? patterns : patterns.map((p) => (canTest(p) ? p : LinearNamePattern.compile(p.source)));
}

function canTest(pattern: NamePattern): boolean {
  return typeof (pattern as Partial<NamePattern>).test === 'function';
}

/**
 * One automaton per list instead of one test per pattern: most identifiers match none of the
 * user's patterns, and re2js pays its cost per pass over the name, so the list is joined once.
 * Keyed by the list itself, which a configuration keeps for its lifetime.
 */
const JOINED = new WeakMap<readonly NamePattern[], (name: string) => boolean>();

/** Whether any pattern of the list matches the whole name. */
export function matchesAny(patterns: readonly NamePattern[], name: string): boolean {
  if (patterns.length === 0) {
    return false;
  }
  let test = JOINED.get(patterns);
  if (!test) {
    test = joinedTest(patterns);
    JOINED.set(patterns, test);
  }
  return test(name);
}

function joinedTest(patterns: readonly NamePattern[]): (name: string) => boolean {
  const oneByOne = (name: string): boolean => patterns.some((p) => p.test(name));
  if (patterns.length < 2 || !patterns.every((p) => p instanceof LinearNamePattern)) {
    return oneByOne;
  }
  const joined = joinedOrUndefined(patterns);
  return joined ? (name) => joined.testExact(name) : oneByOne;
}

/** Patterns valid alone can clash joined (two groups of the same name): those are tested one by one. */
function joinedOrUndefined(patterns: readonly NamePattern[]): RE2JS | undefined {
  try {
    return compileWhole(patterns.map((p) => p.source));
  } catch {
    return undefined;
  }
}
