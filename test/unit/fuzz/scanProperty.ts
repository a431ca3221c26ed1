/**
 * The property every language adapter must hold over any text: `Scanner.scanText` settles, throws
 * nothing but the documented ParseBudgetExceeded, no rule throws (the scanner would otherwise hide
 * the error in `ruleErrors`), and every range it returns lies inside the text.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { ParseBudgetExceeded } from '../../../src/core/languages/treeSitter';
import type { TextRange } from '../../../src/core/model';
import { scanner } from '../helpers';

/** Line lengths as the scanner and VS Code split lines: at `\r\n`, `\n` or a lone `\r`. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

/** Why a range is not inside the text, or undefined when it is. */
export function rangeProblem(range: TextRange, lengths: readonly number[]): string | undefined {
  for (const [name, position] of [['start', range.start], ['end', range.end]] as const) {
    const length = lengths[position.line];
    if (!Number.isInteger(position.line) || !Number.isInteger(position.column) || position.column < 0 || length === undefined || position.column > length) {
      return `${name} ${position.line}:${position.column} is outside the text (${lengths.length} lines${length === undefined ? '' : `, that line ${length} long`})`;
    }
  }
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.column <= range.end.column);
  return ordered ? undefined : `start ${range.start.line}:${range.start.column} is after end ${range.end.line}:${range.end.column}`;
}

/** Scans the text and fails the case, naming what was wrong, if the scan breaks the property. */
export async function assertScanHolds(languageId: string, text: string): Promise<void> {
  let result;
  try {
    result = await scanner.scanText(text, { languageId, filePath: `fuzz.${languageId}`, today: '2026-11-30' });
  } catch (error) {
    if (error instanceof ParseBudgetExceeded) {
      return;
    }
    throw error;
  }
  assert.deepStrictEqual(result.ruleErrors, [], 'a rule threw');
  const lengths = lineLengths(text);
  for (const finding of [...result.findings, ...result.suppressed]) {
    for (const range of [finding.range, ...(finding.related ?? []).map((r) => r.range)]) {
      const problem = rangeProblem(range, lengths);
      assert.strictEqual(problem, undefined, `${finding.ruleId}: ${problem}`);
    }
  }
}

/** The property for one language over one generator of text. */
export function scanProperty(languageId: string, texts: fc.Arbitrary<string>): fc.IAsyncProperty<[string]> {
  return fc.asyncProperty(texts, (text) => assertScanHolds(languageId, text));
}
