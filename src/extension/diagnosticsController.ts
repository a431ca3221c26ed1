/**
 * The one owner of Privacy Lens diagnostics. Scans a document when it is opened or shown,
 * debounces edits per document, drops results that a newer edit made stale, clears a document's
 * diagnostics when it closes, and rescans everything open when settings change. What it publishes
 * (findings, and the records of documents scanned live) goes to the ScanResultStore as well.
 */
import * as vscode from 'vscode';
import { isPathIncluded, type PrivacyLensConfig } from '../core/config';
import type { PersonalDataRecord } from '../core/inventory/model';
import { isScannedLanguage } from '../core/languages/scannedLanguages';
import type { Finding } from '../core/model';
import { readSourceFile } from '../core/scan/fileReading';
import type { TextScanner } from '../core/scan/scanner';
import type { FileFinding } from '../core/scan/workspaceScan';
import { affectsPrivacyLens, readConfig } from './configuration';
import { toDiagnostic } from './diagnosticMapping';
import type { ScanResultStore } from './scanResults';

const SCANNABLE_SCHEMES = new Set(['file', 'untitled']);
export const DEFAULT_DEBOUNCE_MS = 300;

export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('privacy-lens');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The latest scan started per document: an older scan's result is dropped when it lands. */
  private readonly latestScan = new Map<string, number>();
  private scanCounter = 0;
  private readonly reportedProblems = new Set<string>();
  /** Folders a workspace scan has covered: a file closed there keeps its findings, rescanned from disk. */
  private readonly scannedFolders = new Set<string>();

  constructor(
    private readonly scanner: TextScanner,
    private readonly results: ScanResultStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {
    vscode.workspace.onDidOpenTextDocument(this.didOpenTextDocument, undefined, this.disposables);
    vscode.window.onDidChangeVisibleTextEditors(this.didChangeVisibleTextEditors, undefined, this.disposables);
    vscode.workspace.onDidChangeTextDocument(this.didChangeTextDocument, undefined, this.disposables);
    vscode.workspace.onDidCloseTextDocument(this.didCloseTextDocument, undefined, this.disposables);
    vscode.workspace.onDidChangeConfiguration(this.didChangeConfiguration, undefined, this.disposables);
    vscode.workspace.onDidGrantWorkspaceTrust(this.didGrantWorkspaceTrust, undefined, this.disposables);
    this.didChangeVisibleTextEditors(vscode.window.visibleTextEditors);
  }

  dispose(): void {
    this.timers.forEach(clearTimeout);
    this.timers.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /** Shows a workspace scan's findings for the files that are not open (open ones are scanned live). */
  publishWorkspaceFindings(folder: vscode.WorkspaceFolder, findings: readonly FileFinding[]): void {
    this.scannedFolders.add(folder.uri.toString());
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    this.collection.forEach((uri) => {
      if (!open.has(uri.toString()) && vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() === folder.uri.toString()) {
        this.clear(uri);
      }
    });
    const byFile = new Map<string, FileFinding[]>();
    for (const finding of findings) {
      byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
    }
    for (const [file, fileFindings] of byFile) {
      const uri = vscode.Uri.joinPath(folder.uri, file);
      if (!open.has(uri.toString())) {
        // Records are kept for documents scanned live only: they are what a CodeLens sits on.
        this.publish(uri, fileFindings, []);
      }
    }
  }

  // Handlers are arrow-function properties so they keep `this` when passed to event subscriptions.
  private readonly didOpenTextDocument = (document: vscode.TextDocument): void => {
    void this.scanDocument(document);
  };

  private readonly didChangeVisibleTextEditors = (editors: readonly vscode.TextEditor[]): void => {
    for (const editor of editors) {
      void this.scanDocument(editor.document);
    }
  };

  private readonly didChangeTextDocument = (event: vscode.TextDocumentChangeEvent): void => {
    if (event.contentChanges.length === 0) {
      return;
    }
    const key = event.document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.scanDocument(event.document);
      }, this.debounceMs),
    );
  };

  private readonly didCloseTextDocument = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.latestScan.delete(key);
    this.scanner.forgetDocument?.(key);
    this.clear(document.uri);
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (folder && this.scannedFolders.has(folder.uri.toString()) && document.uri.scheme === 'file') {
      void this.scanSavedFile(document.uri, document.languageId);
    }
  };

  private readonly didChangeConfiguration = (event: vscode.ConfigurationChangeEvent): void => {
    if (!affectsPrivacyLens(event)) {
      return;
    }
    this.rescanOpenDocuments();
  };

  /** The workspace's own patterns and sanitiser names apply from now on (settingsTrust.ts). */
  private readonly didGrantWorkspaceTrust = (): void => {
    this.rescanOpenDocuments();
  };

  private rescanOpenDocuments(): void {
    this.reportedProblems.clear();
    for (const document of vscode.workspace.textDocuments) {
      void this.scanDocument(document);
    }
  }

  private async scanDocument(document: vscode.TextDocument): Promise<void> {
    const config = this.configFor(document.uri);
    if (!this.shouldScan(document, config)) {
      this.clear(document.uri);
      return;
    }
    const version = document.version;
    // As an open document, its syntax tree and statements are kept for the next edit (ScanTextOptions.document).
    await this.scanAndPublish(document.uri, document.getText(), document.languageId, config, () => !document.isClosed && document.version === version, document.uri.toString());
  }

  /** After a workspace scan, a file that closes shows what is on disk rather than nothing. */
  private async scanSavedFile(uri: vscode.Uri, languageId: string): Promise<void> {
    const config = this.configFor(uri);
    const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    if (!config.enabled || !isPathIncluded(vscode.workspace.asRelativePath(uri, false), config)) {
      return;
    }
    const read = await readSourceFile(uri.fsPath);
    if ('text' in read && !isOpen()) {
      await this.scanAndPublish(uri, read.text, languageId, config, () => !isOpen());
    }
  }

  /**
   * Scans a text and publishes its findings, unless a newer scan of the same file started
   * meanwhile or `stillCurrent` says the text is stale by now.
   */
  private async scanAndPublish(
    uri: vscode.Uri,
    text: string,
    languageId: string,
    config: PrivacyLensConfig,
    stillCurrent: () => boolean,
    openDocument?: string,
  ): Promise<void> {
    const key = uri.toString();
    const scanId = ++this.scanCounter;
    this.latestScan.set(key, scanId);
    try {
      const result = await this.scanner.scanText(text, {
        languageId,
        filePath: vscode.workspace.asRelativePath(uri, false),
        config,
        ...(config.fileTimeBudgetMs ? { timeBudgetMs: config.fileTimeBudgetMs } : {}),
        ...(openDocument !== undefined ? { document: openDocument } : {}),
      });
      if (this.latestScan.get(key) !== scanId || !stillCurrent()) {
        return; // stale: a newer edit or scan owns this file now
      }
      this.publish(uri, result.findings, result.records);
      this.log.trace(`scanned ${vscode.workspace.asRelativePath(uri)}: ${result.findings.length} finding(s)`);
      for (const error of result.ruleErrors) {
        this.log.error(`rule ${error.ruleId} failed on ${key}: ${error.message}`);
      }
    } catch (error) {
      this.log.error(`scanning ${key} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private publish(uri: vscode.Uri, findings: readonly Finding[], records: readonly PersonalDataRecord[]): void {
    this.collection.set(uri, findings.map((f) => toDiagnostic(f, uri)));
    this.results.set(uri, findings, records);
  }

  private clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.results.delete(uri);
  }

  private shouldScan(document: vscode.TextDocument, config: PrivacyLensConfig): boolean {
    return (
      config.enabled &&
      !document.isClosed &&
      SCANNABLE_SCHEMES.has(document.uri.scheme) &&
      isScannedLanguage(document.languageId) &&
      (document.isUntitled || isPathIncluded(vscode.workspace.asRelativePath(document.uri, false), config))
    );
  }

  private configFor(uri: vscode.Uri): PrivacyLensConfig {
    const { config, problems, originOf } = readConfig(uri);
    for (const problem of problems) {
      const origin = originOf(problem);
      const line = `setting privacyLens.${problem.key}${origin ? ` (${origin})` : ''}: ${problem.message}`;
      if (!this.reportedProblems.has(line)) {
        this.reportedProblems.add(line);
        this.log.warn(line);
        void vscode.window.showWarningMessage(`Privacy Lens: ${line}`);
      }
    }
    return config;
  }
}
