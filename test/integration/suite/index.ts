/**
 * Entry point both launchers call inside the extension host (`extensionTestsPath`):
 * runs every *.test.js beside this file with mocha and rejects when any test fails or none ran.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'));
  for (const file of files.sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (failures > 0) {
        reject(new Error(`${failures} integration test(s) failed`));
      } else if (runner.stats?.tests === 0 || runner.stats === undefined) {
        reject(new Error('no integration test ran'));
      } else {
        resolve();
      }
    });
  });
}
