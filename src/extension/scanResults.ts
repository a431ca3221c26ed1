/**
 * What the diagnostics controller last published per file: the findings (with their
 * fingerprints, which diagnostics do not carry) and, for documents scanned live, the records that
 * hold personal data. The status bar counts from it and the CodeLens and annotation fix read it,
 * so they show exactly what the Problems panel shows.
 */
import * as vscode from 'vscode';
import type { PersonalDataRecord } from '../core/inventory/model';
import type { Finding } from '../core/model';

export interface FileScanState {
  readonly uri: vscode.Uri;
  readonly findings: readonly Finding[];
  readonly records: readonly PersonalDataRecord[];
}

export class ScanResultStore implements vscode.Disposable {
  private readonly files = new Map<string, FileScanState>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the file whose results changed. */
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, findings: readonly Finding[], records: readonly PersonalDataRecord[]): void {
    this.files.set(uri.toString(), { uri, findings, records });
    this.changed.fire(uri);
  }

  delete(uri: vscode.Uri): void {
    if (this.files.delete(uri.toString())) {
      this.changed.fire(uri);
    }
  }

  get(uri: vscode.Uri): FileScanState | undefined {
    return this.files.get(uri.toString());
  }

  all(): IterableIterator<FileScanState> {
    return this.files.values();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
