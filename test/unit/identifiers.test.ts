import * as assert from 'assert';
import { splitIdentifier } from '../../src/core/taxonomy/identifiers';

describe('splitIdentifier', () => {
  const cases: [string, string[]][] = [
    ['firstName', ['first', 'name']],
    ['FirstName', ['first', 'name']],
    ['date_of_birth', ['date', 'of', 'birth']],
    ['e-mail', ['e', 'mail']],
    ['userSSN', ['user', 'ssn']],
    ['DOB', ['dob']],
    ['HTTPServer2', ['http', 'server', '2']],
    ['address2Line', ['address', '2', 'line']],
    ['__private_email__', ['private', 'email']],
    ['ABCdEFg', ['ab', 'cd', 'e', 'fg']],
    ['XMLHTTPRequest', ['xmlhttp', 'request']],
  ];
  for (const [input, expected] of cases) {
    it(`splits ${input}`, () => {
      assert.deepStrictEqual(splitIdentifier(input), expected);
    });
  }

  // Found by the fuzz suite (test/unit/fuzz/classifier.test.ts): the acronym split backtracked
  // quadratically over a run of capitals, 20,000 of them took seconds. Linear, it takes a millisecond.
  it('splits a 20,000-capital name (generated code) without backtracking over it', function () {
    this.timeout(1_000);
    assert.deepStrictEqual(splitIdentifier(`${'A'.repeat(20_000)}_id`), ['a'.repeat(20_000), 'id']);
  });
});
