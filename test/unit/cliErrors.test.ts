/**
 * Every way a command line can go wrong ends the same way: exit 2, nothing on stdout, and one
 * line on stderr naming the argument or file at fault, with no stack trace unless --debug.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { makeWorkspace, run } from './cliWorkspace';

interface FailureCase {
  readonly what: string;
  readonly args: readonly string[];
  /** What the one line must say: the argument, the value or the file, and the trouble. */
  readonly says: RegExp;
  readonly env?: Record<string, string>;
}

const NOT_A_CACHE = 'notes kept by hand, not a cache\n';

/** A workspace with one of each kind of bad input the cases below point at. */
async function hostileWorkspace(): Promise<string> {
  const root = await makeWorkspace({
    'notes.txt': 'a file where a folder is expected\n',
    'folder/.keep': '',
    'bad.json': '{\n  "severity": {},\n}\n',
    'array.json': '[1, 2]\n',
    'not-a-cache.txt': NOT_A_CACHE,
    'broken-default/.privacy-lens.json': '{ "exclude": [ }',
    'broken-default/src/a.ts': 'export const a = 1;\n',
  });
  const shard = await run(['scan', 'src', '--shard', '1/1', '--format', 'json', '--output', 'shard.json'], root);
  assert.strictEqual(shard.code, 0, shard.stderr);
  return root;
}

const CASES: readonly FailureCase[] = [
  { what: 'an unknown command', args: ['frobnicate'], says: /unknown command "frobnicate"/ },
  { what: 'an unknown flag', args: ['scan', '--bogus'], says: /'--bogus'/ },
  { what: 'a flag missing its value', args: ['scan', '--format'], says: /'--format <value>' argument missing/ },
  { what: 'a flag followed by another flag', args: ['scan', '--output', '--format', 'json'], says: /'--output' argument is ambiguous/ },
  { what: 'an empty value', args: ['scan', '--output', ''], says: /--output needs a file name, got an empty value/ },
  { what: 'an unknown format', args: ['scan', '--format', 'x'], says: /--format must be one of text, json, sarif, got "x"/ },
  { what: 'a report format scan lacks', args: ['report', '--format', 'pdf'], says: /--format must be one of .*got "pdf"/ },
  { what: 'a shard past the count', args: ['scan', '--shard', '3/2'], says: /--shard must be K\/N .*got "3\/2"/ },
  { what: 'a shard that is not K/N', args: ['scan', '--shard', 'half'], says: /--shard .*got "half"/ },
  { what: 'an unknown --fail-on level', args: ['scan', '--fail-on', 'banana'], says: /--fail-on must be one of .*got "banana"/ },
  { what: 'an option the command ignores', args: ['report', '--fail-on', 'error'], says: /--fail-on does not apply to report/ },
  { what: 'a missing scan path', args: ['scan', 'no/such/dir'], says: /path not found: no\/such\/dir/ },
  { what: 'a missing report path', args: ['report', 'gone.ts'], says: /path not found: gone\.ts/ },
  { what: 'a file where checklist needs a folder', args: ['checklist', 'notes.txt'], says: /not a folder: notes\.txt/ },
  { what: 'two checklist folders', args: ['checklist', 'src', 'folder'], says: /one workspace folder, got 2: src folder/ },
  { what: 'merge without files', args: ['merge'], says: /merge needs the shards' report files/ },
  { what: 'a missing shard report', args: ['merge', 'absent.json'], says: /shard report absent\.json: no such file/ },
  { what: 'a folder as a shard report', args: ['merge', 'folder'], says: /shard report folder: it is a folder/ },
  { what: 'a missing --config', args: ['scan', 'src', '--config', 'missing.json'], says: /--config missing\.json: no such file/ },
  { what: 'a folder as --config', args: ['scan', 'src', '--config', 'folder'], says: /--config folder: it is a folder/ },
  { what: 'a --config under a file', args: ['scan', 'src', '--config', 'notes.txt/c.json'], says: /--config notes\.txt\/c\.json: a folder on its path is a file/ },
  { what: 'a --config that is not JSON', args: ['scan', 'src', '--config', 'bad.json'], says: /--config bad\.json is not valid JSON: line 3, column 1: / },
  { what: 'a --config that is not an object', args: ['report', 'src', '--config', 'array.json'], says: /--config array\.json must hold a JSON object .*not an array/ },
  { what: 'a broken .privacy-lens.json', args: ['scan', 'broken-default'], says: /broken-default\/\.privacy-lens\.json is not valid JSON/ },
  { what: 'a broken .privacy-lens.json for the checklist', args: ['checklist', 'broken-default'], says: /broken-default\/\.privacy-lens\.json is not valid JSON/ },
  { what: '--output under a file', args: ['scan', 'src', '--output', 'notes.txt/out.json'], says: /cannot write --output notes\.txt\/out\.json: / },
  { what: '--output that is a folder', args: ['scan', 'src', '--output', 'folder'], says: /cannot write --output folder: it is a folder/ },
  { what: 'report --output under a file', args: ['report', 'src', '--output', 'notes.txt/r.md'], says: /cannot write --output notes\.txt\/r\.md/ },
  { what: 'merge --output that is a folder', args: ['merge', 'shard.json', '--output', 'folder'], says: /cannot write --output folder: it is a folder/ },
  { what: 'a folder as --cache', args: ['scan', 'src', '--cache', 'folder'], says: /cannot use --cache folder: it is a folder/ },
  { what: 'a --cache that is some other file', args: ['scan', 'src', '--cache', 'not-a-cache.txt'], says: /--cache not-a-cache\.txt is not a Privacy Lens cache file.*refusing to overwrite it/ },
  { what: 'a bad PRIVACY_LENS_NOW', args: ['report', 'src'], env: { PRIVACY_LENS_NOW: 'yesterday' }, says: /PRIVACY_LENS_NOW must be an ISO 8601 date.*got "yesterday"/ },
];

const STACK_FRAME = /^\s+at /m;

describe('privacy-lens failures: exit 2 with one line naming what and where', () => {
  let root: string;

  before(async () => {
    root = await hostileWorkspace();
  });

  for (const failure of CASES) {
    it(`${failure.what}: ${failure.args.join(' ') || '(no arguments)'}`, async () => {
      const { code, stdout, stderr } = await run([...failure.args], root, failure.env);
      assert.strictEqual(code, 2, stderr);
      assert.strictEqual(stdout, '');
      const lines = stderr.split('\n');
      assert.deepStrictEqual(lines.slice(1), [''], `exactly one line, ending in a newline: ${JSON.stringify(stderr)}`);
      assert.match(lines[0] ?? '', /^privacy-lens: /);
      assert.match(lines[0] ?? '', failure.says);
      assert.doesNotMatch(stderr, STACK_FRAME);
    });
  }

  it('leaves a file that is not a cache as it was', async () => {
    await run(['scan', 'src', '--cache', 'not-a-cache.txt'], root);
    assert.strictEqual(await fs.readFile(path.join(root, 'not-a-cache.txt'), 'utf8'), NOT_A_CACHE);
  });

  it('writes no output and no temporary file when the write fails', async () => {
    await run(['scan', 'src', '--output', 'folder'], root);
    assert.deepStrictEqual(await fs.readdir(path.join(root, 'folder')), ['.keep']);
  });

  it('adds the stack after the same line with --debug, for usage and file errors alike', async () => {
    for (const args of [['scan', '--bogus'], ['scan', 'src', '--config', 'missing.json'], ['scan', 'src', '--output', 'folder']]) {
      const plain = await run(args, root);
      const debug = await run([...args, '--debug'], root);
      assert.strictEqual(debug.code, 2);
      const [firstLine, ...rest] = debug.stderr.split('\n');
      assert.strictEqual(`${firstLine}\n`, plain.stderr, 'the same line first');
      assert.match(rest.join('\n'), STACK_FRAME, `the stack follows: ${debug.stderr}`);
    }
  });

  it('still accepts a damaged cache file of its own and replaces it', async () => {
    const cache = path.join(root, 'damaged-cache.jsonl');
    await fs.writeFile(cache, '{"format":"privacy-lens-scan-cache/1","engine":"trunc');
    const { code, stderr } = await run(['scan', 'src', '--cache', 'damaged-cache.jsonl'], root);
    assert.strictEqual(code, 0, stderr);
    assert.strictEqual(stderr, '');
    assert.match(await fs.readFile(cache, 'utf8'), /^\{"format":"privacy-lens-scan-cache\/1","engine":"[0-9a-f]{64}"\}\n/);
  });
});
