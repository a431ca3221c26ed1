/**
 * Every language adapter, through Scanner.scanText, over real corpus files (test/corpus) broken
 * the ways a buffer is broken while someone types: spliced, cut, duplicated, an unclosed bracket,
 * quote or comment opened, truncated. 100 cases per language.
 */
import { fuzzAsync, mochaTimeoutFor, type FuzzOptions } from './fuzzRunner';
import { fuzzLanguages } from './fuzzLanguages';
import { scanProperty } from './scanProperty';
import { mutatedCorpusText } from './sourceArbitraries';

const MUTATED_CORPUS: FuzzOptions = { seed: 0x7a14, numRuns: 100 };

describe('fuzz: language adapters over mutated corpus files', () => {
  for (const language of fuzzLanguages()) {
    it(`${language.id}: no crash, ranges inside the text`, async () => {
      await fuzzAsync(`${language.id} mutated corpus`, scanProperty(language.id, mutatedCorpusText(language.corpus)), MUTATED_CORPUS);
    }).timeout(mochaTimeoutFor(MUTATED_CORPUS));
  }
});
