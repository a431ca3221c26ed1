/**
 * The one edit that turns a document's previous text into its new text, as tree-sitter needs it
 * to reuse the previous syntax tree: what the two texts share at the start and at the end is
 * unchanged, and what lies between was replaced. Indices and columns are UTF-16 code units, as
 * web-tree-sitter counts them in JavaScript strings.
 */
import type { Edit, Point } from '@vscode/tree-sitter-wasm';

/** Undefined when the texts are the same. */
export function textEdit(previous: string, next: string): Edit | undefined {
  if (previous === next) {
    return undefined;
  }
  const shorter = Math.min(previous.length, next.length);
  let start = 0;
  while (start < shorter && previous.charCodeAt(start) === next.charCodeAt(start)) {
    start++;
  }
  // The shared end may not reach back into the shared start: `aa` to `aaa` inserts one `a` at the end.
  let common = 0;
  while (common < shorter - start && previous.charCodeAt(previous.length - 1 - common) === next.charCodeAt(next.length - 1 - common)) {
    common++;
  }
  const oldEndIndex = previous.length - common;
  const newEndIndex = next.length - common;
  const startPosition = pointAt(previous, start);
  return {
    startIndex: start,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition: pointAfter(previous, start, startPosition, oldEndIndex),
    newEndPosition: pointAfter(next, start, startPosition, newEndIndex),
  };
}

/** Row and column of `index` in `text` (lines end at LF: the scanner turned lone CRs into LFs). */
function pointAt(text: string, index: number): Point {
  return pointAfter(text, 0, { row: 0, column: 0 }, index);
}

/** The point of `index`, counting on from `from` at `fromPoint` (the shared start is counted once, not for each end). */
function pointAfter(text: string, from: number, fromPoint: Point, index: number): Point {
  let row = fromPoint.row;
  let lineStart = from - fromPoint.column;
  for (let newline = text.indexOf('\n', from); newline !== -1 && newline < index; newline = text.indexOf('\n', newline + 1)) {
    row++;
    lineStart = newline + 1;
  }
  return { row, column: index - lineStart };
}
