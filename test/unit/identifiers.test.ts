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
  ];
  for (const [input, expected] of cases) {
    it(`splits ${input}`, () => {
      assert.deepStrictEqual(splitIdentifier(input), expected);
    });
  }
});
