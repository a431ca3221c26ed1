import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as path from 'path';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * The files the extension host's bundle is made of, as esbuild's metafile names them (relative to
 * the repository, `/` separators): built in memory with the options scripts/build.mjs uses.
 */
async function extensionBundleInputs(): Promise<string[]> {
  const result = await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ['src/extension/extension.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', '@vscode/tree-sitter-wasm/package.json'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

/**
 * Scans run in worker threads (dist/scanWorker.js), so the extension host needs the rules'
 * metadata and the list of languages it scans, never the rules' checks, the language adapters,
 * the YAML parser or tree-sitter: requiring them made activation slow (issue 6). This is the
 * guard that keeps them out of dist/extension.js.
 */
describe('extension host bundle', function () {
  this.timeout(60000);
  let inputs: string[];

  before(async () => {
    inputs = await extensionBundleInputs();
  });

  it('is built from the extension entry and the core it uses', () => {
    assert.ok(inputs.includes('src/extension/extension.ts'), `inputs: ${inputs.slice(0, 5).join(', ')}...`);
    assert.ok(inputs.includes('src/core/rules/catalogue.ts'), 'the rule catalogue should be the rules module the extension reads');
  });

  it('holds no rule check code: only the catalogue of rule metadata', () => {
    const rules = inputs.filter((input) => input.startsWith('src/core/rules/'));
    // nearbyFacts.ts: the secret quick fix splits names into words as the rules do (a few pure
    // functions over positions and names, importing only the model).
    assert.deepStrictEqual(rules, ['src/core/rules/catalogue.ts', 'src/core/rules/nearbyFacts.ts']);
  });

  it('holds no language adapter: only the registry and the list of languages the engine reads', () => {
    const languages = inputs.filter((input) => input.startsWith('src/core/languages/'));
    const allowed = new Set(['src/core/languages/languageRegistry.ts', 'src/core/languages/languages.json', 'src/core/languages/scannedLanguages.ts', 'src/core/languages/parseBudget.ts']);
    assert.deepStrictEqual(
      languages.filter((input) => !allowed.has(input)),
      [],
    );
  });

  it('holds neither the YAML parser nor tree-sitter', () => {
    const parsers = inputs.filter((input) => input.includes('node_modules/yaml/') || input.includes('node_modules/@vscode/tree-sitter-wasm/'));
    assert.deepStrictEqual(parsers, []);
  });

  it('holds no in-thread Scanner: scans go to the worker pool', () => {
    assert.ok(!inputs.includes('src/core/scan/scanner.ts'), 'src/core/scan/scanner.ts is bundled into the extension host');
  });
});
