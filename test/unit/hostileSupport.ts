/** Temporary workspaces for the hostile-input tests: every input is generated, none is committed. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Scanner, type TextScanResult } from '../../src/core/scan/scanner';
import { scanWorkspace, type WorkspaceScanOptions, type WorkspaceScanResult } from '../../src/core/scan/workspaceScan';
import { scanner } from './helpers';

export async function makeWorkspace(): Promise<string> {
  return fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-hostile-')));
}

export async function removeWorkspace(root: string): Promise<void> {
  await fs.rm(root, { recursive: true, force: true });
}

/** Writes `content` at `relative` under `root`, making its folders. */
export async function writeAt(root: string, relative: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(root, relative);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
  return file;
}

export function scanAll(root: string, options: Partial<WorkspaceScanOptions> = {}): Promise<WorkspaceScanResult> {
  return scanWorkspace(root, [root], { scanner, ...options });
}

/** The editor's path: the text as the editor holds it. */
export function scanEditorText(text: string, languageId: string, editorScanner: Scanner = scanner): Promise<TextScanResult> {
  return editorScanner.scanText(text, { languageId, filePath: `editor.${languageId}` });
}

/** Findings as `rule line:column-line:column` (0-based, as the engine keeps them). */
export function placed(findings: TextScanResult['findings']): string[] {
  return findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`);
}

/** Skipped files as `file reason detail`. */
export function skippedOf(result: WorkspaceScanResult): string[] {
  return result.skipped.map((s) => `${s.file} ${s.reason} ${s.detail}`);
}

/** A TypeScript line that logs an email: personal-data-in-log on `user.email`. */
export const LOGGED_EMAIL = 'console.log(user.email);';
