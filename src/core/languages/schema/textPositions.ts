/**
 * Offsets into a text as engine positions: 0-based lines and 0-based UTF-16 columns, which is
 * what a JavaScript string index already counts, so a column is just offset minus line start.
 */
import type { Position, TextRange } from '../../model';

export class LineIndex {
  /** Offset where each line starts; lines end at `\n`, `\r\n` or a lone `\r`, like the scanner's split. */
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return { line: low, column: offset - this.lineStarts[low]! };
  }

  range(start: number, end: number): TextRange {
    return { start: this.position(start), end: this.position(end) };
  }
}
