import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigFileError, loadConfigFile } from '../../src/cli/configFile';
import { findJsonSyntaxError, parseJson } from '../../src/core/jsonSyntax';

function errorAt(text: string): string {
  const parsed = parseJson(text);
  assert.ok('error' in parsed, `${JSON.stringify(text)} is refused`);
  return `${parsed.error.line}:${parsed.error.column} ${parsed.error.expected}`;
}

describe('where a JSON text stops being JSON', () => {
  it('gives the line and column an editor goes to, and what was expected there', () => {
    assert.strictEqual(errorAt('{\n  "patterns": {},\n  "ignoreNames": }'), '3:18 expected a value, found "}"');
    assert.strictEqual(errorAt('{\n  "enabled": true\n  "include": []\n}'), '3:3 expected , or }, found "\\""');
    assert.strictEqual(errorAt('{ enabled: true }'), '1:3 expected a property name in double quotes, found "e"');
    assert.strictEqual(errorAt('{ "exclude": ["a",] }'), '1:19 expected a value, found "]"');
    assert.strictEqual(errorAt('{ "a": 1 } x'), '1:12 expected the end of the file after the JSON value, found "x"');
    assert.strictEqual(errorAt('{ "a": "tab\there" }'), '1:8 expected a string closed by a double quote on the same line, with valid escapes');
    assert.strictEqual(errorAt('{ "a" 1 }'), '1:7 expected : after the property name');
    assert.strictEqual(errorAt(''), '1:1 expected a value, found the end of the file');
    assert.strictEqual(errorAt('{ "a": [1, 2'), '1:13 expected , or ], found the end of the file');
  });

  it('reads a file that starts with a byte-order mark, and counts columns without it', () => {
    assert.deepStrictEqual(parseJson('\uFEFF{ "enabled": false }'), { value: { enabled: false } });
    assert.strictEqual(errorAt('\uFEFF{ "enabled": nope }'), '1:14 expected a value, found "n"');
  });

  it('agrees with JSON.parse on what is valid, and survives 10,000-deep nesting', () => {
    for (const valid of ['{}', '[]', '0', '-1.5e+3', '"\\u00e9\\n"', '{"a":[true,false,null,{"b":[]}]}', ' \n{ "a" : 1 } \n']) {
      assert.strictEqual(findJsonSyntaxError(valid), undefined, valid);
    }
    const deep = `${'['.repeat(10_000)}${']'.repeat(9_999)}`;
    assert.strictEqual(errorAt(deep), '1:20000 expected , or ], found the end of the file');
    assert.strictEqual(findJsonSyntaxError(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), undefined);
  });
});

describe('the CLI reading an invalid .privacy-lens.json', () => {
  let dir: string;

  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-config-'));
  });

  after(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('names the file, the line and the column of broken JSON, without quoting the file', async () => {
    const file = path.join(dir, '.privacy-lens.json');
    await fs.writeFile(file, '{\n  "severity": {\n    "personal-data-field": "error",\n  }\n}\n');
    await assert.rejects(loadConfigFile(file, false), (error: unknown) => {
      assert.ok(error instanceof ConfigFileError);
      assert.strictEqual(error.message, `the configuration ${file} is not valid JSON: line 4, column 3: expected a property name in double quotes, found "}"`);
      return true;
    });
  });

  it('names each key of the wrong type and what it expects, and keeps the defaults for them and the rest', async () => {
    const file = path.join(dir, 'typed.json');
    await fs.writeFile(file, JSON.stringify({ enabled: 'yes', patterns: ['email'], sanitizers: 'cleanse', maxFileSizeKB: '2MB', regulations: ['GDPR'] }));
    const { config, problems } = await loadConfigFile(file, true);
    assert.deepStrictEqual(
      problems.map((p) => `${p.key}: ${p.message}`),
      [
        'enabled: expected true or false; using the default',
        'patterns: expected an object mapping category keys (e.g. "user.contact.email") to arrays of regular expressions',
        'sanitizers: expected an array of regular expressions',
        'maxFileSizeKB: expected a whole number from 1 to 102400, got "2MB"; using the default 2048',
      ],
    );
    assert.strictEqual(config.enabled, true);
    assert.deepStrictEqual(config.vocabulary.patterns, []);
    assert.strictEqual(config.maxFileBytes, 2048 * 1024);
    assert.deepStrictEqual(config.regulations, ['GDPR'], 'the valid keys still apply');
  });
});
