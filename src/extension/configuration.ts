/**
 * Typed access to the `privacyLens.*` settings. The keys mirror package.json's
 * `contributes.configuration`; validation is the engine's, shared with the CLI, and which levels
 * apply in an untrusted workspace is decided in settingsTrust.ts.
 */
import * as vscode from 'vscode';
import { type ConfigProblem, type PrivacyLensConfig, validateConfig } from '../core/config';
import { RULE_CATALOGUE as RULES } from '../core/rules/catalogue';
import { ENGINE_SETTING_KEYS } from './settingKeys';
import { resolveSettings, type SettingLevels, type SettingOrigin, settingOfProblemKey } from './settingsTrust';

export const CONFIG_SECTION = 'privacyLens';

export interface ReadConfig {
  readonly config: PrivacyLensConfig;
  readonly problems: ConfigProblem[];
  /** Restricted settings this untrusted workspace sets and that were not applied. */
  readonly withheld: readonly string[];
  /** Where each problem's setting was set, for the message. */
  readonly originOf: (problem: ConfigProblem) => SettingOrigin | undefined;
}

/** The settings that apply to a resource (folder-level settings can differ per workspace folder). */
export function readConfig(scope: vscode.Uri | undefined): ReadConfig {
  const settings = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const levels: Record<string, SettingLevels | undefined> = {};
  for (const key of ENGINE_SETTING_KEYS) {
    levels[key] = settings.inspect(key);
  }
  const { raw, origins, withheld } = resolveSettings(levels, vscode.workspace.isTrusted);
  const { config, problems } = validateConfig(raw, RULES.map((r) => r.id));
  return { config, problems, withheld, originOf: (problem) => origins[settingOfProblemKey(problem.key)] };
}

export function affectsPrivacyLens(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(CONFIG_SECTION);
}
