/**
 * `insecure-randomness` fixes: the draw replaced by the platform's cryptographically secure
 * generator, where one call does the same job. Preferred only when the replacement keeps the
 * contract (same range, same distribution, same type) on every runtime the language targets.
 * Go has none: crypto/rand's `Int` takes a reader and a *big.Int and returns an error.
 */
import { parseCall } from './callText';
import type { FixContext, MechanicalFix } from './fix';

type Maker = (text: string, context: FixContext) => MechanicalFix | undefined;

const BY_LANGUAGE: Readonly<Record<string, Maker>> = {
  typescript: nodeRandomInt,
  typescriptreact: nodeRandomInt,
  javascript: nodeRandomInt,
  javascriptreact: nodeRandomInt,
  python: pythonSecrets,
  php: phpRandomInt,
  ruby: rubySecureRandom,
  java: javaSecureRandom,
  csharp: dotnetRandomNumberGenerator,
};

export function secureRandom(text: string, context: FixContext): MechanicalFix | undefined {
  return BY_LANGUAGE[context.languageId]?.(text, context);
}

/**
 * `Math.floor(Math.random() * n)` -> `randomInt(n)`: the same uniform integer in [0, n) where n is
 * an integer below 2^48 (randomInt throws otherwise), and Node only, so not preferred. A bare
 * `Math.random()` (a float) has no one-call equivalent.
 */
function nodeRandomInt(text: string, context: FixContext): MechanicalFix | undefined {
  const match = /^Math\.floor\(\s*Math\.random\(\)\s*\*\s*([\s\S]+)\)$/.exec(text.trim());
  const written = match?.[1]?.trim();
  if (!written) {
    return undefined;
  }
  // `(max - min + 1)` is already one argument: its parentheses go.
  const wrapped = written.startsWith('(') ? parseCall(`f${written}`) : undefined;
  const bound = wrapped?.callee === 'f' && wrapped.args.length === 1 ? wrapped.args[0]! : written;
  // TypeScript compiles the import to whatever module system it targets; plain JavaScript may be CommonJS.
  return context.languageId.startsWith('typescript')
    ? { title: 'Use crypto.randomInt (Node.js; the bound must be an integer below 2^48)', replacement: `randomInt(${bound})`, requiresLine: "import { randomInt } from 'crypto';" }
    : { title: 'Use crypto.randomInt (Node.js, CommonJS; the bound must be an integer below 2^48)', replacement: `require('crypto').randomInt(${bound})` };
}

/** `random.choice(x)` -> `secrets.choice(x)`, `random.randint(a, b)` -> `secrets.randbelow(b - a + 1) + a`, others through `secrets.SystemRandom()`. */
function pythonSecrets(text: string): MechanicalFix | undefined {
  const call = parseCall(text);
  const fn = call?.callee.startsWith('random.') ? call.callee.slice('random.'.length) : undefined;
  if (!call || !fn || !/^\w+$/.test(fn)) {
    return undefined;
  }
  const args = call.args;
  const [a, b] = args;
  let replacement = `secrets.SystemRandom().${fn}(${args.join(', ')})`;
  if (fn === 'choice' || (fn === 'getrandbits' && args.length === 1)) {
    replacement = fn === 'choice' ? `secrets.choice(${args.join(', ')})` : `secrets.randbits(${a})`;
  } else if (fn === 'randint' && a !== undefined && b !== undefined && args.length === 2 && !isKeyword(a) && !isKeyword(b)) {
    replacement = a === '0' ? `secrets.randbelow(${grouped(b)} + 1)` : `secrets.randbelow(${grouped(b)} - ${grouped(a)} + 1) + ${grouped(a)}`;
  } else if (fn === 'randrange' && a !== undefined && args.length === 1 && !isKeyword(a)) {
    replacement = `secrets.randbelow(${a})`;
  }
  return { title: `Use the secrets module (${replacement.split('(')[0]})`, replacement, preferred: true, requiresLine: 'import secrets' };
}

function isKeyword(argument: string): boolean {
  return /^\w+\s*=(?!=)/.test(argument);
}

/** An operand that is more than a name or a number, in parentheses: `b - a` must not become `x + 1 - a`. */
function grouped(expression: string): string {
  return /^[\w.]+$/.test(expression) ? expression : `(${expression})`;
}

/** `rand(a, b)` / `mt_rand(a, b)` -> `random_int(a, b)`: the same inclusive range; `rand()` -> `random_int(0, getrandmax())`. */
function phpRandomInt(text: string): MechanicalFix | undefined {
  const call = parseCall(text);
  if (!call || (call.callee !== 'rand' && call.callee !== 'mt_rand') || (call.args.length !== 0 && call.args.length !== 2)) {
    return undefined;
  }
  const args = call.args.length === 2 ? call.args.join(', ') : `0, ${call.callee === 'rand' ? 'getrandmax()' : 'mt_getrandmax()'}`;
  return { title: 'Use random_int (cryptographically secure, same range)', replacement: `random_int(${args})`, preferred: true };
}

/** `rand(n)` -> `SecureRandom.random_number(n)`; `list.sample` -> `list.sample(random: SecureRandom)`. */
function rubySecureRandom(text: string): MechanicalFix | undefined {
  const trimmed = text.trim();
  const requiresLine = "require 'securerandom'";
  const draw = /^(rand|Kernel\.rand|Random\.rand|Random\.new\.rand)(\(([\s\S]*)\))?$/.exec(trimmed);
  if (draw) {
    return { title: 'Use SecureRandom.random_number', replacement: `SecureRandom.random_number${draw[2] ?? ''}`, preferred: true, requiresLine };
  }
  const pick = /^([\s\S]*\.(sample|shuffle))(\(([\s\S]*)\))?$/.exec(trimmed);
  if (pick) {
    const args = pick[4]?.trim();
    return { title: `Pass random: SecureRandom to ${pick[2]}`, replacement: `${pick[1]}(${args ? `${args}, ` : ''}random: SecureRandom)`, preferred: true, requiresLine };
  }
  return undefined;
}

/** `new Random()` -> `new SecureRandom()` (a subclass: same methods); `Math.random()` -> `new SecureRandom().nextDouble()`. */
function javaSecureRandom(text: string): MechanicalFix | undefined {
  const requiresLine = 'import java.security.SecureRandom;';
  const trimmed = text.trim();
  if (trimmed === 'Math.random()') {
    return { title: 'Use SecureRandom', replacement: 'new SecureRandom().nextDouble()', preferred: true, requiresLine };
  }
  if (/new\s+(java\.util\.)?Random\(\s*\)/.test(trimmed)) {
    return { title: 'Use SecureRandom', replacement: trimmed.replace(/new\s+(java\.util\.)?Random\(\s*\)/, 'new SecureRandom()'), preferred: true, requiresLine };
  }
  // ThreadLocalRandom's two-bound nextInt is on SecureRandom only from Java 17 (RandomGenerator).
  const threadLocal = /^ThreadLocalRandom\.current\(\)(\.\w+\(([\s\S]*)\))$/.exec(trimmed);
  if (threadLocal) {
    const twoBounds = (parseCall(trimmed)?.args.length ?? 0) > 1;
    return { title: twoBounds ? 'Use SecureRandom (Java 17 or later)' : 'Use SecureRandom', replacement: `new SecureRandom()${threadLocal[1]}`, preferred: !twoBounds, requiresLine };
  }
  return undefined;
}

/** `x.Next(a, b)` -> `RandomNumberGenerator.GetInt32(a, b)`: the same half-open range. */
function dotnetRandomNumberGenerator(text: string): MechanicalFix | undefined {
  const call = parseCall(text);
  if (!call || !/\.Next$/.test(call.callee) || call.args.length > 2) {
    return undefined;
  }
  const args = call.args.length === 0 ? 'int.MaxValue' : call.args.join(', ');
  return { title: 'Use RandomNumberGenerator.GetInt32', replacement: `RandomNumberGenerator.GetInt32(${args})`, preferred: true, requiresLine: 'using System.Security.Cryptography;' };
}
