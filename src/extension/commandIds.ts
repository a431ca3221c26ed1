/** Command ids, mirroring package.json `contributes.commands` (a unit test keeps the two in step). */
export const COMMANDS = {
  scanWorkspace: 'privacyLens.scanWorkspace',
  showReport: 'privacyLens.showReport',
  openChecklistItem: 'privacyLens.openChecklistItem',
  exportReport: 'privacyLens.exportReport',
  showDataInventory: 'privacyLens.showDataInventory',
  suppressFinding: 'privacyLens.suppressFinding',
  renameToReducedField: 'privacyLens.renameToReducedField',
  addPrivacyAnnotation: 'privacyLens.addPrivacyAnnotation',
} as const;

/**
 * Registered only when VS Code runs the integration suite (ExtensionMode.Test), never contributed:
 * the suite cannot reach the report webview's DOM or the status bar from the extension host, so
 * it hands the panel the exact messages the webview posts, and waits for the status bar item's text.
 */
export const TEST_COMMANDS = {
  postFromReportWebview: 'privacyLens.test.postFromReportWebview',
  waitForStatusBarText: 'privacyLens.test.waitForStatusBarText',
} as const;
