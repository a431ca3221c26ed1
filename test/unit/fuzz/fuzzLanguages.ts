/**
 * The languages the fuzz suite scans: every canonical id the engine has an adapter for, each with
 * the corpus files its mutations and token soups start from.
 */
import { hasAdapter } from '../../../src/core/languages/scannedLanguages';
import { LANGUAGES } from '../../../src/core/languages/languageRegistry';
import { corpusByLanguage } from './sourceArbitraries';

/** Languages without corpus files of their own borrow a sibling's: JSX is read by the JavaScript grammar. */
const BORROWED_CORPUS: Readonly<Record<string, string>> = { javascriptreact: 'javascript' };

export interface FuzzLanguage {
  readonly id: string;
  readonly corpus: readonly string[];
}

export function fuzzLanguages(): FuzzLanguage[] {
  const corpus = corpusByLanguage();
  return LANGUAGES.filter((language) => hasAdapter(language.id)).map((language) => {
    const files = corpus.get(language.id) ?? corpus.get(BORROWED_CORPUS[language.id] ?? '') ?? [];
    if (files.length === 0) {
      throw new Error(`fuzz: no corpus file for ${language.id}; add one under test/corpus or borrow a sibling's in BORROWED_CORPUS`);
    }
    return { id: language.id, corpus: files };
  });
}
