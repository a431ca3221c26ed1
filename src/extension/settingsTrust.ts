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

/**
 * The most specific level wins (folder, then workspace, then user, then default), less the
 * workspace levels of restricted keys when untrusted. Objects (`severity`, `patterns`) are merged
 * across levels, key by key, as VS Code's own `get` merges them.
 */
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
    const set = candidates.filter(([, value]) => value !== undefined);
    const [mostSpecific] = set;
    if (mostSpecific) {
      origins[key] = mostSpecific[0];
      raw[key] = set.reduceRight<unknown>((merged, [, value]) => mergeLevels(merged, value), undefined);
    }
  }
  return { raw, origins, withheld };
}

/** A more specific level's value over a less specific one's: plain objects merge key by key, anything else replaces. */
function mergeLevels(lessSpecific: unknown, moreSpecific: unknown): unknown {
  if (!isPlainObject(lessSpecific) || !isPlainObject(moreSpecific)) {
    return moreSpecific;
  }
  const merged: Record<string, unknown> = { ...lessSpecific };
  for (const [key, value] of Object.entries(moreSpecific)) {
    merged[key] = mergeLevels(merged[key], value);
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/**
 * The restricted settings a workspace's settings file sets (`.vscode/settings.json`, or a
 * `.code-workspace` file), JSON with comments. In Restricted Mode VS Code hides these values from
 * `inspect` as well as `get`, so the file is the only place that says what was left out.
 */
export function restrictedKeysSetIn(settingsText: string, section: string): string[] {
  const text = withoutComments(settingsText);
  return WORKSPACE_RESTRICTED_KEYS.filter((key) => new RegExp(`"${section}\\.${key}"\\s*:`).test(text));
}

/** JSONC's `//` and `/* *\/` comments blanked, strings kept as they are: a commented-out setting is not set. */
function withoutComments(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const end = stringEnd(text, index);
      out += text.slice(index, end);
      index = end;
    } else if (char === '/' && text[index + 1] === '/') {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
      out += ' ';
    } else {
      out += char;
      index++;
    }
  }
  return out;
}

/** The offset just past the string that opens at `start` (or the end of the text if it never closes). */
function stringEnd(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length && text[index] !== '"') {
    index += text[index] === '\\' ? 2 : 1;
  }
  return Math.min(index + 1, text.length);
}

/** The top-level key a validation problem's key belongs to: `patterns.user.contact.email[0]` → `patterns`. */
export function settingOfProblemKey(problemKey: string): string {
  return /^[^.[]+/.exec(problemKey)?.[0] ?? problemKey;
}
