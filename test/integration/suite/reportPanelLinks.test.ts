/**
 * A location the report page asks to open must lie inside the report's folder. The messages are
 * handed to the real panel exactly as a (compromised) page would post them; the panel handles
 * them on the page's own path, and the post resolves once it has: a refused location opens no
 * editor, a good one is in front when the post resolves. No sleeps: the handler's own completion
 * is the event waited on.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { fixtureFolder, postFromReportPage, type ReportDelivery } from './dpoHelpers';

/** A link in the workspace to a file outside it; not a source file, so no scan picks it up. */
const ESCAPING_LINK = 'escape-link.txt';

function openTextTabs(): string[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).flatMap((tab) => (tab.input instanceof vscode.TabInputText ? [tab.input.uri.toString()] : []));
}

function isInsideFixture(uri: vscode.Uri): boolean {
  const root = fixtureFolder().uri.fsPath + path.sep;
  return uri.scheme === 'file' && uri.fsPath.startsWith(root);
}

describe('Report links open only files inside the workspace', () => {
  let secret: string;
  let link: string;

  before(async () => {
    secret = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-outside-')), 'secret.txt');
    fs.writeFileSync(secret, 'outside the workspace\n');
    link = path.join(fixtureFolder().uri.fsPath, ESCAPING_LINK);
    fs.symlinkSync(secret, link);
    const delivery = await vscode.commands.executeCommand<ReportDelivery | undefined>('privacyLens.showReport');
    assert.ok(delivery, 'the report panel is open');
  });

  after(() => {
    fs.rmSync(link, { force: true });
  });

  it('refuses parent paths, absolute paths, URIs and a symbolic link out of the folder, opening nothing', async () => {
    const before = openTextTabs();
    const hostile = [
      '../../etc/passwd',
      'src/../../../../etc/hostname',
      '/etc/passwd',
      secret,
      'file:///etc/passwd',
      `file://${secret}`,
      'command:workbench.action.openSettings',
      'command:workbench.action.terminal.new',
      'https://example.com/app.ts',
      'javascript:alert(1)',
      '..\\..\\etc\\passwd',
      ESCAPING_LINK,
    ];
    for (const file of hostile) {
      const reply = await postFromReportPage({ type: 'openLocation', file, line: 0, column: 0 });
      assert.strictEqual(reply, undefined, file);
      assert.deepStrictEqual(openTextTabs(), before, `nothing opened for ${file}`);
    }
    assert.ok(!vscode.workspace.textDocuments.some((doc) => doc.uri.fsPath === secret || doc.uri.fsPath.startsWith('/etc/')), 'no document loaded from outside');
    assert.strictEqual(vscode.window.terminals.length, 0, 'no terminal from a command: link');
  });

  it('opens a file of the workspace at the line the report names', async () => {
    await postFromReportPage({ type: 'openLocation', file: 'worker/reminders.py', line: 2, column: 0 });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is in front');
    assert.ok(isInsideFixture(editor.document.uri), editor.document.uri.toString());
    assert.strictEqual(path.relative(fixtureFolder().uri.fsPath, editor.document.uri.fsPath), path.join('worker', 'reminders.py'));
    assert.strictEqual(editor.selection.active.line, 2);
  });
});
