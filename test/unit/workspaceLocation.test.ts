/**
 * A report link opens only a file inside the report's folder: whatever a page (or a hostile
 * report) names, a URI, an absolute path, a `..` or a symbolic link out of the folder is refused.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileInsideFolder, relativeSegments } from '../../src/extension/report/workspaceLocation';

const OUTSIDE_NAMES = [
  '../../etc/passwd',
  'src/../../outside.txt',
  '..',
  '/etc/passwd',
  'file:///etc/passwd',
  'command:workbench.action.terminal.new',
  'https://example.com/a.ts',
  'javascript:alert(1)',
  'vscode-remote://host/etc/passwd',
  'C:/Windows/win.ini',
  'c:\\Windows\\win.ini',
  '..\\..\\etc\\passwd',
  '\\\\server\\share\\a.ts',
  'src//patient.ts',
  './src/patient.ts',
  'src/patient.ts\u0000.png',
  '',
];

describe('report links: which files they may open', () => {
  let root: string;
  let folder: string;
  let outside: string;

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-links-'));
    folder = path.join(root, 'workspace');
    outside = path.join(root, 'secret.txt');
    await fs.mkdir(path.join(folder, 'src', 'nested'), { recursive: true });
    await fs.writeFile(path.join(folder, 'src', 'patient.ts'), 'export const email = "";\n');
    await fs.writeFile(outside, 'outside the workspace\n');
    await fs.symlink(outside, path.join(folder, 'src', 'escape.ts'));
    await fs.symlink(root, path.join(folder, 'parent'));
    await fs.symlink(folder, path.join(folder, 'itself'));
    await fs.symlink(path.join(folder, 'src', 'patient.ts'), path.join(folder, 'src', 'nested', 'alias.ts'));
  });

  it('accepts a plain relative path and splits it on /', () => {
    assert.deepStrictEqual(relativeSegments('src/patient.ts'), { segments: ['src', 'patient.ts'] });
    assert.deepStrictEqual(relativeSegments('odd name <img src=x onerror=alert(1)>.ts'), { segments: ['odd name <img src=x onerror=alert(1)>.ts'] });
  });

  for (const name of OUTSIDE_NAMES) {
    it(`refuses ${JSON.stringify(name)} by its text alone`, async () => {
      const verdict = relativeSegments(name);
      assert.ok('refused' in verdict, JSON.stringify(verdict));
      assert.ok('refused' in (await fileInsideFolder(folder, name)));
    });
  }

  it('opens a file of the folder, and a link that stays inside it', async () => {
    assert.deepStrictEqual(await fileInsideFolder(folder, 'src/patient.ts'), { segments: ['src', 'patient.ts'], realPath: await fs.realpath(path.join(folder, 'src', 'patient.ts')) });
    const alias = await fileInsideFolder(folder, 'src/nested/alias.ts');
    assert.ok('realPath' in alias && alias.realPath === (await fs.realpath(path.join(folder, 'src', 'patient.ts'))));
  });

  it('refuses a symbolic link that leads out of the folder, to a file or through a linked folder', async () => {
    for (const name of ['src/escape.ts', 'parent/secret.txt']) {
      const verdict = await fileInsideFolder(folder, name);
      assert.deepStrictEqual(verdict, { refused: 'it resolves (through a symbolic link) to a place outside the folder' }, name);
    }
  });

  it('refuses a file that is not there, and the folder itself through a link', async () => {
    assert.match(JSON.stringify(await fileInsideFolder(folder, 'src/missing.ts')), /cannot be resolved \(ENOENT\)/);
    assert.deepStrictEqual(await fileInsideFolder(folder, 'itself'), { refused: 'the folder itself, not a file in it' });
  });
});
