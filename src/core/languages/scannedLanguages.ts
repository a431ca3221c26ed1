/**
 * Which languages an adapter reads, as data: the extension host decides which documents and files
 * to scan without loading the adapters, which run in the scan worker (issue 6). The adapter tables
 * in index.ts are keyed by exactly these ids; a unit test checks.
 */
import { languageById } from './languageRegistry';

/** Canonical ids (languages.json) with an adapter: languages.json may list more than are wired. */
export const ADAPTED_LANGUAGE_IDS: ReadonlySet<string> = new Set([
  // Read with a tree-sitter grammar
  'typescript',
  'typescriptreact',
  'javascript',
  'javascriptreact',
  'python',
  'java',
  'csharp',
  'go',
  'php',
  'ruby',
  // Schema formats, parsed by their own adapters
  'sql',
  'prisma',
  'graphql',
  'proto3',
  'yaml',
  'json',
]);

/** Whether an adapter reads this canonical language id. */
export function hasAdapter(languageId: string): boolean {
  return ADAPTED_LANGUAGE_IDS.has(languageId);
}

/** Whether the engine scans documents of this VS Code language id (or an alias of one). */
export function isScannedLanguage(languageId: string): boolean {
  const language = languageById(languageId);
  return language !== undefined && hasAdapter(language.id);
}
