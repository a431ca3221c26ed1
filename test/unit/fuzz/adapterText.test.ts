/**
 * Every language adapter, through Scanner.scanText, over arbitrary strings, arbitrary unicode and
 * soups of the language's own tokens. Per language: 120 + 60 + 100 cases.
 */
import { fuzzAsync, mochaTimeoutFor, type FuzzOptions } from './fuzzRunner';
import { fuzzLanguages } from './fuzzLanguages';
import { scanProperty } from './scanProperty';
import { arbitraryText, arbitraryUnicode, tokenSoup } from './sourceArbitraries';

const ARBITRARY: FuzzOptions = { seed: 0x7a11, numRuns: 120 };
const UNICODE: FuzzOptions = { seed: 0x7a12, numRuns: 60 };
const TOKEN_SOUP: FuzzOptions = { seed: 0x7a13, numRuns: 100 };

describe('fuzz: language adapters over generated text', () => {
  for (const language of fuzzLanguages()) {
    describe(language.id, () => {
      it('arbitrary strings: no crash, ranges inside the text', async () => {
        await fuzzAsync(`${language.id} arbitrary strings`, scanProperty(language.id, arbitraryText), ARBITRARY);
      }).timeout(mochaTimeoutFor(ARBITRARY));

      it('arbitrary unicode: no crash, ranges inside the text', async () => {
        await fuzzAsync(`${language.id} arbitrary unicode`, scanProperty(language.id, arbitraryUnicode), UNICODE);
      }).timeout(mochaTimeoutFor(UNICODE));

      it('token soups: no crash, ranges inside the text', async () => {
        await fuzzAsync(`${language.id} token soup`, scanProperty(language.id, tokenSoup(language.corpus)), TOKEN_SOUP);
      }).timeout(mochaTimeoutFor(TOKEN_SOUP));
    });
  }
});
