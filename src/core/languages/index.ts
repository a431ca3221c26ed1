import type { TextAdapter, TreeAdapter } from './adapter';
import { pythonFacts } from './pythonAdapter';
import { typescriptFacts } from './typescriptAdapter';

/** Adapters for languages read with a tree-sitter grammar, by canonical language id (languages.json). */
export const TREE_ADAPTERS: Readonly<Record<string, TreeAdapter>> = {
  typescript: typescriptFacts,
  typescriptreact: typescriptFacts,
  javascript: typescriptFacts,
  javascriptreact: typescriptFacts,
  python: pythonFacts,
};

/** Adapters for schema formats, which have no grammar: they parse the text themselves. */
export const TEXT_ADAPTERS: Readonly<Record<string, TextAdapter>> = {};
