import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { allLanguageIds } from '../../src/core/languages/languageRegistry';
import { RULES } from '../../src/core/rules';
import { COMMANDS, TEST_COMMANDS } from '../../src/extension/commandIds';
import { CODE_LENS_ENABLED } from '../../src/extension/settingKeys';

/** package.json repeats some lists the code owns; these tests keep the two in step. */
interface Manifest {
  engines: { vscode: string };
  activationEvents: string[];
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    menus: { commandPalette: { command: string; when: string }[] };
    configuration: { properties: Record<string, { type?: string; default?: unknown; properties?: Record<string, unknown> }> };
    walkthroughs: { id: string; steps: { id: string; description: string; media: { markdown?: string }; completionEvents?: string[] }[] }[];
  };
}

const repositoryRoot = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as Manifest;

describe('package.json', () => {
  it('activates on exactly the languages the engine reads', () => {
    assert.deepStrictEqual(manifest.activationEvents.sort(), allLanguageIds().map((id) => `onLanguage:${id}`).sort());
  });

  it('contributes exactly the commands the extension registers, under the Privacy Lens category', () => {
    assert.deepStrictEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
    assert.ok(manifest.contributes.commands.every((c) => c.category === 'Privacy Lens'));
  });

  it('keeps the commands that need an argument out of the palette, and the suite’s own commands out of the manifest', () => {
    const hidden = manifest.contributes.menus.commandPalette.filter((m) => m.when === 'false').map((m) => m.command).sort();
    assert.deepStrictEqual(hidden, [COMMANDS.addPrivacyAnnotation, COMMANDS.renameToReducedField, COMMANDS.suppressFinding].sort());
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    assert.ok(Object.values(TEST_COMMANDS).every((id) => !contributed.has(id)), 'test-only commands are registered in test mode only');
  });

  it('names the DPO-side commands as the issue does', () => {
    const titles = Object.fromEntries(manifest.contributes.commands.map((c) => [c.command, c.title]));
    assert.strictEqual(titles[COMMANDS.showReport], 'Show Report');
    assert.strictEqual(titles[COMMANDS.openChecklistItem], 'Open DPO Checklist');
    assert.strictEqual(titles[COMMANDS.exportReport], 'Export Report…');
    assert.strictEqual(titles[COMMANDS.showDataInventory], 'Show Data Inventory');
  });

  it('lets the CodeLens be turned off, on by default', () => {
    const setting = manifest.contributes.configuration.properties[`privacyLens.${CODE_LENS_ENABLED}`];
    assert.strictEqual(setting?.type, 'boolean');
    assert.strictEqual(setting.default, true);
  });

  it('walks a new user through diagnostics, a quick fix, the report and the checklist, with pages that exist and commands that do', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepStrictEqual(walkthrough?.steps.map((s) => s.id), ['diagnostics', 'quickFix', 'report', 'checklist']);
    const commands = new Set<string>(Object.values(COMMANDS));
    for (const step of walkthrough.steps) {
      assert.ok(step.media.markdown && existsSync(path.join(repositoryRoot, step.media.markdown)), `${step.id}: ${step.media.markdown} exists`);
      const named = [...(step.completionEvents ?? []).map((e) => e.replace(/^onCommand:/, '')), ...[...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]!)];
      assert.ok(named.length > 0, `${step.id} completes on a command`);
      assert.deepStrictEqual(named.filter((id) => !commands.has(id)), [], `${step.id} names only our commands`);
    }
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
