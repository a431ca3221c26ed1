/**
 * Tells the user, once per set of settings, that an untrusted workspace's own patterns and
 * sanitiser names were not applied (settingsTrust.ts decides which), and how to apply them.
 * VS Code hides restricted workspace values from the extension in Restricted Mode, so the
 * workspace's settings files are read to name what was left out.
 */
import * as vscode from 'vscode';
import { affectsPrivacyLens, CONFIG_SECTION, readConfig } from './configuration';
import { restrictedKeysSetIn, withheldSettingsMessage } from './settingsTrust';

const MANAGE_TRUST = 'Manage Workspace Trust';

export class WorkspaceTrustNotice implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly shown = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {
    vscode.workspace.onDidChangeConfiguration(this.didChangeConfiguration, undefined, this.disposables);
    vscode.workspace.onDidChangeWorkspaceFolders(this.didChangeWorkspaceFolders, undefined, this.disposables);
    vscode.workspace.onDidGrantWorkspaceTrust(this.didGrantWorkspaceTrust, undefined, this.disposables);
    void this.check();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private readonly didChangeConfiguration = (event: vscode.ConfigurationChangeEvent): void => {
    if (affectsPrivacyLens(event)) {
      void this.check();
    }
  };

  private readonly didChangeWorkspaceFolders = (): void => {
    void this.check();
  };

  private readonly didGrantWorkspaceTrust = (): void => {
    this.log.info('workspace trusted: its own privacyLens patterns, ignore names, sanitisers and guards now apply');
  };

  private async check(): Promise<void> {
    if (vscode.workspace.isTrusted) {
      return;
    }
    const withheld = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      readConfig(folder.uri).withheld.forEach((key) => withheld.add(key));
      (await restrictedKeysIn(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json'))).forEach((key) => withheld.add(key));
    }
    const workspaceFile = vscode.workspace.workspaceFile;
    if (workspaceFile && workspaceFile.scheme !== 'untitled') {
      (await restrictedKeysIn(workspaceFile)).forEach((key) => withheld.add(key));
    }
    const message = withheldSettingsMessage([...withheld].sort(), CONFIG_SECTION);
    if (message === undefined || this.shown.has(message) || vscode.workspace.isTrusted) {
      return;
    }
    this.shown.add(message);
    this.log.warn(message);
    const choice = await vscode.window.showWarningMessage(message, MANAGE_TRUST);
    if (choice === MANAGE_TRUST) {
      await vscode.commands.executeCommand('workbench.trust.manage');
    }
  }
}

/** The restricted settings a settings file sets; none when it does not exist or cannot be read. */
async function restrictedKeysIn(file: vscode.Uri): Promise<string[]> {
  try {
    return restrictedKeysSetIn(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), CONFIG_SECTION);
  } catch {
    return [];
  }
}
