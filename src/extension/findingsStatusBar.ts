/**
 * The status bar item: how many Privacy Lens findings in the workspace are still open (those the
 * Problems panel shows, from the last workspace scan and the open documents, less the ones the
 * DPO recorded as acceptable). Clicking it opens the report.
 */
import * as vscode from 'vscode';
import { EMPTY_REVIEW, type ReviewState } from '../core/review/model';
import { COMMANDS } from './commandIds';
import { isOpen } from './report/openness';
import type { ReviewStates } from './report/reviewStates';
import type { ScanResultStore } from './scanResults';

/** A workspace scan publishes file after file: one recount for the lot. */
const RECOUNT_DELAY_MS = 100;

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('privacyLens.findings', vscode.StatusBarAlignment.Left, 0);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private readonly updated = new vscode.EventEmitter<string>();
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** Fires with the item's new text. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly results: ScanResultStore,
    private readonly reviews: ReviewStates,
  ) {
    this.item.name = 'Privacy Lens findings';
    this.item.command = COMMANDS.showReport;
    results.onDidChange(this.scheduleRecount, undefined, this.disposables);
    reviews.onDidChange(this.scheduleRecount, undefined, this.disposables);
    this.show(0);
    this.item.show();
    this.scheduleRecount();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.updated.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private readonly scheduleRecount = (): void => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.recount(), RECOUNT_DELAY_MS);
  };

  private async recount(): Promise<void> {
    const generation = ++this.generation;
    let open = 0;
    for (const file of [...this.results.all()]) {
      const review = await this.reviewFor(file.uri);
      open += file.findings.filter((f) => isOpen(review.findings[f.fingerprint])).length;
    }
    if (generation === this.generation) {
      this.show(open); // else a newer recount is running and will show its own count
    }
  }

  private async reviewFor(uri: vscode.Uri): Promise<ReviewState> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && folder.uri.scheme === 'file' ? (await this.reviews.read(folder)).state : EMPTY_REVIEW;
  }

  private show(open: number): void {
    this.item.text = `$(shield) Privacy: ${open} open`;
    this.item.tooltip = `Privacy Lens: ${open} open finding${open === 1 ? '' : 's'} in the workspace (last workspace scan and open files, less those reviewed as acceptable). Click for the report.`;
    this.item.accessibilityInformation = { label: `Privacy Lens: ${open} open findings. Open the report.` };
    this.updated.fire(this.item.text);
  }
}
