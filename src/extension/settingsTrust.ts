/**
 * Which `privacyLens.*` values apply, given where each was set and whether the workspace is
 * trusted. A repository's `.vscode/settings.json` (or `.code-workspace` file) is written by
 * whoever wrote the repository: in a workspace the user has not trusted, its patterns, ignore
 * names, sanitiser names and guard names could hide personal data from the scan, so only the
 * user's own values and the defaults apply there. No `vscode` import: unit-tested as it is.
 */

/** The settings that take their workspace values only in a trusted workspace; package.json's `restrictedConfigurations` lists the same. */
export const WORKSPACE_RESTRICTED_KEYS = ['patterns', 'ignoreNames', 'sanitizers', 'authGuards'] as const;

/** A setting's values at each level, as `WorkspaceConfiguration.inspect` gives them. */
export interface SettingLevels {
  readonly defaultValue?: unknown;
  readonly globalValue?: unknown;
  readonly workspaceValue?: unknown;
  readonly workspaceFolderValue?: unknown;
}

/** Where the value in force was set; named in messages about a bad value. */
export type SettingOrigin = 'default' | 'user settings' | 'workspace settings' | 'folder settings';

export interface ResolvedSettings {
  /** Per key, the value in force (undefined when no level sets it). */
  readonly raw: Readonly<Record<string, unknown>>;
  /** Per key that has a value, the level it came from. */
  readonly origins: Readonly<Record<string, SettingOrigin>>;
  /** The restricted keys whose workspace or folder value was set and not applied. */
  readonly withheld: readonly string[];
}

/** The most specific level wins (folder, then workspace, then user, then default), less the workspace levels of restricted keys when untrusted. */
export function resolveSettings(levelsByKey: Readonly<Record<string, SettingLevels | undefined>>, workspaceTrusted: boolean): ResolvedSettings {
  const raw: Record<string, unknown> = {};
  const origins: Record<string, SettingOrigin> = {};
  const withheld: string[] = [];
  for (const [key, levels] of Object.entries(levelsByKey)) {
    const restricted = !workspaceTrusted && (WORKSPACE_RESTRICTED_KEYS as readonly string[]).includes(key);
    const candidates: Array<[SettingOrigin, unknown]> = [
      ['folder settings', restricted ? undefined : levels?.workspaceFolderValue],
      ['workspace settings', restricted ? undefined : levels?.workspaceValue],
      ['user settings', levels?.globalValue],
      ['default', levels?.defaultValue],
    ];
    if (restricted && (levels?.workspaceFolderValue !== undefined || levels?.workspaceValue !== undefined)) {
      withheld.push(key);
    }
    const inForce = candidates.find(([, value]) => value !== undefined);
    if (inForce) {
      origins[key] = inForce[0];
      raw[key] = inForce[1];
    }
  }
  return { raw, origins, withheld };
}

/** The once-per-session warning for withheld settings: what was not applied, and how to apply it. */
export function withheldSettingsMessage(withheld: readonly string[], section: string): string | undefined {
  if (withheld.length === 0) {
    return undefined;
  }
  const names = withheld.map((key) => `${section}.${key}`).join(', ');
  return (
    `Privacy Lens: this workspace is not trusted, so its own ${names} ${withheld.length === 1 ? 'setting is' : 'settings are'} not applied: ` +
    'a repository could use them to hide personal data from the scan. Your user settings and the defaults apply. ' +
    'Trust the workspace (Manage Workspace Trust) to apply them.'
  );
}

/** The top-level key a validation problem's key belongs to: `patterns.user.contact.email[0]` → `patterns`. */
export function settingOfProblemKey(problemKey: string): string {
  return /^[^.[]+/.exec(problemKey)?.[0] ?? problemKey;
}
