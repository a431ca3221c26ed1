/** Command ids, mirroring package.json `contributes.commands` (a unit test keeps the two in step). */
export const COMMANDS = {
  scanWorkspace: 'privacyLens.scanWorkspace',
  openChecklistItem: 'privacyLens.openChecklistItem',
  suppressFinding: 'privacyLens.suppressFinding',
  renameToReducedField: 'privacyLens.renameToReducedField',
} as const;
