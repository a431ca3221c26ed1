/**
 * The lists a report is built from, either held (an array) or read again from disk each time
 * they are walked (a StreamedList): a monorepo's findings run to hundreds of thousands, more
 * than a CI runner's memory should hold at once. The report builders take either.
 */

/** What a report reads of a list: how long it is, its items in order, and a mapped copy. An array is one. */
export interface ReportList<T> extends Iterable<T> {
  readonly length: number;
  map<U>(mapping: (item: T) => U): ReportList<U>;
}

/**
 * A list whose items are produced afresh on every walk. `jsonChunks` writes it as a JSON array
 * item by item; `JSON.stringify` gives the same text through `toJSON`, holding it whole.
 */
export class StreamedList<T> implements ReportList<T> {
  constructor(
    readonly length: number,
    private readonly items: () => Iterable<T>,
  ) {}

  [Symbol.iterator](): Iterator<T> {
    return this.items()[Symbol.iterator]();
  }

  map<U>(mapping: (item: T) => U): StreamedList<U> {
    const items = this.items;
    return new StreamedList(this.length, function* () {
      for (const item of items()) {
        yield mapping(item);
      }
    });
  }

  toJSON(): T[] {
    return [...this];
  }
}

/** `a` then `b`: an array when both are arrays, otherwise streamed. */
export function concatLists<T>(a: ReportList<T>, b: ReportList<T>): ReportList<T> {
  if (Array.isArray(a) && Array.isArray(b)) {
    return [...(a as T[]), ...(b as T[])];
  }
  return new StreamedList(a.length + b.length, function* () {
    yield* a;
    yield* b;
  });
}
