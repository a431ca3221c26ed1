/**
 * Tells the user, once per set of settings, that an untrusted workspace's own patterns and
 * sanitiser names were not applied (settingsTrust.ts decides which), and how to apply them.
 */
import * as vscode from 'vscode';
import { affectsPrivacyLens, CONFIG_SECTION, readConfig } from './configuration';
import { withheldSettingsMessage } from './settingsTrust';

const MANAGE_TRUST = 'Manage Workspace Trust';

export class WorkspaceTrustNotice implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly shown = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {
    vscode.workspace.onDidChangeConfiguration(this.didChangeConfiguration, undefined, this.disposables);
    vscode.workspace.onDidChangeWorkspaceFolders(this.check, undefined, this.disposables);
    vscode.workspace.onDidGrantWorkspaceTrust(this.didGrantWorkspaceTrust, undefined, this.disposables);
    this.check();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private readonly didChangeConfiguration = (event: vscode.ConfigurationChangeEvent): void => {
    if (affectsPrivacyLens(event)) {
      this.check();
    }
  };

  private readonly didGrantWorkspaceTrust = (): void => {
    this.log.info('workspace trusted: its own privacyLens patterns, ignore names, sanitisers and guards now apply');
  };

  private readonly check = (): void => {
    if (vscode.workspace.isTrusted) {
      return;
    }
    const scopes = vscode.workspace.workspaceFolders?.map((folder) => folder.uri) ?? [undefined];
    const withheld = [...new Set(scopes.flatMap((scope) => readConfig(scope).withheld))].sort();
    const message = withheldSettingsMessage(withheld, CONFIG_SECTION);
    if (message === undefined || this.shown.has(message)) {
      return;
    }
    this.shown.add(message);
    this.log.warn(message);
    void vscode.window.showWarningMessage(message, MANAGE_TRUST).then((choice) => {
      if (choice === MANAGE_TRUST) {
        void vscode.commands.executeCommand('workbench.trust.manage');
      }
    });
  };
}
