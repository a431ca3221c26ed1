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
  /** The pattern as the user wrote it (the cache key hashes it). */
  readonly source: string;
  test(name: string): boolean;
}

/** A user pattern compiled for the linear-time engine. */
export class LinearNamePattern implements NamePattern {
  /** Names the engine in tests and logs: the guarantee depends on it. */
  static readonly ENGINE = 're2js';

  private constructor(
    readonly source: string,
    private readonly compiled: RE2JS,
  ) {}

  /** Compiles `source` to match whole names, ignoring case; throws with RE2's reason when it cannot. */
  static compile(source: string): LinearNamePattern {
    return new LinearNamePattern(source, compileWhole([source]));
  }

  test(name: string): boolean {
    return this.compiled.testExact(name);
  }
}

function compileWhole(sources: readonly string[]): RE2JS {
  return RE2JS.compile(sources.map((s) => `(?:${RE2JS.translateRegExp(s)})`).join('|'), RE2JS.CASE_INSENSITIVE);
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
  try {
    const joined = compileWhole(patterns.map((p) => p.source));
    return (name) => joined.testExact(name);
  } catch {
    // Patterns valid alone can clash joined (two groups of the same name): test them one by one.
    return oneByOne;
  }
}
