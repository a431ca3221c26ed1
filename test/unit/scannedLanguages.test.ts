import * as assert from 'assert';
import { TEXT_ADAPTERS, TREE_ADAPTERS } from '../../src/core/languages';
import { LANGUAGES } from '../../src/core/languages/languageRegistry';
import { ADAPTED_LANGUAGE_IDS, isScannedLanguage } from '../../src/core/languages/scannedLanguages';

describe('scanned languages', () => {
  it('are exactly the languages the adapter tables key', () => {
    const adapted = [...Object.keys(TREE_ADAPTERS), ...Object.keys(TEXT_ADAPTERS)].sort();
    assert.deepStrictEqual([...ADAPTED_LANGUAGE_IDS].sort(), adapted);
  });

  it('are all canonical ids of the language registry', () => {
    const registered = new Set(LANGUAGES.map((language) => language.id));
    assert.deepStrictEqual([...ADAPTED_LANGUAGE_IDS].filter((id) => !registered.has(id)), []);
  });

  it('answer for aliases as for the language they name, and no for languages the engine does not read', () => {
    assert.strictEqual(isScannedLanguage('proto'), true);
    assert.strictEqual(isScannedLanguage('jsonc'), true);
    assert.strictEqual(isScannedLanguage('typescriptreact'), true);
    assert.strictEqual(isScannedLanguage('markdown'), false);
    assert.strictEqual(isScannedLanguage('plaintext'), false);
  });
});
