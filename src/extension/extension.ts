/**
 * The composition root: activate() only constructs and wires. Nothing is parsed here;
 * tree-sitter and each grammar load on the first document that needs them.
 */
import * as vscode from 'vscode';
import { allLanguageIds } from '../core/languages/languageRegistry';
import { Scanner } from '../core/scan/scanner';
import { TOOL_VERSION } from '../core/version';
import { CHECKLIST_SCHEME, ChecklistDocumentProvider } from './checklistDocuments';
import { PersonalDataCodeActionProvider } from './codeActions';
import { registerCommands } from './commands';
import { DiagnosticsController } from './diagnosticsController';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Privacy Lens', { log: true });
  context.subscriptions.push(log);
  log.info(`Privacy Lens ${TOOL_VERSION} activated; nothing leaves this machine (no telemetry, no network).`);
  const scanner = new Scanner();

  // Diagnostics for open documents
  const diagnostics = new DiagnosticsController(scanner, log);
  context.subscriptions.push(diagnostics);

  // Quick fixes
  const selector = allLanguageIds().map((language) => ({ language }));
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(selector, new PersonalDataCodeActionProvider(), {
      providedCodeActionKinds: PersonalDataCodeActionProvider.providedCodeActionKinds,
    }),
  );

  // DPO checklist documents that diagnostics link to
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(CHECKLIST_SCHEME, new ChecklistDocumentProvider()));

  // Commands
  context.subscriptions.push(registerCommands(scanner, diagnostics, log));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
