import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { allLanguageIds } from '../../src/core/languages/languageRegistry';
import { RULES } from '../../src/core/rules';
import { COMMANDS } from '../../src/extension/commandIds';

/** package.json repeats some lists the code owns; these tests keep the two in step. */
interface Manifest {
  engines: { vscode: string };
  activationEvents: string[];
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; category: string }[];
    configuration: { properties: Record<string, { properties?: Record<string, unknown> }> };
  };
}

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as Manifest;

describe('package.json', () => {
  it('activates on exactly the languages the engine reads', () => {
    assert.deepStrictEqual(manifest.activationEvents.sort(), allLanguageIds().map((id) => `onLanguage:${id}`).sort());
  });

  it('contributes exactly the commands the extension registers, under the Privacy Lens category', () => {
    assert.deepStrictEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
    assert.ok(manifest.contributes.commands.every((c) => c.category === 'Privacy Lens'));
  });

  it('offers a severity setting for every rule', () => {
    const severity = manifest.contributes.configuration.properties['privacyLens.severity'];
    assert.deepStrictEqual(Object.keys(severity?.properties ?? {}).sort(), RULES.map((r) => r.id).sort());
  });

  it('pins @types/vscode no newer than the engine it declares, and the engine code-server 4.99.4 can load', () => {
    const version = (text: string | undefined) => (text ?? '').replace(/^[\^~]/, '').split('.').map(Number);
    const [typesMajor, typesMinor] = version(manifest.devDependencies['@types/vscode']);
    const [engineMajor, engineMinor] = version(manifest.engines.vscode);
    assert.strictEqual(typesMajor, engineMajor);
    assert.ok((typesMinor ?? 0) <= (engineMinor ?? 0), 'types newer than the engine would allow APIs the engine lacks');
    assert.ok((engineMinor ?? 0) <= 99, 'code-server 4.99.4 is VS Code 1.99');
    assert.match(manifest.devDependencies['@types/vscode'] ?? '', /^\d/, 'pinned exactly');
  });
});
