/**
 * Privacy by design where the code is written: above each type, model or table that holds
 * personal data, a CodeLens such as "4 personal-data fields, 1 sensitive · purpose not recorded ·
 * checklist: 2 open". With no purpose recorded, clicking it adds the privacy annotation (the
 * user's explicit action); otherwise it opens the record's entry in the data inventory.
 * `privacyLens.codeLens.enabled` turns it off.
 */
import * as vscode from 'vscode';
import type { PersonalDataRecord } from '../core/inventory/model';
import type { Finding } from '../core/model';
import { EMPTY_REVIEW, type ReviewState } from '../core/review/model';
import { canAnnotate } from './annotations/privacyAnnotation';
import { COMMANDS } from './commandIds';
import { CONFIG_SECTION } from './configuration';
import { toRange } from './diagnosticMapping';
import { recordLensTitle } from './recordSummary';
import { isOpen } from './report/openness';
import type { ReviewStates } from './report/reviewStates';
import type { ScanResultStore } from './scanResults';
import { CODE_LENS_ENABLED } from './settingKeys';

export class RecordCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly results: ScanResultStore,
    private readonly reviews: ReviewStates,
  ) {
    const refresh = (): void => this.changed.fire();
    results.onDidChange(refresh, undefined, this.disposables);
    reviews.onDidChange(refresh, undefined, this.disposables);
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${CONFIG_SECTION}.${CODE_LENS_ENABLED}`) && refresh(), undefined, this.disposables);
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const scanned = this.results.get(document.uri);
    if (!scanned || scanned.records.length === 0 || !vscode.workspace.getConfiguration(CONFIG_SECTION, document.uri).get<boolean>(CODE_LENS_ENABLED, true)) {
      return [];
    }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const review = folder && folder.uri.scheme === 'file' ? (await this.reviews.read(folder)).state : EMPTY_REVIEW;
    return scanned.records.map((record) => recordLens(document, record, scanned.findings, review, folder));
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function recordLens(document: vscode.TextDocument, record: PersonalDataRecord, findings: readonly Finding[], review: ReviewState, folder: vscode.WorkspaceFolder | undefined): vscode.CodeLens {
  const range = document.validateRange(toRange(record.nameRange));
  const title = recordLensTitle(record, openChecklistItems(record, findings, review));
  if (!record.annotation && canAnnotate(document)) {
    return new vscode.CodeLens(range, {
      title,
      tooltip: `Add a privacy annotation above ${record.name} to record its purpose, lawful basis and retention`,
      command: COMMANDS.addPrivacyAnnotation,
      arguments: [document.uri, document.validatePosition(toRange(record.range).start).line],
    });
  }
  return new vscode.CodeLens(range, {
    title,
    tooltip: `Open the data inventory, where ${record.name} is listed with what its annotation records`,
    command: COMMANDS.showDataInventory,
    // The report page can bring a section forward, not yet one record in it.
    arguments: [folder?.uri],
  });
}

/** Checklist items raised by the findings inside the record that the DPO has not recorded as acceptable. */
function openChecklistItems(record: PersonalDataRecord, findings: readonly Finding[], review: ReviewState): number {
  const range = toRange(record.range);
  const raised = new Set(findings.filter((f) => range.contains(toRange(f.range))).flatMap((f) => f.checklist));
  return [...raised].filter((id) => isOpen(review.checklist[id])).length;
}
