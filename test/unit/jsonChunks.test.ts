import * as assert from 'assert';
import * as fc from 'fast-check';
import { inBatches } from '../../src/cli/atomicWrite';
import { jsonChunks } from '../../src/core/report/jsonChunks';
import { concatLists, StreamedList } from '../../src/core/report/reportList';
import { fuzz } from './fuzz/fuzzRunner';

const join = (value: unknown, indent?: number): string => [...jsonChunks(value, indent)].join('');

describe('jsonChunks', () => {
  it('writes exactly what JSON.stringify writes, for any JSON value and indent', () => {
    const values = fc.oneof(fc.jsonValue({ maxDepth: 7 }), fc.anything({ maxDepth: 6, withBoxedValues: true, withNullPrototype: true, withDate: true, withSparseArray: true }));
    fuzz(
      'jsonChunks equals JSON.stringify',
      fc.property(values, fc.integer({ min: 1, max: 4 }), (value, indent) => {
        const expected = JSON.stringify(value, null, indent) as string | undefined;
        fc.pre(expected !== undefined);
        assert.strictEqual(join(value, indent), expected);
      }),
      { seed: 0x150c, numRuns: 400 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and writes null for it in an array', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: { e: undefined }, f: new Date(0) };
    assert.strictEqual(join(value), JSON.stringify(value, null, 2));
    assert.ok(join(value).includes('"c": [\n    null,\n    null,\n    null\n  ]'));
  });

  it('writes a report as many pieces, one per finding at least', () => {
    const findings = Array.from({ length: 500 }, (_, i) => ({ ruleId: 'personal-data-field', message: `field ${i}`, range: { start: { line: i, column: 0 }, end: { line: i, column: 5 } } }));
    const chunks = [...jsonChunks({ tool: { name: 'privacy-lens' }, findings, summary: { total: 500 } })];
    assert.ok(chunks.length >= 500, `${chunks.length} pieces`);
    assert.ok(Math.max(...chunks.map((c) => c.length)) < 400, 'no piece holds more than one finding');
  });

  it('writes a streamed list as the array it yields, item by item, wherever it sits', () => {
    fuzz(
      'a StreamedList serialises as its items',
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 80 }), fc.integer({ min: 1, max: 4 }), (items, indent) => {
        let walks = 0;
        const streamed = new StreamedList(items.length, () => {
          walks++;
          return items.values();
        });
        const document = { before: 1, list: streamed.map((item) => ({ item })), nested: [concatLists(streamed, [null])] };
        const expected = JSON.stringify({ before: 1, list: items.map((item) => ({ item })), nested: [[...items, null]] }, null, indent);
        assert.strictEqual(join(document, indent), expected);
        assert.strictEqual(walks, 2, 'each list is walked once as it is written');
        assert.strictEqual(JSON.stringify(document, null, indent), expected, 'JSON.stringify gives the same text through toJSON');
      }),
      { seed: 0x5157, numRuns: 200 },
    );
  });

  it('refuses a value with no JSON form and an indent it cannot write', () => {
    assert.throws(() => join(undefined), /no JSON form/);
    assert.throws(() => join({}, 0), /indent must be 1 to 10/);
  });
});

describe('inBatches', () => {
  it('joins pieces in order into batches of about the size asked, leaving nothing out', () => {
    const pieces = Array.from({ length: 1000 }, (_, i) => `piece ${i};`);
    const batches = [...inBatches(pieces, 100)];
    assert.strictEqual(batches.join(''), pieces.join(''));
    assert.ok(batches.length > 50 && batches.every((b) => b.length < 100 + 12), `${batches.length} batches`);
    assert.deepStrictEqual([...inBatches([], 100)], []);
  });
});
