import languages from './languages.json';

/**
 * Which languages and schema formats the engine reads, by VS Code language id and by file
 * extension, and which tree-sitter grammar serves each (schema formats have none: a parser of
 * their own turns their text into the same facts). The single list the extension, the CLI and
 * the build use.
 */

export interface LanguageInfo {
  /** VS Code language id. */
  readonly id: string;
  /** Other language ids editors use for the same format (`proto` for `proto3`). */
  readonly aliases?: readonly string[];
  /** File name of the grammar in @vscode/tree-sitter-wasm's wasm/ folder; absent for schema formats. */
  readonly grammarFile?: string;
  readonly extensions: readonly string[];
  /** How a line comment starts: suppression comments are written with it. Empty when the format has none (JSON). */
  readonly lineComment: string;
}

/** The list itself is JSON so the build script can read it to copy exactly these grammars. */
export const LANGUAGES: readonly LanguageInfo[] = languages;

const BY_ID = new Map(LANGUAGES.flatMap((l) => [l.id, ...(l.aliases ?? [])].map((id) => [id, l] as const)));
const BY_EXTENSION = new Map(LANGUAGES.flatMap((l) => l.extensions.map((e) => [e, l] as const)));

/** The language for a VS Code language id or one of its aliases. */
export function languageById(id: string): LanguageInfo | undefined {
  return BY_ID.get(id);
}

/** Every VS Code language id the engine answers to, aliases included. */
export function allLanguageIds(): string[] {
  return [...BY_ID.keys()];
}

/** The language of a file name by its extension (case-insensitive), if the engine reads it. */
export function languageForFile(fileName: string): LanguageInfo | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION.get(fileName.slice(dot).toLowerCase());
}

/**
 * The family a language id belongs to, as the README and rule claims name languages:
 * TypeScript, TSX, JavaScript and JSX are one family (`typescript`); every other id is its own.
 */
export function languageFamily(id: string): string {
  const language = languageById(id);
  return language && ['typescriptreact', 'javascript', 'javascriptreact'].includes(language.id) ? 'typescript' : (language?.id ?? id);
}
