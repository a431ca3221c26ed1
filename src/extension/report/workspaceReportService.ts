/**
 * The workspace's privacy report: the latest complete workspace scan per folder and the
 * folder's review state, built into the one PrivacyReport that the panel and the exports read
 * (the status bar counts what the Problems panel shows, which open documents keep current). A
 * report asked for before any scan runs Scan Workspace first, with its usual cancellable
 * progress. A settings change rebuilds the report (the laws in scope) but does not rescan: the
 * page's Rescan button and Scan Workspace do.
 */
import * as vscode from 'vscode';
import { buildPrivacyReport } from '../../core/report/buildReport';
import type { PrivacyReport } from '../../core/report/reportModel';
import type { ReviewChange, ReviewRead } from '../../core/review/model';
import type { TextScanner } from '../../core/scan/scanner';
import type { WorkspaceScanResult } from '../../core/scan/workspaceScan';
import { scanWorkspace, type WorkspaceScanSummary } from '../commands/scanWorkspace';
import { affectsPrivacyLens, readConfig } from '../configuration';
import type { DiagnosticsController } from '../diagnosticsController';
import type { ReviewStates } from './reviewStates';

export class WorkspaceReportService implements vscode.Disposable {
  private readonly scans = new Map<string, WorkspaceScanResult>();
  private readonly changed = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private scanning: Promise<WorkspaceScanSummary> | undefined;
  /** Fires with a folder whose report would now read differently: a new scan, review or setting. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly scanner: TextScanner,
    private readonly diagnostics: DiagnosticsController,
    private readonly reviews: ReviewStates,
    private readonly log: vscode.LogOutputChannel,
  ) {
    reviews.onDidChange((folder) => this.changed.fire(folder), undefined, this.disposables);
    vscode.workspace.onDidChangeConfiguration(this.didChangeConfiguration, undefined, this.disposables);
  }

  /** Runs Scan Workspace; a second call while one runs shares it rather than scanning twice. */
  scanWorkspace(): Promise<WorkspaceScanSummary> {
    this.scanning ??= scanWorkspace(this.scanner, this.diagnostics, this.log, this.didScanFolder).finally(() => {
      this.scanning = undefined;
    });
    return this.scanning;
  }

  /** The folder's report, scanning the workspace first if it has not been; undefined if that scan was cancelled. */
  async report(folder: vscode.WorkspaceFolder): Promise<PrivacyReport | undefined> {
    if (!this.scans.has(folder.uri.toString())) {
      await this.scanWorkspace();
    }
    const scan = this.scans.get(folder.uri.toString());
    if (!scan) {
      return undefined;
    }
    return this.build(folder, scan, await this.reviews.read(folder));
  }

  updateReview(folder: vscode.WorkspaceFolder, change: ReviewChange): Promise<ReviewRead> {
    return this.reviews.update(folder, change);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private build(folder: vscode.WorkspaceFolder, scan: WorkspaceScanResult, review: ReviewRead): PrivacyReport {
    const { regulations } = readConfig(folder.uri).config;
    return buildPrivacyReport(scan, review, { regulations, generatedAt: new Date().toISOString(), rootName: folder.name });
  }

  /** A cancelled scan read only some files: the previous complete one stays the report's. */
  private readonly didScanFolder = (folder: vscode.WorkspaceFolder, result: WorkspaceScanResult, complete: boolean): void => {
    if (complete) {
      this.scans.set(folder.uri.toString(), result);
      this.changed.fire(folder);
    }
  };

  private readonly didChangeConfiguration = (event: vscode.ConfigurationChangeEvent): void => {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (this.scans.has(folder.uri.toString()) && affectsPrivacyLens(event)) {
        this.changed.fire(folder);
      }
    }
  };
}
