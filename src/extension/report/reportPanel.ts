/**
 * The report panel: one webview for the workspace's privacy report. The page loads, says
 * `ready`, and is sent the report (again whenever the scan, the review file or the settings
 * change); what it asks for comes back as FromWebview messages, handled in reportPanelActions.ts.
 */
import * as vscode from 'vscode';
import type { PrivacyReport } from '../../core/report/reportModel';
import type { ReportSection, ToWebview } from '../../core/report/webviewMessages';
import { handleWebviewMessage } from './reportPanelActions';
import { makeNonce, reportPanelHtml } from './reportPanelHtml';
import { parseFromWebview } from './webviewMessageGuard';
import type { WorkspaceReportService } from './workspaceReportService';

export const REPORT_VIEW_TYPE = 'privacyLens.report';

export interface ReportFocus {
  readonly section: ReportSection;
  readonly itemId?: string;
}

/** What a show() put in front of the user, once the page has it: the suite reads this. */
export interface ReportDelivery {
  readonly folder: string;
  readonly findings: number;
  readonly focus?: ReportFocus;
}

interface Waiter {
  readonly generation: number;
  readonly resolve: (delivery: ReportDelivery | undefined) => void;
}

export class ReportPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidClose = this.closed.event;
  private webviewReady = false;
  private latest: { readonly message: ToWebview & { type: 'report' }; readonly generation: number } | undefined;
  private generation = 0;
  private waiters: Waiter[] = [];
  private pendingFocus: ReportFocus | undefined;
  private disposed = false;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private folder: vscode.WorkspaceFolder,
    private readonly service: WorkspaceReportService,
    extensionUri: vscode.Uri,
  ) {
    panel.webview.html = reportPanelHtml(panel.webview, extensionUri, makeNonce());
    panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message), undefined, this.disposables);
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    service.onDidChange(this.didChangeReport, undefined, this.disposables);
  }

  /** Brings the panel forward on `folder`'s report, at `focus`; resolves once the page has that report. */
  show(folder: vscode.WorkspaceFolder, focus: ReportFocus | undefined): Promise<ReportDelivery | undefined> {
    this.folder = folder;
    this.pendingFocus = focus;
    this.panel.title = `Privacy report: ${folder.name}`;
    this.panel.reveal();
    const delivered = this.nextDelivery(this.generation + 1);
    void this.refresh().then((built) => {
      if (!built) {
        this.settleWaiters(undefined);
      }
    });
    return delivered;
  }

  /** A message as the page posts it: from the page itself, or from the suite standing in for it. */
  async receive(raw: unknown): Promise<ToWebview | undefined> {
    const message = parseFromWebview(raw);
    if (!message) {
      return undefined;
    }
    if (message.type === 'ready') {
      this.webviewReady = true;
      await this.postLatest();
      return undefined;
    }
    return handleWebviewMessage(message, {
      folder: this.folder,
      service: this.service,
      panelColumn: this.panel.viewColumn,
      post: (m) => this.post(m),
      refresh: () => this.refresh(),
    });
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    this.settleWaiters(undefined);
    this.closed.fire();
    this.closed.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }

  private readonly didChangeReport = (folder: vscode.WorkspaceFolder): void => {
    if (folder.uri.toString() === this.folder.uri.toString()) {
      void this.refresh();
    }
  };

  /** Builds the folder's report and sends it if the page is up; false when there is none (the scan was cancelled). */
  private async refresh(): Promise<boolean> {
    const generation = ++this.generation;
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    let built: PrivacyReport | undefined;
    try {
      built = await this.service.report(this.folder);
    } catch (error) {
      void vscode.window.showErrorMessage(`Privacy Lens could not build the report: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    if (generation !== this.generation || this.disposed) {
      return true; // a newer refresh owns the page, or there is no page any more
    }
    if (!built) {
      void vscode.window.showInformationMessage('The workspace scan did not finish, so there is no report yet. Run Privacy Lens: Scan Workspace.');
      return false;
    }
    this.latest = { message: { type: 'report', report: built, interactive: true, ...(focus ? { focus } : {}) }, generation };
    await this.postLatest();
    return true;
  }

  private async postLatest(): Promise<void> {
    const latest = this.latest;
    if (!latest || !this.webviewReady || !(await this.post(latest.message))) {
      return;
    }
    const { report, focus } = latest.message;
    const delivery: ReportDelivery = { folder: this.folder.uri.toString(), findings: report.findings.length, ...(focus ? { focus } : {}) };
    const [due, waiting] = partition(this.waiters, (w) => w.generation <= latest.generation);
    this.waiters = waiting;
    due.forEach((w) => w.resolve(delivery));
  }

  private post(message: ToWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  private nextDelivery(generation: number): Promise<ReportDelivery | undefined> {
    return new Promise((resolve) => this.waiters.push({ generation, resolve }));
  }

  private settleWaiters(delivery: ReportDelivery | undefined): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w.resolve(delivery));
  }
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
