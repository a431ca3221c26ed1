import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadConfigFile } from '../../src/cli/configFile';
import { validateConfig } from '../../src/core/config';
import { LinearNamePattern, matchesAny } from '../../src/core/taxonomy/namePattern';
import { Classifier } from '../../src/core/taxonomy/vocabulary';

const RULE_IDS = ['personal-data-field'];
/** Exponential for a backtracking engine on `(a+)+$`: every split of the a's is tried before the `!` fails it. */
const HOSTILE_IDENTIFIER = `${'a'.repeat(50_000)}!`;

describe('user patterns from a repository cannot backtrack catastrophically', () => {
  let dir: string;

  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-redos-'));
  });

  after(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('compiles (a+)+$ from .privacy-lens.json for the linear-time engine, and it answers on a 50,000-character identifier', async () => {
    const file = path.join(dir, '.privacy-lens.json');
    const catastrophic = '(a+)+$';
    await fs.writeFile(file, JSON.stringify({ patterns: { 'user.contact.email': [catastrophic] }, ignoreNames: [catastrophic], sanitizers: [catastrophic], authGuards: [catastrophic] }));
    const { config, problems } = await loadConfigFile(file, true);
    assert.deepStrictEqual(problems, []);
    const { vocabulary } = config;
    const compiled = [vocabulary.patterns[0]?.pattern, vocabulary.ignore[0], vocabulary.sanitizers[0], vocabulary.authGuards[0]];
    assert.ok(
      compiled.every((p) => p instanceof LinearNamePattern),
      `every user pattern runs on ${LinearNamePattern.ENGINE}, never on the backtracking RegExp engine`,
    );
    // Each of these would not return within the test's timeout on a backtracking engine.
    const classifier = new Classifier(vocabulary);
    assert.strictEqual(classifier.isSanitizer(HOSTILE_IDENTIFIER), false);
    assert.strictEqual(classifier.isProjectGuard(HOSTILE_IDENTIFIER), false);
    assert.strictEqual(classifier.isPersonRecordName(HOSTILE_IDENTIFIER), false);
    assert.strictEqual(vocabulary.patterns[0]?.pattern.test(HOSTILE_IDENTIFIER), false);
    assert.strictEqual(classifier.isSanitizer('a'.repeat(50_000)), true, 'and it still matches what it should');
  });

  it('refuses a pattern the linear-time engine cannot run, with one problem naming its key and why', () => {
    const { config, problems } = validateConfig(
      { patterns: { 'user.contact.email': ['mail(?=_home)', 'courriel'] }, sanitizers: ['(\\w+)_\\1'], authGuards: ['requireUser'] },
      RULE_IDS,
    );
    assert.deepStrictEqual(problems.map((p) => p.key), ['patterns.user.contact.email[0]', 'sanitizers[0]']);
    assert.match(problems[0]?.message ?? '', /invalid regular expression: .*\(\?=.*linear-time engine with RE2 syntax: no lookaround, no backreferences/);
    assert.match(problems[1]?.message ?? '', /invalid regular expression: .*\\1/);
    assert.deepStrictEqual(config.vocabulary.patterns.map((p) => p.pattern.source), ['courriel'], 'the good pattern of the same list is kept');
    assert.strictEqual(config.vocabulary.authGuards.length, 1);
  });
});

describe('user patterns sent to a scan worker', () => {
  it('cross the thread boundary as their source alone, and are rebuilt for the linear-time engine on the other side', () => {
    const { config } = validateConfig({ patterns: { 'user.contact.email': ['courriel.*', '(a+)+$'] }, ignoreNames: ['legacy_?phone'], sanitizers: ['(a+)+$'] }, RULE_IDS);
    // What postMessage does to a configuration on its way to a worker thread.
    const cloned = structuredClone(config);
    assert.deepStrictEqual(Object.keys(cloned.vocabulary.sanitizers[0]!), ['source'], 'the automaton is not copied');
    const classifier = new Classifier(cloned.vocabulary);
    assert.strictEqual(classifier.classify('courrielPerso')?.category, 'user.contact.email');
    assert.strictEqual(classifier.classify('legacyPhone'), undefined, 'ignored');
    assert.strictEqual(classifier.isSanitizer(HOSTILE_IDENTIFIER), false, 'still linear after the round trip');
  });
});

describe('user patterns on the linear-time engine', () => {
  it('match whole names, ignoring case, with the JavaScript syntax users write', () => {
    const pattern = LinearNamePattern.compile('(?<prefix>mail|courriel)_\\w+');
    assert.ok(pattern.test('MAIL_home'));
    assert.ok(pattern.test('courriel_perso'));
    assert.ok(!pattern.test('xmail_home'), 'anchored at the start');
    assert.ok(!pattern.test('mail_home!'), 'anchored at the end');
    assert.ok(!pattern.test('mail_'));
  });

  it('answer a list as one joined automaton exactly as testing each pattern would', () => {
    const list = ['legacy_?phone', '.*_display_name', 'nir|numero_secu'].map((s) => LinearNamePattern.compile(s));
    for (const name of ['legacyPhone', 'legacy_phone', 'user_display_name', 'NIR', 'numero_secu', 'nirx', 'phone', '']) {
      assert.strictEqual(matchesAny(list, name), list.some((p) => p.test(name)), name);
    }
    assert.strictEqual(matchesAny([], 'anything'), false);
  });

  it('still answer when the joined patterns clash (the same group name twice), one pattern at a time', () => {
    const list = ['(?<n>mail)', '(?<n>phone)'].map((s) => LinearNamePattern.compile(s));
    assert.ok(matchesAny(list, 'phone'));
    assert.ok(!matchesAny(list, 'fax'));
  });

  it('give the category of the first pattern that matches, in the order written', () => {
    const { config } = validateConfig({ patterns: { 'user.contact.email': ['contact_.*'], 'user.contact.phone_number': ['contact_tel', 'tel_.*'] } }, RULE_IDS);
    const classifier = new Classifier(config.vocabulary);
    assert.strictEqual(classifier.classify('contact_tel')?.category, 'user.contact.email');
    assert.strictEqual(classifier.classify('TEL_mobile')?.category, 'user.contact.phone_number');
  });
});
