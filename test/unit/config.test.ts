import * as assert from 'assert';
import { DEFAULT_CONFIG, effectiveSeverity, isPathIncluded, validateConfig } from '../../src/core/config';
import { Scanner } from '../../src/core/scan/scanner';

const RULE_IDS = ['personal-data-field', 'personal-data-in-log'];

describe('configuration', () => {
  it('accepts valid settings', () => {
    const { config, problems } = validateConfig({ enabled: false, include: ['src/**'], exclude: [], severity: { 'personal-data-field': 'off' } }, RULE_IDS);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(config.enabled, false);
    assert.strictEqual(effectiveSeverity(config, 'personal-data-field', 'information'), undefined);
    assert.strictEqual(effectiveSeverity(config, 'personal-data-in-log', 'warning'), 'warning');
  });

  it('names each bad key, says what is expected, and keeps the defaults', () => {
    const { config, problems } = validateConfig({ enabled: 'yes', include: 'src', severity: { 'personal-data-field': 'loud', 'no-such-rule': 'error' } }, RULE_IDS);
    assert.deepStrictEqual(problems.map((p) => p.key), ['enabled', 'include', 'severity.personal-data-field', 'severity.no-such-rule']);
    assert.match(problems[0]?.message ?? '', /true or false/);
    assert.strictEqual(config.enabled, true);
    assert.deepStrictEqual(config.include, []);
    assert.deepStrictEqual(config.severity, {});
  });

  it('chooses the regulations in scope, in the canonical order, and names unknown ones', () => {
    assert.deepStrictEqual(DEFAULT_CONFIG.regulations, ['GDPR', 'PDPA', 'PIPL', 'CCPA', 'HIPAA']);
    const { config, problems } = validateConfig({ regulations: ['HIPAA', 'GDPR', 'LGPD'] }, RULE_IDS);
    assert.deepStrictEqual(config.regulations, ['GDPR', 'HIPAA']);
    assert.deepStrictEqual(problems.map((p) => p.key), ['regulations[2]']);
    assert.match(problems[0]?.message ?? '', /unknown regulation "LGPD"; expected one of GDPR, PDPA, PIPL, CCPA, HIPAA/);
    const notAList = validateConfig({ regulations: 'GDPR' }, RULE_IDS);
    assert.deepStrictEqual(notAList.config.regulations, DEFAULT_CONFIG.regulations);
    assert.deepStrictEqual(notAList.problems.map((p) => p.key), ['regulations']);
  });

  it('applies include and exclude globs', () => {
    assert.ok(isPathIncluded('src/app.ts', DEFAULT_CONFIG));
    assert.ok(!isPathIncluded('node_modules/x/index.js', DEFAULT_CONFIG));
    assert.ok(!isPathIncluded('web/dist/bundle.js', DEFAULT_CONFIG));
    const onlySrc = { ...DEFAULT_CONFIG, include: ['src/**'] };
    assert.ok(isPathIncluded('src/deep/a.py', onlySrc));
    assert.ok(!isPathIncluded('scripts/a.py', onlySrc));
  });

  it('sets severities per rule and turns rules off in the scanner', async () => {
    const scanner = new Scanner();
    const config = { ...DEFAULT_CONFIG, severity: { 'personal-data-field': 'error' as const, 'personal-data-in-log': 'off' as const } };
    const result = await scanner.scanText('class User { email: string }\nconsole.log(user.email);', { languageId: 'typescript', filePath: 'a.ts', config });
    assert.deepStrictEqual(result.findings.map((f) => `${f.ruleId}:${f.severity}`), ['personal-data-field:error']);
  });
});

describe('user patterns and ignore names', () => {
  const ruleIds = ['personal-data-field'];

  it('adds the user’s names for a category and removes ignored ones, in the scanner', async () => {
    const { config, problems } = validateConfig({ patterns: { 'user.contact.email': ['courrielPerso'] }, ignoreNames: ['legacy_?phone'] }, ruleIds);
    assert.deepStrictEqual(problems, []);
    const scanner = new Scanner();
    const result = await scanner.scanText('class Client { courrielPerso: string; legacyPhone: string; phone: string }', { languageId: 'typescript', filePath: 'a.ts', config });
    assert.deepStrictEqual(
      result.findings.map((f) => `${f.message.split(' ')[0]} ${f.dataCategories[0]}`),
      ['Client.courrielPerso user.contact.email', 'Client.phone user.contact.phone_number'],
    );
  });

  it('names each bad pattern with its key and keeps the good ones', () => {
    const { config, problems } = validateConfig(
      { patterns: { 'user.contact.email': ['(unclosed', 'mail_.*'], 'not.a.category': ['x'] }, ignoreNames: [42, 'a'.repeat(201)] },
      ruleIds,
    );
    assert.deepStrictEqual(problems.map((p) => p.key), ['patterns.user.contact.email[0]', 'patterns.not.a.category', 'ignoreNames[0]', 'ignoreNames[1]']);
    assert.match(problems[0]?.message ?? '', /invalid regular expression/);
    assert.match(problems[3]?.message ?? '', /longer than 200 characters/);
    assert.strictEqual(config.vocabulary.patterns.length, 1);
    assert.ok(config.vocabulary.patterns[0]?.pattern.test('MAIL_primary'), 'matched ignoring case, against the whole identifier');
    assert.ok(!config.vocabulary.patterns[0]?.pattern.test('xmail_primary'));
  });
});

describe('validateConfig: unknown keys', () => {
  it('names a misspelt key instead of ignoring it, and keeps the rest', () => {
    const { config, problems } = validateConfig({ exlude: ['**/gen/**'], include: ['src/**'] }, ['personal-data-field']);
    assert.deepStrictEqual(problems.map((p) => p.key), ['exlude']);
    assert.match(problems[0]!.message, /unknown setting; expected one of enabled, include, exclude/);
    assert.deepStrictEqual(config.include, ['src/**']);
  });

  it('lets a $schema reference through', () => {
    assert.deepStrictEqual(validateConfig({ $schema: './schema.json' }, []).problems, []);
  });
});
