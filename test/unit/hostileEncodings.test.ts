/**
 * Bad and extreme input, bytes and line endings: each file is written in a temporary workspace
 * and scanned by both paths, the editor's (Scanner.scanText on the text the editor holds) and the
 * workspace scan's (read from disk, as the CLI does).
 */
import * as assert from 'assert';
import { decodeSource } from '../../src/core/scan/fileReading';
import { LOGGED_EMAIL, makeWorkspace, placed, removeWorkspace, scanAll, scanEditorText, skippedOf, writeAt } from './hostileSupport';

const SOURCE_LINES = ['const user = load();', LOGGED_EMAIL];
/** personal-data-in-log on `user.email` of LOGGED_EMAIL, on its line. */
const logFinding = (line: number): string => `personal-data-in-log ${line}:12-${line}:22`;

function logFindings(findings: Parameters<typeof placed>[0]): string[] {
  return placed(findings.filter((f) => f.ruleId === 'personal-data-in-log'));
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') {
    le.swap16();
  }
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

describe('hostile input: encodings and line endings', () => {
  let root: string;
  beforeEach(async () => {
    root = await makeWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  it('skips a binary file (NUL bytes) with its reason and scans the others', async () => {
    await writeAt(root, 'blob.ts', Buffer.from([0x63, 0x6f, 0x00, 0x01, 0x02, 0x00, 0x65]));
    await writeAt(root, 'ok.ts', SOURCE_LINES.join('\n'));
    const result = await scanAll(root);
    assert.deepStrictEqual(skippedOf(result), ['blob.ts binary contains NUL bytes']);
    assert.deepStrictEqual(logFindings(result.findings), [logFinding(1)]);
  });

  it('skips a file that is not valid UTF-8 as an encoding problem', async () => {
    await writeAt(root, 'latin1.ts', Buffer.concat([Buffer.from('const caf'), Buffer.from([0xe9, 0xff]), Buffer.from(' = 1;\n')]));
    const result = await scanAll(root);
    assert.deepStrictEqual(skippedOf(result), ['latin1.ts encoding not valid UTF-8']);
    assert.strictEqual(result.filesScanned, 0);
  });

  for (const endian of ['le', 'be'] as const) {
    it(`reads UTF-16 ${endian.toUpperCase()} with a BOM: findings on the same line and column as in the editor`, async () => {
      const text = ['// ü comment with a non-ASCII letter', ...SOURCE_LINES].join('\n');
      await writeAt(root, `wide-${endian}.ts`, utf16(text, endian));
      const fromDisk = await scanAll(root);
      const inEditor = await scanEditorText(text, 'typescript');
      assert.deepStrictEqual(skippedOf(fromDisk), []);
      assert.deepStrictEqual(logFindings(fromDisk.findings), [logFinding(2)]);
      assert.deepStrictEqual(logFindings(inEditor.findings), [logFinding(2)]);
    });
  }

  it('reads UTF-8 with a BOM without shifting the first line', async () => {
    await writeAt(root, 'bom.ts', '\uFEFF' + [LOGGED_EMAIL, ...SOURCE_LINES].join('\n'));
    const decoded = decodeSource(Buffer.from('\uFEFFx', 'utf8'));
    assert.deepStrictEqual(decoded, { text: 'x' });
    const result = await scanAll(root);
    assert.deepStrictEqual(logFindings(result.findings), [logFinding(0), logFinding(2)]);
  });

  const endings: readonly (readonly [string, readonly string[]])[] = [
    ['CRLF', ['\r\n', '\r\n', '\r\n']],
    ['lone CR', ['\r', '\r', '\r']],
    ['mixed CR, LF and CRLF', ['\r', '\n', '\r\n']],
  ];
  for (const [name, breaks] of endings) {
    it(`puts findings on the editor's line and column with ${name} line endings, in both paths`, async () => {
      const lines = [LOGGED_EMAIL, '  ' + LOGGED_EMAIL, 'const a = 1;', LOGGED_EMAIL];
      const text = lines.map((line, i) => line + (breaks[i] ?? '\n')).join('');
      await writeAt(root, 'endings.ts', text);
      const expected = [logFinding(0), 'personal-data-in-log 1:14-1:24', logFinding(3)];
      assert.deepStrictEqual(logFindings((await scanEditorText(text, 'typescript')).findings), expected);
      assert.deepStrictEqual(logFindings((await scanAll(root)).findings), expected);
    });
  }

  it('places YAML and Python findings after a lone CR on the line the editor shows', async () => {
    const yaml = 'openapi: 3.0.0\rcomponents:\r\n  schemas:\n    User:\r      properties:\r\n        email:\n          type: string\r';
    const python = 'import logging\rx = 1\r\ndef f(user):\r    logging.info(user.email)\r';
    assert.deepStrictEqual(placed((await scanEditorText(yaml, 'yaml')).findings), ['personal-data-field 5:8-5:13']);
    assert.deepStrictEqual(logFindings((await scanEditorText(python, 'python')).findings), ['personal-data-in-log 3:17-3:27']);
  });

  it('scans empty and whitespace-only files to no findings, in every language, without skipping them', async () => {
    const extensions = ['ts', 'tsx', 'js', 'py', 'java', 'go', 'php', 'rb', 'cs', 'sql', 'prisma', 'graphql', 'proto', 'yaml', 'json'];
    for (const extension of extensions) {
      await writeAt(root, `empty.${extension}`, '');
      await writeAt(root, `blank.${extension}`, ' \t\r\n\n   \r\r\n\t');
    }
    const result = await scanAll(root);
    assert.deepStrictEqual(skippedOf(result), []);
    assert.strictEqual(result.filesScanned, extensions.length * 2);
    assert.deepStrictEqual(result.findings, []);
    assert.deepStrictEqual(result.ruleErrors, []);
  });
});
