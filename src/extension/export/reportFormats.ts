/**
 * The four export formats, each rendered by the engine exactly as `privacy-lens report` renders
 * it: Markdown for a pull request, one self-contained HTML file for the DPO (the panel's own
 * script and style inlined), SARIF for code scanning, JSON for tools.
 */
import * as vscode from 'vscode';
import { renderHtmlReport } from '../../core/report/htmlReport';
import { privacyJsonReport, renderMarkdownReport } from '../../core/report/formats';
import { buildSarifReport } from '../../core/report/sarifReport';
import { MEDIA_FOLDER, REPORT_SCRIPT, REPORT_STYLE } from '../report/reportPanelHtml';
import type { FolderReport } from '../report/workspaceReportService';

export type ExportFormat = 'markdown' | 'html' | 'sarif' | 'json';

export interface ExportFormatInfo {
  readonly format: ExportFormat;
  readonly label: string;
  readonly detail: string;
  readonly extension: string;
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { format: 'markdown', label: 'Markdown', detail: 'For a pull request or an issue', extension: 'md' },
  { format: 'html', label: 'HTML', detail: 'One self-contained page for the DPO, prints well', extension: 'html' },
  { format: 'sarif', label: 'SARIF', detail: 'SARIF 2.1.0 for code scanning', extension: 'sarif' },
  { format: 'json', label: 'JSON', detail: 'The whole report, for tools', extension: 'json' },
];

export function isExportFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.some((f) => f.format === value);
}

export async function renderExport(format: ExportFormat, built: FolderReport, extensionUri: vscode.Uri): Promise<string> {
  switch (format) {
    case 'markdown':
      return renderMarkdownReport(built.report);
    case 'html':
      return renderHtmlReport(built.report, { script: await readMedia(extensionUri, REPORT_SCRIPT), style: await readMedia(extensionUri, REPORT_STYLE) });
    case 'sarif':
      return JSON.stringify(buildSarifReport(built.scan), null, 2) + '\n';
    case 'json':
      return JSON.stringify(privacyJsonReport(built.report), null, 2) + '\n';
  }
}

async function readMedia(extensionUri: vscode.Uri, file: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER, file)));
}
