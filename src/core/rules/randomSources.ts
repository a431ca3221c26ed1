/**
 * Calls that draw from a non-cryptographic random number generator, per language: `Math.random()`,
 * Python's `random` module, `java.util.Random`, Go's `math/rand`, PHP's `rand()` family, Ruby's
 * `rand`, .NET's `System.Random`. Generators held in variables (`Random rnd = new Random()`,
 * `r = random.Random()`, `rng := rand.New(...)`) are followed to the calls made on them.
 */
import type { Call, SourceFacts } from '../facts';
import { comparePositions, type TextRange } from '../model';
import { chainOf, enclosingCalls, nameBefore, within } from './nearbyFacts';

export interface RandomSource {
  /** What the finding points at: the call, or the outermost call of its chain or wrapper. */
  readonly range: TextRange;
  /** How the code draws the number, for the message: `Math.random()`, `rnd.nextInt()`. */
  readonly what: string;
  readonly scope: string | undefined;
  /** Where the generator was declared, when the call is made on a variable holding one. */
  readonly generatorAt?: TextRange;
}

const PYTHON_FUNCTIONS = new Set(['random', 'randint', 'randrange', 'choice', 'choices', 'getrandbits', 'sample', 'shuffle', 'uniform', 'randbytes', 'triangular']);
const JAVA_METHODS = new Set(['nextInt', 'nextLong', 'nextDouble', 'nextFloat', 'nextBoolean', 'nextBytes', 'nextGaussian', 'ints', 'longs', 'doubles']);
const CSHARP_METHODS = new Set(['Next', 'NextInt64', 'NextDouble', 'NextSingle', 'NextBytes', 'GetItems', 'Shuffle']);
const PHP_FUNCTIONS = new Set(['rand', 'mt_rand', 'uniqid', 'lcg_value', 'str_shuffle', 'array_rand', 'shuffle']);
const RUBY_METHODS = new Set(['rand', 'bytes']);
/** What crypto/rand offers; any other `rand.X` in Go is math/rand. */
const GO_CRYPTO_RAND = new Set(['Read', 'Int', 'Prime', 'Reader', 'Text']);
/** math/rand calls that make or seed a generator without drawing from it (its draws are followed through the variable). */
const GO_CONSTRUCTORS = new Set(['New', 'NewSource', 'NewPCG', 'NewChaCha8', 'NewZipf', 'Seed']);

type Language = 'js' | 'python' | 'java' | 'csharp' | 'go' | 'php' | 'ruby';

const LANGUAGES: Readonly<Record<string, Language>> = {
  typescript: 'js',
  typescriptreact: 'js',
  javascript: 'js',
  javascriptreact: 'js',
  python: 'python',
  java: 'java',
  csharp: 'csharp',
  go: 'go',
  php: 'php',
  ruby: 'ruby',
};

/** Every call in `facts` that draws from a non-cryptographic generator, nested draws folded into the outer one. */
export function randomSources(facts: SourceFacts): RandomSource[] {
  const language = LANGUAGES[facts.languageId];
  if (!language) {
    return [];
  }
  const generators = generatorVariables(facts, language);
  const goMath = language === 'go' ? goMathRandImported(facts) : undefined;
  const sources = facts.calls.flatMap((call) => {
    const generatorAt = generators.get(call.calleePath.filter((p) => p !== 'this').slice(0, -1).join('.'));
    const direct = isDirectSource(call, language, goMath);
    const onGenerator = generatorAt !== undefined && isGeneratorMethod(call, language);
    if (!direct && !onGenerator) {
      return [];
    }
    const range = flaggedRange(facts, call, language);
    // A constructor draws nothing: `new Random()` is a source only when a draw is chained to it.
    const draws = onGenerator || !isConstructor(call.calleePath) || !sameRange(range, call.range);
    return draws ? [{ range, what: `${call.calleePath.join('.')}()`, scope: call.scope, ...(onGenerator ? { generatorAt } : {}) }] : [];
  });
  return sources.filter((s) => !sources.some((outer) => outer !== s && within(s.range, outer.range) && !sameRange(s.range, outer.range)));
}

function isDirectSource(call: Call, language: Language, goMath: 'math' | 'crypto' | 'unknown' | undefined): boolean {
  const path = call.calleePath;
  const [first, second, third] = path;
  const last = path[path.length - 1] ?? '';
  switch (language) {
    case 'js':
      return (first === 'Math' && second === 'random') || (first === '_' && path.length === 2 && ['random', 'sample', 'sampleSize', 'shuffle'].includes(last));
    case 'python':
      return (path.length === 2 && first === 'random' && PYTHON_FUNCTIONS.has(last)) || ((first === 'np' || first === 'numpy') && second === 'random' && path.length === 3);
    case 'java':
      return (first === 'Math' && second === 'random') || (first === 'ThreadLocalRandom' && second === 'current') || isRandomStringUtils(path) || isConstructor(path);
    case 'csharp':
      return (first === 'Random' && second === 'Shared' && CSHARP_METHODS.has(third ?? '')) || isConstructor(path);
    case 'go':
      return (
        path.length === 2 &&
        /^(rand|mrand|mathrand|mathRand)$/.test(first ?? '') &&
        !GO_CONSTRUCTORS.has(last) &&
        (first !== 'rand' || goMath === 'math' || (goMath === 'unknown' && !GO_CRYPTO_RAND.has(last)))
      );
    case 'php':
      return path.length === 1 && PHP_FUNCTIONS.has(last);
    case 'ruby':
      return isRubySource(call);
  }
}

/** commons-lang `RandomStringUtils.randomAlphanumeric(n)`, and 3.16's `RandomStringUtils.insecure()` instance (whose draws chain on it). */
function isRandomStringUtils(path: readonly string[]): boolean {
  return path[0] === 'RandomStringUtils' && path.length === 2 && /^(random|insecure$)/.test(path[1] ?? '');
}

/** `new Random()` (java.util.Random, System.Random), where the adapter reports constructors as calls. */
function isConstructor(path: readonly string[]): boolean {
  const joined = path.join('.');
  return joined === 'Random' || joined === 'new.Random' || joined === 'java.util.Random' || joined === 'System.Random';
}

function isRubySource(call: Call): boolean {
  const path = call.calleePath.join('.');
  const last = call.calleePath[call.calleePath.length - 1] ?? '';
  if (/^(rand|Kernel\.rand|Random\.rand|Random\.bytes|Random\.new\.(rand|bytes))$/.test(path)) {
    return true;
  }
  // Array#sample and #shuffle draw from the default generator unless given `random: SecureRandom`.
  return (last === 'sample' || last === 'shuffle') && !call.arguments.some((a) => /^random:/.test(a.text));
}

function isGeneratorMethod(call: Call, language: Language): boolean {
  const method = call.calleePath[call.calleePath.length - 1] ?? '';
  switch (language) {
    case 'java':
      return JAVA_METHODS.has(method);
    case 'csharp':
      return CSHARP_METHODS.has(method);
    case 'python':
      return PYTHON_FUNCTIONS.has(method) || ['integers', 'bytes', 'permutation'].includes(method);
    case 'ruby':
      return RUBY_METHODS.has(method);
    case 'go':
      return /^[A-Z]/.test(method);
    default:
      return false;
  }
}

/**
 * Variables holding a generator, by name, with where each was declared: a declared type
 * (`Random rnd`, `private static readonly Random _random`), a value built by a generator
 * constructor (`r = random.Random()`, `rng := rand.New(...)`, `rng = Random.new`), or, where the
 * adapter reports constructors, the variable a `new Random()` is given to.
 */
function generatorVariables(facts: SourceFacts, language: Language): Map<string, TextRange> {
  const generators = new Map<string, TextRange>();
  for (const declaration of facts.declarations) {
    if (declaration.typeText && /^(java\.util\.|System\.|\*?rand\.)?Rand(om)?$/.test(declaration.typeText.trim())) {
      generators.set(declaration.name, declaration.range);
    }
  }
  // Only Python, Go and Ruby build generators from a module's constructor function.
  const constructed = language === 'python' || language === 'go' || language === 'ruby' ? (facts.assignments ?? []) : [];
  for (const assignment of constructed) {
    if (assignment.value.some((r) => isGeneratorConstruction(r.path, r.through ?? [], language))) {
      generators.set(assignment.name, assignment.range);
    }
  }
  for (const call of facts.calls.filter((c) => (language === 'java' || language === 'csharp') && isConstructor(c.calleePath))) {
    const variable = nameBefore(facts, call.range);
    if (variable) {
      generators.set(variable.name, variable.range);
    }
  }
  return generators;
}

function isGeneratorConstruction(path: readonly string[], through: readonly string[], language: Language): boolean {
  const root = path.join('.');
  switch (language) {
    case 'python':
      return (root === 'random' && through.includes('Random')) || (/^(np|numpy)\.random$/.test(root) && through.some((t) => t === 'default_rng' || t === 'RandomState'));
    case 'go':
      return /^(rand|mrand)$/.test(root) && through.includes('New');
    case 'ruby':
      return root === 'Random.new' || (root === 'Random' && through.includes('new'));
    default:
      return false;
  }
}

/** Go: which `rand` the file imports (`math/rand` or `crypto/rand`, read from the import literals). */
function goMathRandImported(facts: SourceFacts): 'math' | 'crypto' | 'unknown' {
  const imports = new Set((facts.literals ?? []).filter((l) => l.kind === 'string' && !l.key && !l.calleePath).map((l) => l.value));
  const math = imports.has('math/rand') || imports.has('math/rand/v2');
  const crypto = imports.has('crypto/rand');
  return math && !crypto ? 'math' : crypto && !math ? 'crypto' : 'unknown';
}

/**
 * The text a fix can replace: `Math.floor(Math.random() * n)` as a whole (it has a one-call CSPRNG
 * equivalent), and the method call a chain ends in (`ThreadLocalRandom.current().nextInt(a, b)`,
 * `new Random().nextInt()`), so the finding shows what is drawn.
 */
function flaggedRange(facts: SourceFacts, call: Call, language: Language): TextRange {
  if (language === 'js') {
    const floor = enclosingCalls(facts, call.range).find((c) => c.calleePath.join('.') === 'Math.floor' && /^Math\.random\(\)\s*\*/.test(c.arguments[0]?.text ?? ''));
    return floor?.range ?? call.range;
  }
  const methods = language === 'java' ? JAVA_METHODS : language === 'csharp' ? CSHARP_METHODS : undefined;
  const outer = methods
    ? chainOf(facts, call)
        .filter((c) => c.calleePath.length === 1 && methods.has(c.calleePath[0]!) && within(call.range, c.range))
        .sort((a, b) => comparePositions(a.range.end, b.range.end))[0]
    : undefined;
  return outer?.range ?? call.range;
}

function sameRange(a: TextRange, b: TextRange): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}
