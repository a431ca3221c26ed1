/**
 * Export Report inside VS Code: each format is written where the user chose (the save dialog is
 * stood in for by the command's target argument, as the report page's own export passes none)
 * and nowhere else, and each file is the report in that format.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { fixtureFolder } from './dpoHelpers';

interface JsonExport {
  readonly rootName: string;
  readonly notLegalAdvice: string;
  readonly findings: readonly { readonly file: string; readonly ruleId: string; readonly fingerprint: string }[];
  readonly checklist: readonly unknown[];
  readonly inventory: { readonly entries: readonly unknown[] };
}

describe('Export Report', () => {
  const exportsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-exports-'));
  let summary: { findings: number };
  const exportAs = async (format: string, name: string): Promise<string> => {
    const target = vscode.Uri.file(path.join(exportsDir, name));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('privacyLens.exportReport', format, target, fixtureFolder().uri);
    assert.strictEqual(written?.toString(), target.toString());
    return fs.readFileSync(target.fsPath, 'utf8');
  };

  before(async () => {
    summary = await vscode.commands.executeCommand<{ findings: number }>('privacyLens.scanWorkspace');
  });

  after(() => {
    fs.rmSync(exportsDir, { recursive: true, force: true });
  });

  it('writes the JSON report: every finding, the checklist and the inventory', async () => {
    const report = JSON.parse(await exportAs('json', 'report.json')) as JsonExport;
    assert.strictEqual(report.rootName, fixtureFolder().name);
    assert.strictEqual(report.findings.length, summary.findings);
    assert.ok(report.findings.some((f) => f.file === 'worker/reminders.py' && f.ruleId === 'personal-data-in-log'));
    assert.ok(report.checklist.length > 0 && report.inventory.entries.length > 0);
    assert.match(report.notLegalAdvice, /not legal advice/);
  });

  it('writes SARIF 2.1.0 with one result per finding', async () => {
    const sarif = JSON.parse(await exportAs('sarif', 'report.sarif')) as { version: string; runs: { results: unknown[] }[] };
    assert.strictEqual(sarif.version, '2.1.0');
    assert.strictEqual(sarif.runs[0]?.results.length, summary.findings);
  });

  it('writes Markdown for a pull request', async () => {
    const markdown = await exportAs('markdown', 'report.md');
    assert.match(markdown, /^# /m);
    assert.ok(markdown.includes('worker/reminders.py'), markdown.slice(0, 500));
  });

  it('writes one self-contained HTML page that carries the report and its renderer', async () => {
    const html = await exportAs('html', 'report.html');
    assert.match(html, /^<!DOCTYPE html>/i);
    assert.ok(html.includes('worker/reminders.py'));
    assert.ok(!/<script[^>]+src=|<link[^>]+href=/i.test(html), 'nothing loaded from elsewhere');
    const script = fs.readFileSync(path.join(vscode.extensions.getExtension('privacy-lens.privacy-lens')!.extensionPath, 'media', 'report.js'), 'utf8');
    assert.ok(html.includes(script.slice(0, 200)), 'the panel’s renderer is inlined');
  });

  it('writes only the files asked for', () => {
    assert.deepStrictEqual(fs.readdirSync(exportsDir).sort(), ['report.html', 'report.json', 'report.md', 'report.sarif']);
    assert.deepStrictEqual(fs.readdirSync(fixtureFolder().uri.fsPath).filter((f) => f.startsWith('privacy-report')), []);
  });
});
