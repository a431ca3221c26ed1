/**
 * The composition root: activate() only constructs and wires. Nothing is parsed here;
 * tree-sitter and each grammar load on the first document that needs them.
 */
import * as vscode from 'vscode';
import { allLanguageIds } from '../core/languages/languageRegistry';
import { ScanWorkerPool } from '../core/scan/scanWorkerPool';
import { TOOL_VERSION } from '../core/version';
import { CHECKLIST_SCHEME, ChecklistDocumentProvider } from './checklistDocuments';
import { PersonalDataCodeActionProvider } from './codeActions';
import { registerCommands, registerTestCommands } from './commands';
import { DiagnosticsController } from './diagnosticsController';
import { FindingHoverProvider } from './findingHover';
import { FindingsStatusBar } from './findingsStatusBar';
import { RecordCodeLensProvider } from './recordCodeLens';
import { ReportPanels } from './report/reportPanels';
import { ReviewStates } from './report/reviewStates';
import { WorkspaceReportService } from './report/workspaceReportService';
import { ScanResultStore } from './scanResults';
import { WorkspaceTrustNotice } from './workspaceTrustNotice';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Privacy Lens', { log: true });
  context.subscriptions.push(log);
  log.info(`Privacy Lens ${TOOL_VERSION} activated; nothing leaves this machine (no telemetry, no network).`);
  // Scans run in worker threads, so the extension host is never blocked by parsing or rules;
  // no worker starts until the first document needs one.
  const pool = new ScanWorkerPool();
  context.subscriptions.push({ dispose: () => void pool.close() });
  const selector = allLanguageIds().map((language) => ({ language }));

  // Diagnostics for open documents, and what they were built from
  const results = new ScanResultStore();
  context.subscriptions.push(results);
  const diagnostics = new DiagnosticsController(pool.withPriority('interactive'), results, log);
  context.subscriptions.push(diagnostics);

  // Untrusted workspaces: which of their settings were not applied, said once
  context.subscriptions.push(new WorkspaceTrustNotice(log));

  // Review state and the workspace report
  const reviews = new ReviewStates(log);
  context.subscriptions.push(reviews);
  const reports = new WorkspaceReportService(pool, diagnostics, reviews, log);
  context.subscriptions.push(reports);
  const panels = new ReportPanels(context.extensionUri, reports);
  context.subscriptions.push(panels);

  // Quick fixes
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(selector, new PersonalDataCodeActionProvider(results), {
      providedCodeActionKinds: PersonalDataCodeActionProvider.providedCodeActionKinds,
    }),
  );

  // Hover, CodeLens and status bar
  context.subscriptions.push(vscode.languages.registerHoverProvider(selector, new FindingHoverProvider()));
  const codeLenses = new RecordCodeLensProvider(results, reviews);
  context.subscriptions.push(codeLenses, vscode.languages.registerCodeLensProvider(selector, codeLenses));
  const statusBar = new FindingsStatusBar(results, reviews);
  context.subscriptions.push(statusBar);

  // DPO checklist documents that diagnostics link to
  const checklistDocuments = new ChecklistDocumentProvider();
  context.subscriptions.push(checklistDocuments, vscode.workspace.registerTextDocumentContentProvider(CHECKLIST_SCHEME, checklistDocuments));

  // Commands
  context.subscriptions.push(registerCommands({ extensionUri: context.extensionUri, reports, panels, results, reviews }));
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    context.subscriptions.push(registerTestCommands(panels, statusBar));
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
