/**
 * Privacy by design where the code is written, inside VS Code: the hover on a finding (checklist
 * question, citations for the laws in scope with their verification marks, a link to the item),
 * the CodeLens above a record holding personal data and the annotation it adds, the annotation
 * quick fix, and the setting that turns the CodeLens off. Every wait is on an event.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checklistItem } from '../../../src/core/checklist/items';
import { REGULATION_NAMES } from '../../../src/core/taxonomy/sensitivity';
import { VERIFICATION_NOTES } from '../../../src/extension/findingHover';
import { fixtureFolder } from './dpoHelpers';
import { ruleIds, waitForDiagnostics } from './waitFor';

const ANNOTATION = '// @privacy purpose=<data-use> basis=<lawful-basis> retention="<retention period>"';

/** The hover's Markdown as the reader sees it: escapes gone. */
function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\([\\`*_[\]<>|#~])/g, '$1');
}

async function openAndWait(relative: string, count: number): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const uri = vscode.Uri.joinPath(fixtureFolder().uri, relative);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  const diagnostics = await waitForDiagnostics(uri, (d) => d.length === count, `${count} diagnostics`);
  return { uri, document, diagnostics };
}

function lensesAt(uri: vscode.Uri): Thenable<vscode.CodeLens[]> {
  return vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
}

describe('Privacy by design in the editor', () => {
  const settings = () => vscode.workspace.getConfiguration('privacyLens');

  it('shows the checklist question and the citations in scope, with verification marks, when hovering a finding', async () => {
    const { uri, diagnostics } = await openAndWait('src/patient.ts', 3);
    const log = diagnostics.find((d) => ruleIds([d])[0] === 'personal-data-in-log')!;
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, log.range.start));
    const item = checklistItem('logging-minimisation')!;
    assert.ok(text.includes(`DPO checklist: ${item.title}`), text);
    assert.ok(text.includes(item.question), text);
    for (const citation of item.citations) {
      const note = VERIFICATION_NOTES[citation.verification];
      assert.ok(text.includes(`${citation.provision}**: ${citation.paraphrase}${note ? ` **(${note})**` : ''}`), `${citation.regulation} ${citation.provision} in: ${text}`);
    }
    assert.ok(item.citations.some((c) => c.verification !== 'primary'), 'the item has a citation that needs a mark, so the marks are tested');
    assert.match(text, /\[Open the checklist item\]\(command:privacyLens\.openChecklistItem\?/);
  });

  it('cites only the laws in privacyLens.regulations', async () => {
    await settings().update('regulations', ['PDPA'], vscode.ConfigurationTarget.Global);
    try {
      const { uri, diagnostics } = await openAndWait('src/patient.ts', 3);
      const log = diagnostics.find((d) => ruleIds([d])[0] === 'personal-data-in-log')!;
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, log.range.start));
      assert.ok(text.includes(REGULATION_NAMES.PDPA), text);
      for (const other of ['GDPR', 'PIPL', 'CCPA', 'HIPAA'] as const) {
        assert.ok(!text.includes(REGULATION_NAMES[other]), `${other} left out: ${text}`);
      }
    } finally {
      await settings().update('regulations', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('sums up a record above it, and clicking the CodeLens adds the privacy annotation', async () => {
    const { uri, document } = await openAndWait('src/patient.ts', 3);
    const lenses = await lensesAt(uri);
    const lens = lenses.find((l) => l.command?.title.startsWith('2 personal-data fields'));
    assert.ok(lens?.command, lenses.map((l) => l.command?.title).join(' | '));
    // email raises the inventory item; diagnosis, a health field, the special-category item too.
    assert.strictEqual(lens.command.title, '2 personal-data fields, 1 sensitive · purpose not recorded · checklist: 2 open');
    assert.strictEqual(lens.range.start.line, 0);
    const before = ruleIds(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Privacy Lens'));
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(lens.command.command, ...(lens.command.arguments ?? [])), true);
    assert.strictEqual(document.lineAt(0).text, ANNOTATION);
    assert.strictEqual(document.lineAt(1).text, 'export class Patient {');
    // Once rescanned, the record has its annotation: the lens now opens the inventory instead.
    await waitForDiagnostics(uri, (d) => d.length === before.length && d.every((x) => x.range.start.line > 0), 'the rescan of the annotated file');
    const after = (await lensesAt(uri)).find((l) => l.command?.title.startsWith('2 personal-data fields'));
    assert.strictEqual(after?.command?.command, 'privacyLens.showDataInventory', after?.command?.title);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('offers "Record purpose, lawful basis and retention" on a personal-data field, and adds the annotation above its record', async () => {
    const { uri, document, diagnostics } = await openAndWait('src/member.ts', 2);
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri); // the TypeScript server is up
    const email = diagnostics.find((d) => d.message.startsWith('Member.email'))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, email.range, vscode.CodeActionKind.QuickFix.value);
    const annotate = actions.find((a) => a.title === 'Record purpose, lawful basis and retention for Member');
    assert.ok(annotate?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(annotate.edit));
    assert.deepStrictEqual([document.lineAt(0).text, document.lineAt(1).text], [ANNOTATION, 'export class Member {']);
    await waitForDiagnostics(uri, (d) => d.length === 2 && d.every((x) => x.range.start.line > 1), 'the rescan of the annotated file');
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, vscode.languages.getDiagnostics(uri)[0]!.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(!again.some((a) => a.title.startsWith('Record purpose')), 'not offered once the record has an annotation');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('turns the CodeLens off with privacyLens.codeLens.enabled', async () => {
    const { uri } = await openAndWait('src/member.ts', 2);
    assert.ok((await lensesAt(uri)).length > 0, 'a lens while the setting is on');
    await settings().update('codeLens.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.deepStrictEqual(await lensesAt(uri), []);
    } finally {
      await settings().update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
