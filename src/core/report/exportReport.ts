/**
 * The report in each export format, from the one PrivacyReport: the editor's "Export Report"
 * and `privacy-lens report` both call this, so the files they write are the same.
 */
import { renderHtmlReport, type ReportAssets } from './htmlReport';
import { renderMarkdownReport } from './markdownReport';
import { renderPrivacyJsonReport } from './privacyJsonReport';
import type { PrivacyReport } from './reportModel';
import { buildSarifReport } from './sarifReport';

export const EXPORT_FORMATS = ['markdown', 'html', 'json', 'sarif'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The HTML page embeds the webview's built renderer, read by the caller (media/report.js, media/report.css). */
export type ReportExport = { readonly format: Exclude<ExportFormat, 'html'> } | { readonly format: 'html'; readonly assets: ReportAssets };

export function renderReport(report: PrivacyReport, request: ReportExport): string {
  switch (request.format) {
    case 'markdown':
      return renderMarkdownReport(report);
    case 'json':
      return renderPrivacyJsonReport(report);
    case 'html':
      return renderHtmlReport(report, request.assets);
    case 'sarif':
      // SARIF carries what code scanning reads (findings and in-source suppressions), as `scan --format sarif` does.
      return JSON.stringify(buildSarifReport({ findings: report.findings, suppressed: report.suppressed }), null, 2) + '\n';
  }
}

/** The file name extension for each format. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { markdown: 'md', html: 'html', json: 'json', sarif: 'sarif' };
