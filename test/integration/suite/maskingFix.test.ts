/**
 * The mask quick fix for personal-data-in-log inside VS Code: the logged value is wrapped in the
 * configured masking function, and as that function is a sanitiser the finding goes. Every wait
 * is on an event (see waitFor.ts).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { quickFixesAt, ruleIds, waitForDiagnostics } from './waitFor';

const RULE = 'personal-data-in-log';

describe('the mask quick fix for personal data in a log', () => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const welcome = () => vscode.Uri.joinPath(folder!, 'src/welcome.ts');

  /** Opens the fixture, waits for the log diagnostic and returns the quick fixes offered for it. */
  async function logFixes(): Promise<{ document: vscode.TextDocument; actions: vscode.CodeAction[] }> {
    const document = await vscode.workspace.openTextDocument(welcome());
    await vscode.window.showTextDocument(document, { preview: false });
    const diagnostics = await waitForDiagnostics(welcome(), (d) => ruleIds(d).includes(RULE), `the ${RULE} diagnostic`);
    const diagnostic = diagnostics.find((d) => ruleIds([d])[0] === RULE)!;
    const actions = await quickFixesAt(welcome(), diagnostic.range, (offered) => offered.some((a) => a.title.startsWith('Mask in the log')), 'the masking fix');
    return { document, actions };
  }

  it('wraps the logged value in mask(), says how to name the project’s own function, and the finding goes', async () => {
    const { document, actions } = await logFixes();
    const fix = actions.find((a) => a.title.startsWith('Mask in the log: wrap in mask()'));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.match(fix.title, /set privacyLens\.maskingFunction to your project's function/);
    assert.notStrictEqual(fix.isPreferred, true, 'what is logged changes, so the fix is not preferred');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(document.getText().includes('console.info(`welcome ${mask(patient.email)}`);'), document.getText());
    await waitForDiagnostics(welcome(), (d) => !ruleIds(d).includes(RULE), `the ${RULE} diagnostic to go`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('uses the masking function set in privacyLens.maskingFunction', async () => {
    const settings = vscode.workspace.getConfiguration('privacyLens');
    await settings.update('maskingFunction', 'Redact.mask', vscode.ConfigurationTarget.Global);
    try {
      const { document, actions } = await logFixes();
      const fix = actions.find((a) => a.title === 'Mask in the log: wrap in Redact.mask()');
      assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(document.getText().includes('`welcome ${Redact.mask(patient.email)}`'), document.getText());
      await waitForDiagnostics(welcome(), (d) => !ruleIds(d).includes(RULE), `the ${RULE} diagnostic to go`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await settings.update('maskingFunction', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
