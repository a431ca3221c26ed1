import type { LanguageAdapter } from './adapter';
import { pythonFacts } from './pythonAdapter';
import { typescriptFacts } from './typescriptAdapter';

/** The adapter for each VS Code language id the engine reads. */
export const ADAPTERS: Readonly<Record<string, LanguageAdapter>> = {
  typescript: typescriptFacts,
  typescriptreact: typescriptFacts,
  javascript: typescriptFacts,
  javascriptreact: typescriptFacts,
  python: pythonFacts,
};
