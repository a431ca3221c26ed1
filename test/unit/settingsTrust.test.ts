import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { validateConfig } from '../../src/core/config';
import { ENGINE_SETTING_KEYS } from '../../src/extension/settingKeys';
import { resolveSettings, restrictedKeysSetIn, settingOfProblemKey, WORKSPACE_RESTRICTED_KEYS, withheldSettingsMessage } from '../../src/extension/settingsTrust';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  capabilities: { untrustedWorkspaces: { supported: unknown; description?: string; restrictedConfigurations?: string[] } };
  contributes: { configuration: { properties: Record<string, unknown> } };
};

/** A repository that names its own sanitiser and ignores a field, and a user who has patterns of their own. */
const LEVELS = {
  sanitizers: { defaultValue: [], workspaceValue: ['leakEverything'] },
  ignoreNames: { defaultValue: [], workspaceFolderValue: ['email'] },
  patterns: { defaultValue: {}, globalValue: { 'user.contact.email': ['courriel'] }, workspaceValue: { 'user.contact.email': ['nothing'] } },
  authGuards: { defaultValue: [] },
  severity: { defaultValue: {}, workspaceValue: { 'personal-data-field': 'error' } },
};

describe('settings in an untrusted workspace', () => {
  it('do not apply the workspace’s own patterns, ignore names, sanitisers or guards, and say which were withheld', () => {
    const { raw, origins, withheld } = resolveSettings(LEVELS, false);
    assert.deepStrictEqual(raw.sanitizers, [], 'the default, not the repository’s sanitiser');
    assert.deepStrictEqual(raw.ignoreNames, []);
    assert.deepStrictEqual(raw.patterns, { 'user.contact.email': ['courriel'] }, 'the user’s own patterns still apply');
    assert.deepStrictEqual(raw.severity, { 'personal-data-field': 'error' }, 'settings that cannot hide data still apply');
    assert.deepStrictEqual(withheld, ['sanitizers', 'ignoreNames', 'patterns']);
    assert.strictEqual(origins.patterns, 'user settings');
    assert.strictEqual(origins.sanitizers, 'default');
    const { config } = validateConfig(raw, ['personal-data-field']);
    assert.deepStrictEqual(config.vocabulary.sanitizers, []);
    assert.deepStrictEqual(config.vocabulary.patterns.map((p) => p.pattern.source), ['courriel']);
  });

  it('apply everything once the workspace is trusted, the most specific level first', () => {
    const { raw, origins, withheld } = resolveSettings(LEVELS, true);
    assert.deepStrictEqual(withheld, []);
    assert.deepStrictEqual(raw.sanitizers, ['leakEverything']);
    assert.deepStrictEqual(raw.ignoreNames, ['email']);
    assert.strictEqual(origins.ignoreNames, 'folder settings');
    assert.deepStrictEqual(raw.patterns, { 'user.contact.email': ['nothing'] }, 'the workspace’s list replaces the user’s for the same category');
    assert.strictEqual(origins.patterns, 'workspace settings');
  });

  it('merge objects across levels key by key, as VS Code does, and let arrays replace', () => {
    const { raw } = resolveSettings(
      {
        severity: { defaultValue: {}, globalValue: { 'personal-data-field': 'hint', 'personal-data-in-log': 'error' }, workspaceValue: { 'personal-data-field': 'off' } },
        patterns: { defaultValue: {}, globalValue: { 'user.contact.email': ['courriel'] }, workspaceValue: { 'user.contact.phone_number': ['tel'] } },
        exclude: { defaultValue: ['**/node_modules/**'], workspaceValue: ['vendor/**'] },
      },
      true,
    );
    assert.deepStrictEqual(raw.severity, { 'personal-data-field': 'off', 'personal-data-in-log': 'error' });
    assert.deepStrictEqual(raw.patterns, { 'user.contact.email': ['courriel'], 'user.contact.phone_number': ['tel'] });
    assert.deepStrictEqual(raw.exclude, ['vendor/**']);
  });

  it('are found in the workspace’s settings file, which VS Code hides from the extension in Restricted Mode, unless commented out', () => {
    const settingsJson = [
      '{',
      '  // "privacyLens.patterns": { "user.contact.email": ["x"] },',
      '  /* "privacyLens.ignoreNames": [".*"], */',
      '  "editor.tabSize": 2,',
      '  "files.exclude": { "// \\"privacyLens.authGuards\\": in a string": true },',
      '  "privacyLens.sanitizers" : ["leakEverything"],',
      '  "privacyLens.severity": {},',
      '}',
    ].join('\n');
    assert.deepStrictEqual(restrictedKeysSetIn(settingsJson, 'privacyLens'), ['sanitizers']);
    assert.deepStrictEqual(restrictedKeysSetIn('{ "settings": { "privacyLens.ignoreNames": [".*"], "privacyLens.patterns": {} } }', 'privacyLens'), ['patterns', 'ignoreNames']);
    assert.deepStrictEqual(restrictedKeysSetIn('{ "privacyLens.sanitizers', 'privacyLens'), [], 'a broken file sets nothing');
  });

  it('tell the user what was not applied and how to apply it, and nothing when nothing was withheld', () => {
    assert.strictEqual(withheldSettingsMessage([], 'privacyLens'), undefined);
    const message = withheldSettingsMessage(['patterns', 'sanitizers'], 'privacyLens') ?? '';
    assert.match(message, /not trusted, so its own privacyLens\.patterns, privacyLens\.sanitizers settings are not applied/);
    assert.match(message, /Trust the workspace/);
  });

  it('name the setting a problem belongs to, for the message saying where it was set', () => {
    assert.strictEqual(settingOfProblemKey('patterns.user.contact.email[0]'), 'patterns');
    assert.strictEqual(settingOfProblemKey('ignoreNames[2]'), 'ignoreNames');
    assert.strictEqual(settingOfProblemKey('enabled'), 'enabled');
  });

  it('are declared in package.json: limited support, restricting the same settings', () => {
    const { untrustedWorkspaces } = manifest.capabilities;
    assert.strictEqual(untrustedWorkspaces.supported, 'limited');
    assert.ok(untrustedWorkspaces.description);
    assert.deepStrictEqual(untrustedWorkspaces.restrictedConfigurations, WORKSPACE_RESTRICTED_KEYS.map((key) => `privacyLens.${key}`));
  });

  it('are read for every key the engine validates, each contributed in package.json', () => {
    const contributed = Object.keys(manifest.contributes.configuration.properties);
    assert.deepStrictEqual(ENGINE_SETTING_KEYS.filter((key) => !contributed.includes(`privacyLens.${key}`)), []);
    assert.ok(WORKSPACE_RESTRICTED_KEYS.every((key) => (ENGINE_SETTING_KEYS as readonly string[]).includes(key)));
  });
});
