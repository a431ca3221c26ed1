/**
 * Keys under `privacyLens.`. No `vscode` import, so the manifest unit tests can check them against package.json.
 */

/** The settings the engine reads, validated by validateConfig as the same keys of `.privacy-lens.json` are. */
export const ENGINE_SETTING_KEYS = [
  'enabled',
  'include',
  'exclude',
  'severity',
  'patterns',
  'ignoreNames',
  'sanitizers',
  'authGuards',
  'regulations',
  'maxFileSizeKB',
  'fileTimeBudgetMs',
] as const;

/** Settings the editor alone reads. */
export const CODE_LENS_ENABLED = 'codeLens.enabled';
