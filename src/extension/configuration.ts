/**
 * Typed access to the `privacyLens.*` settings. The keys mirror package.json's
 * `contributes.configuration`; validation is the engine's, shared with the CLI.
 */
import * as vscode from 'vscode';
import { type ConfigProblem, type PrivacyLensConfig, validateConfig } from '../core/config';
import { RULE_CATALOGUE as RULES } from '../core/rules/catalogue';

export const CONFIG_SECTION = 'privacyLens';

/** The keys under `privacyLens.` in package.json; `patterns` and `ignoreNames` become the config's vocabulary. */
const SETTING_KEYS = ['enabled', 'include', 'exclude', 'severity', 'patterns', 'ignoreNames', 'sanitizers', 'authGuards', 'regulations'] as const;

/** The settings that apply to a resource (folder-level settings can differ per workspace folder). */
export function readConfig(scope: vscode.Uri | undefined): { config: PrivacyLensConfig; problems: ConfigProblem[] } {
  const settings = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const raw: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    raw[key] = settings.get(key);
  }
  return validateConfig(raw, RULES.map((r) => r.id));
}

export function affectsPrivacyLens(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(CONFIG_SECTION);
}
