/**
 * The permissive-cors quick fix inside VS Code: any-origin CORS becomes an allow-list read from
 * the CORS_ALLOWED_ORIGINS environment variable, and each finding goes. Every wait is on an event
 * (see waitFor.ts).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { quickFixesAt, ruleIds, waitForDiagnostics } from './waitFor';

const RULE = 'permissive-cors';
const TITLE = 'Allow only the origins listed in CORS_ALLOWED_ORIGINS';
const ALLOW_LIST = "process.env.CORS_ALLOWED_ORIGINS?.split(',') ?? []";

describe('permissive-cors quick fix in VS Code', () => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const corsFile = () => vscode.Uri.joinPath(folder!, 'src/cors.ts');
  const corsDiagnostics = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((d) => ruleIds([d])[0] === RULE);

  before(() => {
    assert.ok(folder, 'the fixture workspace is open');
  });

  it('replaces cors() and origin: * with an allow-list from CORS_ALLOWED_ORIGINS, and each finding goes', async () => {
    const document = await vscode.workspace.openTextDocument(corsFile());
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', corsFile()); // the TypeScript server is up
    const found = await waitForDiagnostics(corsFile(), (d) => corsDiagnostics(d).length === 2, 'two permissive-cors diagnostics');
    assert.ok(corsDiagnostics(found).every((d) => /allows every origin/.test(d.message)), found.map((d) => d.message).join(' | '));
    const expectedLines = [`app.use(cors({ origin: ${ALLOW_LIST} }));`, `api.use(cors({ origin: ${ALLOW_LIST}, credentials: false }));`];
    for (const [index, after] of expectedLines.entries()) {
      const remaining = expectedLines.length - index;
      const diagnostics = corsDiagnostics(await waitForDiagnostics(corsFile(), (d) => corsDiagnostics(d).length === remaining, `${remaining} permissive-cors diagnostic(s)`));
      const diagnostic = diagnostics.sort((a, b) => a.range.start.line - b.range.start.line)[0]!;
      const actions = await quickFixesAt(corsFile(), diagnostic.range, (offered) => offered.some((a) => a.title.startsWith(TITLE)), 'the CORS allow-list fix');
      const fix = actions.find((a) => a.title.startsWith(TITLE));
      assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
      assert.notStrictEqual(fix.isPreferred, true, 'other origins stop being answered until the variable is set: not preferred');
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.strictEqual(document.lineAt(diagnostic.range.start.line).text, after);
      await waitForDiagnostics(corsFile(), (d) => corsDiagnostics(d).length === remaining - 1, `the fixed permissive-cors diagnostic to go (${remaining - 1} left)`);
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
