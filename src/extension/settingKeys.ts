/**
 * Keys under `privacyLens.` that the editor alone reads (the engine's own settings are listed in
 * configuration.ts). No `vscode` import, so the manifest unit test can check them against package.json.
 */
export const CODE_LENS_ENABLED = 'codeLens.enabled';
