import * as assert from 'assert';
import { readJsonDocument } from '../../src/core/languages/schema/jsonDocument';
import { LineIndex } from '../../src/core/languages/schema/textPositions';
import { IDENTIFIER_WORD, Lexer } from '../../src/core/languages/schema/tokenizer';
import { commentsOf, factsOf, nameRanges } from './schemaTestSupport';

describe('schema adapters: shared reading', () => {
  it('positions: 0-based lines after \\n, \\r\\n and a lone \\r; columns in UTF-16 code units', () => {
    const index = new LineIndex('a\nb\r\nc\rd😀e');
    assert.deepStrictEqual([0, 2, 5, 7, 8, 10].map((offset) => index.position(offset)), [
      { line: 0, column: 0 },
      { line: 1, column: 0 },
      { line: 2, column: 0 },
      { line: 3, column: 0 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
    ]);
  });

  it('ranges stay exact after astral characters and with CRLF line endings', async () => {
    const text = 'CREATE TABLE p ( -- 😀\r\n  /* é😀 */ email TEXT\r\n);';
    const facts = await factsOf('sql', text);
    assert.deepStrictEqual(nameRanges(text, facts), ['2:12=email']);
    assert.deepStrictEqual(commentsOf(text, facts), ['1:17=-- 😀', '2:2=/* é😀 */']);
  });

  it('lexing: escapes and doubled quotes stay in strings; unclosed strings, quotes and comments end at the line or text end', () => {
    const comments: string[] = [];
    const text = '"a\\"b" \'c\'\'d\' "open\nnext /* never closed';
    const syntax = { lineComment: /#/y, blockComments: true, stringQuotes: '"\'', identifierQuotes: {}, word: IDENTIFIER_WORD, multilineStrings: false };
    const lexer = new Lexer(text, syntax, (start, end) => comments.push(text.slice(start, end)));
    const tokens = [];
    for (let token = lexer.next(); token; token = lexer.next()) {
      tokens.push(`${token.kind}:${token.text}`);
    }
    assert.deepStrictEqual(tokens, ['string:"a\\"b"', "string:'c''d'", 'string:"open', 'word:next']);
    assert.deepStrictEqual(comments, ['/* never closed']);
  });

  it('JSON reader: offsets inside quotes, escapes decoded, stops at the first unreadable character keeping what came before', () => {
    const text = '{"a\\u0062": [1, true, null, "x"], "c": {"d": -2.5e3}, "e": oops, "f": 1}';
    assert.deepStrictEqual(readJsonDocument(text, () => undefined), {
      kind: 'map',
      entries: [
        {
          key: 'ab',
          keyStart: 2,
          keyEnd: 9,
          value: {
            kind: 'seq',
            items: [
              { kind: 'scalar', value: 1, start: 13, end: 14 },
              { kind: 'scalar', value: true, start: 16, end: 20 },
              { kind: 'scalar', value: null, start: 22, end: 26 },
              { kind: 'scalar', value: 'x', start: 29, end: 30 },
            ],
          },
        },
        { key: 'c', keyStart: 35, keyEnd: 36, value: { kind: 'map', entries: [{ key: 'd', keyStart: 41, keyEnd: 42, value: { kind: 'scalar', value: -2500, start: 45, end: 51 } }] } },
        { key: 'e', keyStart: 55, keyEnd: 56, value: undefined },
      ],
    });
  });
});
