import languages from './languages.json';

/**
 * Which languages the engine reads, by VS Code language id and by file extension,
 * and which tree-sitter grammar serves each. The single list both the extension and the CLI use.
 */

export interface LanguageInfo {
  /** VS Code language id. */
  readonly id: string;
  /** File name of the grammar in @vscode/tree-sitter-wasm's wasm/ folder. */
  readonly grammarFile: string;
  readonly extensions: readonly string[];
  /** How a line comment starts: suppression comments are written with it. */
  readonly lineComment: string;
}

/** The list itself is JSON so the build script can read it to copy exactly these grammars. */
export const LANGUAGES: readonly LanguageInfo[] = languages;

const BY_ID = new Map(LANGUAGES.map((l) => [l.id, l]));
const BY_EXTENSION = new Map(LANGUAGES.flatMap((l) => l.extensions.map((e) => [e, l] as const)));

export function languageById(id: string): LanguageInfo | undefined {
  return BY_ID.get(id);
}

/** The language of a file name by its extension (case-insensitive), if the engine reads it. */
export function languageForFile(fileName: string): LanguageInfo | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION.get(fileName.slice(dot).toLowerCase());
}

