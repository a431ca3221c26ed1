/**
 * Keys under `privacyLens.`. No `vscode` import, so the manifest unit tests can check them against package.json.
 */
import { CONFIG_KEYS } from '../core/config';

/** The settings the engine reads, validated by validateConfig as the same keys of `.privacy-lens.json` are. */
export const ENGINE_SETTING_KEYS = CONFIG_KEYS;

/** Settings the editor alone reads. */
export const CODE_LENS_ENABLED = 'codeLens.enabled';
