/** The single place commands are registered. Ids live in commandIds.ts; handlers in commands/. */
import * as vscode from 'vscode';
import type { Scanner } from '../core/scan/scanner';
import { COMMANDS } from './commandIds';
import { openChecklistItem } from './commands/openChecklistItem';
import { scanWorkspace } from './commands/scanWorkspace';
import { renameToReducedField } from './commands/renameToReducedField';
import { type SuppressOptions, suppressFinding } from './commands/suppressFinding';
import type { DiagnosticsController } from './diagnosticsController';

export function registerCommands(scanner: Scanner, diagnostics: DiagnosticsController, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.scanWorkspace, () => scanWorkspace(scanner, diagnostics, log)),
    vscode.commands.registerCommand(COMMANDS.openChecklistItem, (itemId?: string) => openChecklistItem(itemId)),
    // The code actions pass no options (the user is asked); callers may pass a reason and a date.
    vscode.commands.registerCommand(COMMANDS.suppressFinding, (uri: vscode.Uri, line: number, ruleId: string, options?: SuppressOptions) =>
      suppressFinding(uri, line, ruleId, options),
    ),
    vscode.commands.registerCommand(COMMANDS.renameToReducedField, (uri: vscode.Uri, position: vscode.Position, newName: string) =>
      renameToReducedField(uri, position, newName),
    ),
  );
}
