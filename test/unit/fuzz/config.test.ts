/**
 * Settings and `.privacy-lens.json` over arbitrary JSON: validateConfig never throws, every problem
 * names a key it was given, and a value that was not taken as given always has a problem naming
 * its key (no bad value is dropped in silence). loadConfigFile over arbitrary file text either
 * loads or throws its documented ConfigFileError naming the file.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { ConfigFileError, loadConfigFile } from '../../../src/cli/configFile';
import { type ConfigProblem, type PrivacyLensConfig, settingName, validateConfig } from '../../../src/core/config';
import { RULES } from '../../../src/core/rules';
import { fuzz, fuzzAsync, mochaTimeoutFor, type FuzzOptions } from './fuzzRunner';

const SETTINGS: FuzzOptions = { seed: 0xc0f1, numRuns: 2000 };
const CONFIG_FILES: FuzzOptions = { seed: 0xc0f2, numRuns: 300 };

const RULE_IDS = RULES.map((r) => r.id);
const KEYS = ['enabled', 'include', 'exclude', 'severity', 'patterns', 'ignoreNames', 'sanitizers', 'authGuards', 'regulations'] as const;

/** Regular-expression sources, valid and not: `(`, `[`, `\\`, `*` alone. */
const patternSource = fc.oneof(fc.constantFrom('email', '.*mail.*', '(', '[a-', '\\', '*', '', 'a{2,1}', '(?<n>x)', 'x'.repeat(201)), fc.string({ maxLength: 20 }));
/** Values near the right shape for each key, so that validation gets past its first check. */
const nearValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.oneof(patternSource, fc.jsonValue({ maxDepth: 1 })), { maxLength: 4 }),
  fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS, 'user.contact.email', 'user.name', 'user.unknown', 'nope'), fc.string({ maxLength: 12 })), fc.oneof(fc.constantFrom('error', 'warning', 'off', 'hint', 'loud'), fc.array(patternSource, { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })), { maxKeys: 4 }),
  fc.array(fc.constantFrom('GDPR', 'PDPA', 'PIPL', 'CCPA', 'HIPAA', 'gdpr', 'LGPD'), { maxLength: 6 }),
);
/** Raw settings as JSON.parse gives them (own `__proto__` keys included), known keys and others. */
const rawSettings = fc
  .dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 10 })), nearValue, { maxKeys: 6 })
  .map((raw) => JSON.parse(JSON.stringify(raw)) as Record<string, unknown>);

/** Whether a setting's value came through as given: if not, a problem must name the key. */
function takenAsGiven(key: (typeof KEYS)[number], value: unknown, config: PrivacyLensConfig): boolean {
  const strings = Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  switch (key) {
    case 'enabled':
      return config.enabled === value;
    case 'include':
    case 'exclude':
      return strings !== undefined && JSON.stringify(config[key]) === JSON.stringify(strings);
    case 'severity':
      return JSON.stringify(config.severity) === JSON.stringify(value);
    case 'patterns':
      return typeof value === 'object' && value !== null && !Array.isArray(value) && config.vocabulary.patterns.length === Object.values(value).flat().length;
    case 'ignoreNames':
      return strings !== undefined && config.vocabulary.ignore.length === strings.length;
    case 'sanitizers':
    case 'authGuards':
      return strings !== undefined && config.vocabulary[key].length === strings.length;
    case 'regulations':
      return strings !== undefined && strings.every((r) => config.regulations.includes(r as never)) && config.regulations.every((r) => strings.includes(r));
  }
}

function assertValidates(raw: Record<string, unknown>): void {
  const { config, problems } = validateConfig(raw, RULE_IDS);
  const names = (problem: ConfigProblem, key: string) => problem.key === key || problem.key.startsWith(`${key}.`) || problem.key.startsWith(`${key}[`);
  const named = (key: string) => problems.some((problem) => names(problem, key));
  const unknownKeys = Object.keys(raw).filter((key) => !(KEYS as readonly string[]).includes(key) && key !== '$schema');
  for (const key of unknownKeys) {
    assert.ok(problems.some((problem) => problem.key === settingName(key)), `unknown key ${JSON.stringify(key)} has no problem naming it`);
  }
  for (const problem of problems) {
    const namesAGivenKey = KEYS.some((key) => raw[key] !== undefined && names(problem, key)) || unknownKeys.some((key) => problem.key === settingName(key));
    assert.ok(namesAGivenKey, `problem names no key it was given: ${JSON.stringify(problem)}`);
    assert.ok(problem.message.trim().length > 0, `problem without a message: ${problem.key}`);
  }
  for (const key of KEYS) {
    if (raw[key] !== undefined && !takenAsGiven(key, raw[key], config)) {
      assert.ok(named(key), `${key}: ${JSON.stringify(raw[key])} was not taken as given, and no problem names it`);
    }
  }
}

describe('fuzz: settings and .privacy-lens.json', () => {
  it('validateConfig over arbitrary JSON: no crash, each bad value a problem naming its key', () => {
    fuzz('config validateConfig', fc.property(rawSettings, assertValidates), SETTINGS);
  }).timeout(mochaTimeoutFor(SETTINGS));

  it('loadConfigFile over arbitrary file text: loads, or a ConfigFileError naming the file', async () => {
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-fuzz-'));
    const file = path.join(directory, '.privacy-lens.json');
    const text = fc.oneof(rawSettings.map((raw) => JSON.stringify(raw)), fc.jsonValue().map((v) => JSON.stringify(v)), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 40 }));
    try {
      await fuzzAsync(
        'config loadConfigFile',
        fc.asyncProperty(text, async (content) => {
          await fs.writeFile(file, content, 'utf8');
          try {
            const { problems } = await loadConfigFile(file, true);
            assert.ok(Array.isArray(problems));
          } catch (error) {
            assert.ok(error instanceof ConfigFileError, `not a ConfigFileError: ${String(error)}`);
            assert.ok(error.message.includes(file), `the message does not name the file: ${error.message}`);
          }
        }),
        CONFIG_FILES,
      );
    } finally {
      await fs.rm(directory, { recursive: true, force: true });
    }
  }).timeout(mochaTimeoutFor(CONFIG_FILES));
});
