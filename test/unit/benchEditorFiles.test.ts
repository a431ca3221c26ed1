import * as assert from 'assert';
import { editorFile, pasteBlock, PASTE_LINES, typeOneCharacter } from '../../bench/editorFiles';
import { PASTE_SEED, percentile } from '../../bench/editorLatency';
import { Scanner } from '../../src/core/scan/scanner';

describe('editor benchmark files', () => {
  for (const language of ['typescript', 'python'] as const) {
    it(`writes ${language} files of exactly the lines asked for, the same for the same seed`, () => {
      for (const lines of [200, 1_000, 5_000]) {
        const text = editorFile(language, lines);
        assert.strictEqual(text.split('\n').length, lines);
        assert.strictEqual(text, editorFile(language, lines));
      }
      assert.notStrictEqual(editorFile(language, 1_000, 1), editorFile(language, 1_000, 2));
    });

    it(`keeps ${language} imports only at the top, and the edits keep findings (typing) or add the block's (paste)`, async () => {
      const text = editorFile(language, 1_000);
      const importLines = text.split('\n').filter((line) => /^(import |from \S+ import )/.test(line));
      assert.ok(importLines.length > 0 && importLines.length <= 4, `imports: ${importLines.join(' | ')}`);
      const block = editorFile(language, PASTE_LINES, PASTE_SEED);
      const typed = typeOneCharacter(text, 500);
      const pasted = pasteBlock(text, 500, block);
      assert.strictEqual(typed.length, text.length + 1);
      assert.strictEqual(pasted.split('\n').length, 1_000 + PASTE_LINES);
      const scanner = new Scanner();
      const scan = (source: string) => scanner.scanText(source, { languageId: language, filePath: `bench.${language}` });
      const [before, afterTyping, afterPaste, pastedAlone] = [await scan(text), await scan(typed), await scan(pasted), await scan(block)];
      assert.deepStrictEqual(afterTyping.ruleErrors, []);
      assert.strictEqual(afterTyping.findings.length, before.findings.length);
      assert.ok(pastedAlone.findings.length > 0, 'the pasted block holds personal data');
      assert.strictEqual(afterPaste.findings.length, before.findings.length + pastedAlone.findings.length);
    });
  }

  it('pastes before a top-level declaration and rejects a block of the wrong size', () => {
    const text = editorFile('python', 1_000);
    const pasted = pasteBlock(text, 500, editorFile('python', PASTE_LINES, PASTE_SEED)).split('\n');
    const firstPasted = pasted.findIndex((line, i) => i >= 500 && line !== text.split('\n')[i]);
    assert.ok(firstPasted >= 500 && /^(import |class |def |@)/.test(text.split('\n')[firstPasted]!), `pasted at line ${firstPasted}`);
    assert.throws(() => pasteBlock(text, 500, 'x = 1'), /the block has 1 lines, not 200/);
    assert.throws(() => editorFile('typescript', 0), /lines must be a positive integer, got 0/);
  });

  it('takes nearest-rank percentiles', () => {
    const runs = Array.from({ length: 15 }, (_, i) => 15 - i);
    assert.strictEqual(percentile(runs, 50), 8);
    assert.strictEqual(percentile(runs, 95), 15);
    assert.throws(() => percentile([], 50), /no values/);
  });
});
