/**
 * An open document scanned after each of a run of edits (ScanTextOptions.document: its tree kept
 * and parsed incrementally, its unchanged top-level statements not read again) must give exactly
 * what a scan of the same text from scratch gives. Edits are the fuzz suite's own: pastes from
 * other files, deletions, duplications, brackets and quotes opened, truncation, line endings
 * changed. 25 runs of up to four edits per language; text formats (SQL, YAML...) have no tree.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { LANGUAGES } from '../../../src/core/languages/languageRegistry';
import { TreeSitterHost } from '../../../src/core/languages/treeSitter';
import { Scanner, type TextScanResult } from '../../../src/core/scan/scanner';
import { fuzzAsync, mochaTimeoutFor, type FuzzOptions } from './fuzzRunner';
import { fuzzLanguages } from './fuzzLanguages';
import { mutation } from './sourceArbitraries';

const EDITED_DOCUMENTS: FuzzOptions = { seed: 0x5e97, numRuns: 25 };
const TODAY = '2026-11-30';

/** A scan's result, or the name of the error it threw (a parse over budget, say): both sides must agree on either. */
async function outcome(scan: Promise<TextScanResult>): Promise<TextScanResult | string> {
  return scan.catch((error: unknown) => (error instanceof Error ? error.name : String(error)));
}

describe('fuzz: an edited document scans as its text does from scratch', () => {
  const host = new TreeSitterHost();
  const fresh = new Scanner(host);
  const treeLanguages = fuzzLanguages().filter((language) => LANGUAGES.find((l) => l.id === language.id)?.grammarFile !== undefined);

  it('covers every language read with a grammar', () => {
    assert.deepStrictEqual(treeLanguages.map((l) => l.id).sort(), ['csharp', 'go', 'java', 'javascript', 'javascriptreact', 'php', 'python', 'ruby', 'typescript', 'typescriptreact']);
  });

  for (const language of treeLanguages) {
    it(`${language.id}: the same findings, records and errors after every edit`, async () => {
      const files = language.corpus;
      const property = fc.asyncProperty(fc.nat({ max: files.length - 1 }), fc.array(mutation(files), { minLength: 1, maxLength: 4 }), async (index, edits) => {
        const edited = new Scanner(host);
        const options = { languageId: language.id, filePath: `doc.${language.id}`, today: TODAY };
        try {
          let text = files[index]!;
          await outcome(edited.scanText(text, { ...options, document: 'doc' }));
          for (const [step, edit] of edits.entries()) {
            text = edit(text);
            const incremental = await outcome(edited.scanText(text, { ...options, document: 'doc' }));
            const fromScratch = await outcome(fresh.scanText(text, options));
            assert.deepStrictEqual(incremental, fromScratch, `after edit ${step + 1} of ${edits.length}`);
          }
        } finally {
          edited.forgetDocument('doc');
        }
      });
      await fuzzAsync(`${language.id} edited document`, property, EDITED_DOCUMENTS);
    }).timeout(mochaTimeoutFor(EDITED_DOCUMENTS));
  }
});
