/**
 * The export formats as the user picks them. Rendering is the engine's (renderReport), the same
 * call `privacy-lens report` makes, so the editor and the CLI write the same files; the HTML page
 * inlines the panel's own renderer, read from the extension's media folder.
 */
import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat, renderReport } from '../../core/report/exportReport';
import type { ReportAssets } from '../../core/report/htmlReport';
import type { PrivacyReport } from '../../core/report/reportModel';
import { MEDIA_FOLDER, REPORT_SCRIPT, REPORT_STYLE } from '../report/reportPanelHtml';

export type { ExportFormat };

const DESCRIPTIONS: Readonly<Record<ExportFormat, { readonly label: string; readonly detail: string }>> = {
  markdown: { label: 'Markdown', detail: 'For a pull request or an issue' },
  html: { label: 'HTML', detail: 'One self-contained page for the DPO; prints well' },
  sarif: { label: 'SARIF', detail: 'SARIF 2.1.0, for code scanning' },
  json: { label: 'JSON', detail: 'The whole report, for tools' },
};

export interface ExportChoice {
  readonly format: ExportFormat;
  readonly label: string;
  readonly detail: string;
  readonly extension: string;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = EXPORT_FORMATS.map((format) => ({ format, ...DESCRIPTIONS[format], extension: EXPORT_EXTENSIONS[format] }));

export function isExportFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.some((format) => format === value);
}

export async function renderExport(format: ExportFormat, report: PrivacyReport, extensionUri: vscode.Uri): Promise<string> {
  return format === 'html' ? renderReport(report, { format, assets: await readAssets(extensionUri) }) : renderReport(report, { format });
}

async function readAssets(extensionUri: vscode.Uri): Promise<ReportAssets> {
  const read = async (file: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER, file)));
  return { script: await read(REPORT_SCRIPT), style: await read(REPORT_STYLE) };
}
