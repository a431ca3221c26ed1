import type { Tree } from '@vscode/tree-sitter-wasm';
import type { SourceFacts } from '../facts';

/** Turns one syntax tree into language-neutral facts. One adapter per grammar family. */
export type LanguageAdapter = (tree: Tree, languageId: string) => SourceFacts;
