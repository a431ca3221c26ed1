/**
 * The DPO's review state per workspace folder, read from `<folder>/.privacy-lens/review.json`
 * and read again whenever that file changes on disk (a save from another window, a git checkout,
 * a hand edit). A file that cannot be used is reported once, plainly, in the engine's words (which
 * name a merge conflict and say how to resolve it); the engine backs such a file up before
 * replacing it, and never replaces one with conflict markers or from a newer Privacy Lens.
 */
import * as vscode from 'vscode';
import { EMPTY_REVIEW, REVIEW_FILE, type ReviewChange, type ReviewRead } from '../../core/review/model';
import { keepsFileUntouched, readReviewState, ReviewFileRefused, updateReview } from '../../core/review/reviewStore';

const OPEN_REVIEW_FILE = 'Open review.json';

export class ReviewStates implements vscode.Disposable {
  private readonly reads = new Map<string, Promise<ReviewRead>>();
  private readonly watchers = new Map<string, vscode.FileSystemWatcher>();
  /** The problem last announced per folder, so the same broken file is not announced on every re-read. */
  private readonly announced = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  /** Fires with the folder whose review file changed, on disk or through `update`. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** The folder's review state; read once, then kept until the file changes. */
  read(folder: vscode.WorkspaceFolder): Promise<ReviewRead> {
    const key = folder.uri.toString();
    let read = this.reads.get(key);
    if (!read) {
      read = this.readFromDisk(folder);
      this.reads.set(key, read);
    }
    return read;
  }

  /**
   * Writes one decision (the engine merges it with what is on disk) and returns the state after it.
   * A file the engine keeps untouched (merge-conflict markers, a newer schema) refuses the write:
   * its problem is announced like a read's and the error, whose message says what to do, is rethrown.
   */
  async update(folder: vscode.WorkspaceFolder, change: ReviewChange): Promise<ReviewRead> {
    this.watch(folder);
    let written: ReviewRead;
    try {
      written = await updateReview(folder.uri.fsPath, change);
    } catch (error) {
      if (error instanceof ReviewFileRefused) {
        const refused: ReviewRead = { state: EMPTY_REVIEW, problem: error.problem };
        this.reads.set(folder.uri.toString(), Promise.resolve(refused));
        this.reportProblem(folder, refused);
        this.changed.fire(folder);
      }
      throw error;
    }
    this.reads.set(folder.uri.toString(), Promise.resolve(written));
    this.reportProblem(folder, written);
    if (written.migration?.backupPath) {
      this.log.info(`${REVIEW_FILE} in ${folder.name} was migrated from schema version ${written.migration.fromVersion}; the old file is kept as ${written.migration.backupPath}`);
    }
    this.changed.fire(folder);
    return written;
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) {
      watcher.dispose();
    }
    this.watchers.clear();
    this.changed.dispose();
  }

  private watch(folder: vscode.WorkspaceFolder): void {
    if (this.watchers.has(folder.uri.toString())) {
      return;
    }
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, REVIEW_FILE));
    const reread = (): void => {
      this.reads.set(folder.uri.toString(), this.readFromDisk(folder));
      this.changed.fire(folder);
    };
    watcher.onDidChange(reread);
    watcher.onDidCreate(reread);
    watcher.onDidDelete(reread);
    this.watchers.set(folder.uri.toString(), watcher);
  }

  private async readFromDisk(folder: vscode.WorkspaceFolder): Promise<ReviewRead> {
    this.watch(folder);
    try {
      const read = await readReviewState(folder.uri.fsPath);
      this.reportProblem(folder, read);
      return read;
    } catch (error) {
      const message = `Could not read ${REVIEW_FILE} in ${folder.name}: ${error instanceof Error ? error.message : String(error)}`;
      const read: ReviewRead = { state: EMPTY_REVIEW, problem: { message } };
      this.reportProblem(folder, read);
      return read;
    }
  }

  /** Once per problem: announced when it appears, again only after the file was fine in between. */
  private reportProblem(folder: vscode.WorkspaceFolder, read: ReviewRead): void {
    const key = folder.uri.toString();
    const problem = read.problem;
    if (!problem) {
      this.announced.delete(key);
      return;
    }
    if (this.announced.get(key) === problem.message) {
      return;
    }
    this.announced.set(key, problem.message);
    this.log.warn(problem.message);
    // A kept file needs a person's edit: one click opens it, where VS Code's own merge-conflict
    // actions (accept current, incoming, both) sit on the markers.
    const actions = keepsFileUntouched(problem) ? [OPEN_REVIEW_FILE] : [];
    void vscode.window.showWarningMessage(`Privacy Lens: ${problem.message}`, ...actions).then((choice) => {
      if (choice === OPEN_REVIEW_FILE) {
        void vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, REVIEW_FILE));
      }
    });
  }
}
