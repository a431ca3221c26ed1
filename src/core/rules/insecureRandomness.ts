/**
 * `insecure-randomness`: a non-cryptographic generator (see randomSources.ts) used to make
 * something that must not be guessed: a token, password, reset or verification code, OTP,
 * session or invite id, API key, nonce or salt. What a random value is for is read from the name
 * it is given to (`const resetToken = ...`, `{ sessionId: ... }`, `otp := ...`), one step further
 * when it passes through a neutral variable (`n = rand(); code = f"{n:06d}"`), and from the
 * function that makes it (`generateToken()`), where the adapter reports functions. Random values
 * for presentation, timing and sampling (`jitter`, `delay`, `shuffledQuestions`) are not findings.
 */
import type { SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { ruleInfo } from './catalogue';
import { assignmentsReading, enclosingFunction, nameBefore } from './nearbyFacts';
import { randomSources, type RandomSource } from './randomSources';
import type { Rule } from './rule';
import { namesHarmlessUse, namesSecretUse } from './secretNames';

const STRENGTH = ruleInfo('insecure-randomness').checklist;

export const INSECURE_RANDOMNESS: Rule = {
  ...ruleInfo('insecure-randomness'),
  check: (facts) => {
    // Draws that make one value on one line (`hex(r.nextLong()) + hex(r.nextLong())`) are one finding.
    const made = new Set<string>();
    return randomSources(facts).flatMap((source) => {
      const use = secretUse(facts, source);
      const value = `${source.range.start.line}:${use ?? ''}`;
      if (!use || made.has(value)) {
        return [];
      }
      made.add(value);
      return [finding(facts.languageId, source, use)];
    });
  },
};

/** The name that says `source` makes a secret (`resetToken`, `generateOtp()`), if one does. */
function secretUse(facts: SourceFacts, source: RandomSource): string | undefined {
  const immediate = namesGiven(facts, source);
  const secret = immediate.find(namesSecretUse) ?? immediate.flatMap((name) => namesFedBy(facts, name, source.scope)).find(namesSecretUse);
  if (secret) {
    return secret;
  }
  if (immediate.some(namesHarmlessUse)) {
    return undefined;
  }
  const maker = enclosingFunction(facts, source.range, source.scope);
  return maker && namesSecretUse(maker.name) ? `${maker.name}()` : undefined;
}

/** The variable, key or field the random value is given to directly. */
function namesGiven(facts: SourceFacts, source: RandomSource): string[] {
  const names = assignmentsReading(facts, source.range).map((a) => a.name);
  const before = nameBefore(facts, source.range);
  return before ? [...names, before.name] : names;
}

/** Variables given a value read from `name` in the same function: `code` in `n = rand(); code = f"{n:06d}"`. */
function namesFedBy(facts: SourceFacts, name: string, scope: string | undefined): string[] {
  return (facts.assignments ?? []).filter((a) => a.name !== name && (scope === undefined || a.scope === scope) && a.value.some((r) => r.path.join('.') === name)).map((a) => a.name);
}

const ADVICE: Readonly<Record<string, string>> = {
  typescript: "Use Node's crypto.randomBytes, crypto.randomInt or crypto.randomUUID (crypto.getRandomValues in a browser).",
  python: 'Use the secrets module (secrets.token_urlsafe, secrets.randbelow, secrets.choice).',
  java: 'Use java.security.SecureRandom.',
  go: 'Use crypto/rand (rand.Read, rand.Int, rand.Text).',
  php: 'Use random_int or random_bytes.',
  ruby: 'Use SecureRandom (SecureRandom.hex, SecureRandom.random_number, SecureRandom.alphanumeric).',
  csharp: 'Use System.Security.Cryptography.RandomNumberGenerator (GetInt32, GetBytes).',
};

function advice(languageId: string): string {
  const key = /^(typescript|javascript)/.test(languageId) ? 'typescript' : languageId;
  return ADVICE[key] ?? 'Use the platform’s cryptographically secure generator.';
}

function finding(languageId: string, source: RandomSource, use: string): RawFinding {
  return {
    ruleId: INSECURE_RANDOMNESS.id,
    message: `${source.what} makes ${use} with a generator that is not cryptographic: its output can be predicted from a few earlier values, so ${use} can be guessed. ${advice(languageId)}`,
    range: source.range,
    dataCategories: [],
    checklist: STRENGTH,
    ...(source.generatorAt ? { related: [{ range: source.generatorAt, message: 'the non-cryptographic generator is created here' }] } : {}),
  };
}
