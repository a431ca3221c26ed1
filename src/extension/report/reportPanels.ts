/** Owns the one report panel: created on the first show, forgotten when the user closes it. */
import * as vscode from 'vscode';
import type { ToWebview } from '../../core/report/webviewMessages';
import { REPORT_VIEW_TYPE, ReportPanel, type ReportDelivery, type ReportFocus } from './reportPanel';
import { reportWebviewOptions } from './reportPanelHtml';
import type { WorkspaceReportService } from './workspaceReportService';

export class ReportPanels implements vscode.Disposable {
  private current: ReportPanel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: WorkspaceReportService,
  ) {}

  show(folder: vscode.WorkspaceFolder, focus?: ReportFocus): Promise<ReportDelivery | undefined> {
    if (!this.current) {
      // Beside the code when there is some, so a finding and its source show together.
      const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
      const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, `Privacy report: ${folder.name}`, column, reportWebviewOptions(this.extensionUri));
      const created = new ReportPanel(panel, folder, this.service, this.extensionUri);
      created.onDidClose(() => {
        if (this.current === created) {
          this.current = undefined;
        }
      });
      this.current = created;
    }
    return this.current.show(folder, focus);
  }

  /** Hands the open panel a message as its page would post it (the integration suite's stand-in for a click). */
  receive(message: unknown): Promise<ToWebview | undefined> {
    return this.current ? this.current.receive(message) : Promise.reject(new Error('no report panel is open'));
  }

  dispose(): void {
    this.current?.dispose();
  }
}
