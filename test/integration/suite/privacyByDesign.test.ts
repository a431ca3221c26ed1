/**
 * Privacy by design where the code is written, inside VS Code: the hover on a finding (checklist
 * question, citations for the laws in scope with their verification marks, a link to the item),
 * the CodeLens above a record holding personal data and the annotation it adds, the annotation
 * quick fix, and the setting that turns the CodeLens off. Every wait is on an event.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checklistItem } from '../../../src/core/checklist/items';
import { APPLICABILITY_LABEL } from '../../../src/core/checklist/render';
import { RULES } from '../../../src/core/rules';
import { REGULATION_NAMES, REGULATIONS } from '../../../src/core/taxonomy/sensitivity';
import { askUntil, fixtureFolder } from './dpoHelpers';
import { quickFixesAt, ruleIds, waitForDiagnostics } from './waitFor';

const ANNOTATION = '// @privacy purpose=<data-use> basis=<lawful-basis> retention="<retention period>"';

/** The hover's Markdown as the reader sees it: escapes gone. */
function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\([\\`*_[\]<>|#~])/g, '$1');
}

/** Waits for the rescan after a line was inserted at the top: every diagnostic one line further down. */
function waitForShift(uri: vscode.Uri, before: readonly vscode.Diagnostic[]): Promise<vscode.Diagnostic[]> {
  const lines = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.map((d) => d.range.start.line).sort((a, b) => a - b);
  const expected = lines(before).map((line) => line + 1);
  return waitForDiagnostics(uri, (d) => JSON.stringify(lines(d)) === JSON.stringify(expected), 'the rescan of the annotated file');
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

function recordLens(uri: vscode.Uri, accept: (lens: vscode.CodeLens) => boolean, what: string): Promise<vscode.CodeLens> {
  const find = (lenses: vscode.CodeLens[]) => lenses.find((l) => l.command && accept(l));
  return askUntil(() => lensesAt(uri), (lenses) => find(lenses) !== undefined, what).then((lenses) => find(lenses)!);
}

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await askUntil(
    () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position),
    (answer) => hoverText(answer).includes('DPO checklist:'),
    'our hover',
  );
  return hoverText(hovers);
}

describe('Privacy by design in the editor', () => {
  const settings = () => vscode.workspace.getConfiguration('privacyLens');

  it('shows the checklist question and the citations in scope, with verification marks, when hovering a finding', async () => {
    const { uri, diagnostics } = await openAndWait('src/patient.ts', 3);
    const log = diagnostics.find((d) => ruleIds([d])[0] === 'personal-data-in-log')!;
    const text = await hoverAt(uri, log.range.start);
    const item = checklistItem('logging-minimisation')!;
    assert.ok(text.includes(`DPO checklist: ${item.title}`), text);
    assert.ok(text.includes(item.question), text);
    for (const regulation of REGULATIONS) {
      const scope = item.applicability[regulation];
      assert.ok(text.includes(`*${REGULATION_NAMES[regulation]}*: ${APPLICABILITY_LABEL[scope.applicability]} (as of ${scope.asOf}). ${scope.note}`), `${regulation} scope in: ${text}`);
    }
    const marks = { primary: '', secondary: ' *(secondary source only)*', unverified: ' **(UNVERIFIED: confirm before relying on it)**' };
    for (const citation of item.citations) {
      assert.ok(text.includes(`**${citation.provision}**: ${citation.paraphrase}${marks[citation.verification]}\n`), `${citation.regulation} ${citation.provision} in: ${text}`);
    }
    assert.ok(item.citations.some((c) => c.verification !== 'primary'), 'the item has a citation that needs a mark, so the marks are tested');
    assert.match(text, /\[Open the checklist item\]\(command:privacyLens\.openChecklistItem\?/);
  });

  it('cites only the laws in privacyLens.regulations', async () => {
    await settings().update('regulations', ['PDPA'], vscode.ConfigurationTarget.Global);
    try {
      const { uri, diagnostics } = await openAndWait('src/patient.ts', 3);
      const log = diagnostics.find((d) => ruleIds([d])[0] === 'personal-data-in-log')!;
      const text = await hoverAt(uri, log.range.start);
      assert.ok(text.includes(REGULATION_NAMES.PDPA), text);
      for (const other of ['GDPR', 'PIPL', 'CCPA', 'HIPAA'] as const) {
        assert.ok(!text.includes(REGULATION_NAMES[other]), `${other} left out: ${text}`);
      }
    } finally {
      await settings().update('regulations', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('sums up a record above it, and clicking the CodeLens adds the privacy annotation', async () => {
    const { uri, document, diagnostics } = await openAndWait('src/patient.ts', 3);
    const lens = await recordLens(uri, (l) => l.command!.title.startsWith('2 personal-data fields'), 'the lens above Patient');
    assert.ok(lens.command);
    // email and diagnosis (a health field) raise their rules' checklist items, none reviewed yet.
    const raised = new Set(['personal-data-field', 'sensitive-personal-data-field'].flatMap((id) => RULES.find((r) => r.id === id)!.checklist));
    const title = `2 personal-data fields, 1 sensitive · purpose not recorded · checklist: ${raised.size} open`;
    assert.strictEqual(lens.command.title, title);
    assert.strictEqual(lens.range.start.line, 0);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(lens.command.command, ...((lens.command.arguments ?? []) as unknown[])), true);
    assert.strictEqual(document.lineAt(0).text, ANNOTATION);
    assert.strictEqual(document.lineAt(1).text, 'export class Patient {');
    // Once rescanned, the record has its annotation: the lens now opens the inventory instead.
    await waitForShift(uri, diagnostics);
    const after = await recordLens(uri, (l) => l.command!.command === 'privacyLens.showDataInventory', 'the lens to open the inventory once annotated');
    assert.strictEqual(after.command?.title, title);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('offers "Record purpose, lawful basis and retention" on a personal-data field, and adds the annotation above its record', async () => {
    const { uri, document, diagnostics } = await openAndWait('src/member.ts', 2);
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri); // the TypeScript server is up
    const email = diagnostics.find((d) => d.message.startsWith('Member.email'))!;
    const title = 'Record purpose, lawful basis and retention for Member';
    const actions = await quickFixesAt(uri, email.range, (a) => a.some((x) => x.title === title), `"${title}"`);
    const annotate = actions.find((a) => a.title === title);
    assert.ok(annotate?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(annotate.edit));
    assert.deepStrictEqual([document.lineAt(0).text, document.lineAt(1).text], [ANNOTATION, 'export class Member {']);
    const [first] = await waitForShift(uri, diagnostics);
    const again = await quickFixesAt(uri, first!.range, (a) => a.some((x) => x.title.startsWith('Suppress')), 'the annotated field’s quick fixes');
    assert.ok(!again.some((a) => a.title.startsWith('Record purpose')), 'not offered once the record has an annotation');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('turns the CodeLens off with privacyLens.codeLens.enabled', async () => {
    const { uri } = await openAndWait('src/member.ts', 2);
    await recordLens(uri, (l) => l.command!.title.startsWith('2 personal-data fields'), 'a lens while the setting is on');
    await settings().update('codeLens.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.deepStrictEqual(await lensesAt(uri), []);
    } finally {
      await settings().update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
