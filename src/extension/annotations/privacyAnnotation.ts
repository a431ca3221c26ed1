/**
 * The privacy annotation, added where the user asks for it (a quick fix, a CodeLens click):
 * the engine's template, in the document's comment syntax and the declaration's indentation,
 * on the line above the record (or the field, when no record is known). Filling in purpose,
 * lawful basis and retention is the user's part; the inventory reads them from there.
 */
import * as vscode from 'vscode';
import { annotationTemplate } from '../../core/inventory/annotations';
import type { PersonalDataRecord } from '../../core/inventory/model';
import { languageById } from '../../core/languages/languageRegistry';
import { toRange } from '../diagnosticMapping';

/** Whether the document's language has line comments to write an annotation in (JSON has none). */
export function canAnnotate(document: vscode.TextDocument): boolean {
  return Boolean(languageById(document.languageId)?.lineComment);
}

/** The edit inserting the annotation above `line`, or undefined where the language has no line comment. */
export function annotationEdit(document: vscode.TextDocument, line: number): vscode.WorkspaceEdit | undefined {
  const lineComment = languageById(document.languageId)?.lineComment;
  if (!lineComment || line < 0 || line >= document.lineCount) {
    return undefined;
  }
  const target = document.lineAt(line);
  const indentation = target.text.slice(0, target.firstNonWhitespaceCharacterIndex);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(line, 0), `${annotationTemplate(lineComment, indentation)}\n`);
  return edit;
}

/** The record a finding at `range` belongs to: the one declaring the field, else the one enclosing it. */
export function recordAt(records: readonly PersonalDataRecord[], range: vscode.Range): PersonalDataRecord | undefined {
  return (
    records.find((r) => r.fields.some((f) => toRange(f.range).contains(range))) ??
    records.find((r) => toRange(r.range).contains(range))
  );
}

/** Applies the annotation above `line` of `uri`: the CodeLens's action. */
export async function addPrivacyAnnotation(uri: vscode.Uri, line: number): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = annotationEdit(document, line);
  return edit ? vscode.workspace.applyEdit(edit) : false;
}
