/**
 * Quick fixes for Privacy Lens diagnostics. Every action is recomputed from the diagnostic's
 * rule id and range (the annotation fix also reads which record the last scan saw around it). Suppression asks for a reason (a suppression is a decision
 * someone should be able to read later), so it runs a command rather than a fixed edit.
 */
import * as vscode from 'vscode';
import { checklistItem } from '../core/checklist/items';
import { DEFAULT_MASKING_FUNCTION } from '../core/config';
import { mechanicalFix } from '../core/fixes/mechanicalFixes';
import { languageById } from '../core/languages/languageRegistry';
import { minimisationFor, reducedFieldName } from '../core/taxonomy/minimisation';
import { Classifier } from '../core/taxonomy/vocabulary';
import { annotationEdit, recordAt } from './annotations/privacyAnnotation';
import { COMMANDS } from './commandIds';
import { CONFIG_SECTION } from './configuration';
import { ruleIdOf } from './diagnosticMapping';
import type { ScanResultStore } from './scanResults';

export class PersonalDataCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly results: ScanResultStore) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      return [];
    }
    return diagnosticsAt(document, range, context).flatMap((diagnostic) => {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) {
        return [];
      }
      const canSuppress = Boolean(languageById(document.languageId)?.lineComment);
      return [
        ...mechanicalFixActions(document, diagnostic, ruleId),
        ...minimisationActions(document, diagnostic, ruleId),
        ...annotationActions(document, diagnostic, ruleId, this.results),
        ...(canSuppress ? [suppressAction(document, diagnostic, ruleId), suppressUntilAction(document, diagnostic, ruleId)] : []),
        ...checklistActions(diagnostic),
      ];
    });
  }
}

/**
 * Our diagnostics the request is about. VS Code passes them in the context from its marker
 * service, which in a remote window (code-server) can lag behind the collection just published:
 * a request made in that gap would offer nothing, so then the collection itself is read.
 */
function diagnosticsAt(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): readonly vscode.Diagnostic[] {
  if (context.diagnostics.some((d) => ruleIdOf(d))) {
    return context.diagnostics;
  }
  return vscode.languages.getDiagnostics(document.uri).filter((d) => ruleIdOf(d) && d.range.intersection(range) !== undefined);
}

/** A rule's one-edit fix (TLS verification back on, https://, SHA-256...), recomputed from the flagged text. */
function mechanicalFixActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string): vscode.CodeAction[] {
  const context = {
    languageId: document.languageId,
    lineText: document.lineAt(diagnostic.range.start.line).text,
    maskingFunction: vscode.workspace.getConfiguration(CONFIG_SECTION, document.uri).get<string>('maskingFunction') || DEFAULT_MASKING_FUNCTION,
  };
  const fix = mechanicalFix(ruleId, document.getText(diagnostic.range), context);
  if (!fix) {
    return [];
  }
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (fix.preferred) {
    action.isPreferred = true;
  }
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, diagnostic.range, fix.replacement);
  if (fix.requiresLine && !document.getText().includes(fix.requiresLine)) {
    action.edit.insert(document.uri, new vscode.Position(firstCodeLine(document), 0), `${fix.requiresLine}\n`);
  }
  return [action];
}

/**
 * Where an added import goes: after what must stay first in a file (a shebang, `<?php`, a Go or
 * Java `package` line, Python's `from __future__` imports and encoding line, Ruby's magic comments).
 */
function firstCodeLine(document: vscode.TextDocument): number {
  let line = 0;
  while (line < document.lineCount && /^(#!|<\?php|package\s|from __future__ import|# -\*-|#.*coding[:=]|# frozen_string_literal)/.test(document.lineAt(line).text)) {
    line++;
  }
  return line;
}

const FIELD_RULES = new Set(['personal-data-field', 'sensitive-personal-data-field']);

/**
 * "Privacy by design: rename to birthYear…" where a less identifying form of the field's data
 * often serves. Recomputed from the field's name, like every action here.
 */
function minimisationActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string): vscode.CodeAction[] {
  if (!FIELD_RULES.has(ruleId)) {
    return [];
  }
  const name = document.getText(diagnostic.range);
  const classification = Classifier.DEFAULT.classify(name);
  const suggestion = classification && !classification.derivative ? minimisationFor(classification.category) : undefined;
  if (!classification || !suggestion?.reducedName) {
    return [];
  }
  const newName = reducedFieldName(name, classification.matched, suggestion.reducedName);
  const action = new vscode.CodeAction(`Privacy by design: rename to ${newName} (${suggestion.suggestion})`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = { command: COMMANDS.renameToReducedField, title: action.title, arguments: [document.uri, diagnostic.range.start, newName] };
  return [action];
}

export const ANNOTATE_TITLE = 'Record purpose, lawful basis and retention';

/**
 * Adds the privacy annotation above the record holding the field (or above the field, when the
 * scan saw no record around it); not offered once the record has one.
 */
function annotationActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string, results: ScanResultStore): vscode.CodeAction[] {
  if (!FIELD_RULES.has(ruleId)) {
    return [];
  }
  const record = recordAt(results.get(document.uri)?.records ?? [], diagnostic.range);
  const edit = record?.annotation ? undefined : annotationEdit(document, record ? record.range.start.line : diagnostic.range.start.line);
  if (!edit) {
    return [];
  }
  const action = new vscode.CodeAction(record ? `${ANNOTATE_TITLE} for ${record.name}` : ANNOTATE_TITLE, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.edit = edit;
  return [action];
}

function suppressUntilAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string): vscode.CodeAction {
  const action = new vscode.CodeAction(`Suppress ${ruleId} on this line until a date (with a reason)…`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = {
    command: COMMANDS.suppressFinding,
    title: action.title,
    arguments: [document.uri, diagnostic.range.start.line, ruleId, { until: 'ask' }],
  };
  return action;
}

function suppressAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string): vscode.CodeAction {
  const action = new vscode.CodeAction(`Suppress ${ruleId} on this line (with a reason)…`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = {
    command: COMMANDS.suppressFinding,
    title: action.title,
    arguments: [document.uri, diagnostic.range.start.line, ruleId],
  };
  return action;
}

function checklistActions(diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const code = diagnostic.code;
  const target = typeof code === 'object' ? code.target : undefined;
  const itemId = target?.path.replace(/^\//, '').replace(/\.md$/, '');
  const item = itemId ? checklistItem(itemId) : undefined;
  if (!item) {
    return [];
  }
  const action = new vscode.CodeAction(`Open DPO checklist item: ${item.title}`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = { command: COMMANDS.openChecklistItem, title: action.title, arguments: [item.id] };
  return [action];
}
