#!/usr/bin/env node
// Bundles the extension and the CLI with esbuild (vscode stays external), copies the tree-sitter
// WASM files the engine uses, and no others, into dist/grammars/, and bundles the report renderer
// (src/webview, type-checked first with its own DOM tsconfig) into media/report.js, which the
// webview loads and the HTML export inlines. media/report.js is built, not committed.
// Usage: node scripts/build.mjs [--production]
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const production = process.argv.includes('--production');
const dist = path.join(root, 'dist');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// The engine falls back to the package's own wasm/ folder when run unbundled; in the bundle the
// copies in dist/grammars/ are found first, so that fallback stays an unresolved require.
const wasmFallback = ['@vscode/tree-sitter-wasm/package.json'];

// esbuild only strips types; the root `tsc -p .` leaves src/webview out (it needs the DOM), so
// the renderer's types are checked here, before it is bundled.
const require = createRequire(import.meta.url);
const webviewCheck = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'src/webview'), '--noEmit'], { stdio: 'inherit' });
if (webviewCheck.status !== 0) {
  console.error('build: src/webview does not type-check (tsc -p src/webview --noEmit)');
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
await Promise.all([
  esbuild.build({ ...common, entryPoints: [path.join(root, 'src/extension/extension.ts')], outfile: path.join(dist, 'extension.js'), external: ['vscode', ...wasmFallback] }),
  // The scan worker thread's script, beside the bundles that start it (ScanWorkerPool).
  esbuild.build({ ...common, entryPoints: [path.join(root, 'src/core/scan/scanWorker.ts')], outfile: path.join(dist, 'scanWorker.js'), external: wasmFallback }),
  esbuild.build({ ...common, entryPoints: [path.join(root, 'src/cli/bin.ts')], outfile: path.join(dist, 'cli.js'), banner: { js: '#!/usr/bin/env node' }, external: wasmFallback }),
  // No source map: the HTML export inlines this file, and a map would be a dangling reference there.
  esbuild.build({
    entryPoints: [path.join(root, 'src/webview/report/main.ts')],
    outfile: path.join(root, 'media', 'report.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: production,
    legalComments: 'none',
    logLevel: 'warning',
  }),
]);

// Ship only the grammars the engine's language registry names.
/**
 * @param {string} file
 * @returns {string[]} the grammar files named in src/core/languages/languages.json (schema formats have none)
 */
function grammarFilesIn(file) {
  /** @type {unknown} */
  const languages = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(languages)) {
    throw new Error(`${file}: expected an array of languages`);
  }
  return languages.flatMap((/** @type {unknown} */ language, index) => {
    if (typeof language !== 'object' || language === null) {
      throw new Error(`${file}: language ${index} is not an object`);
    }
    const grammarFile = 'grammarFile' in language ? language.grammarFile : undefined;
    if (grammarFile !== undefined && typeof grammarFile !== 'string') {
      throw new Error(`${file}: language ${index} has a "grammarFile" that is not a string`);
    }
    return grammarFile === undefined ? [] : [grammarFile];
  });
}
const files = [...new Set(['tree-sitter.wasm', ...grammarFilesIn(path.join(root, 'src/core/languages/languages.json'))])];
const wasmDir = path.join(path.dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm');
const grammars = path.join(dist, 'grammars');
mkdirSync(grammars, { recursive: true });
for (const file of files) {
  copyFileSync(path.join(wasmDir, file), path.join(grammars, file));
}
console.log(`built dist/extension.js, dist/cli.js, dist/scanWorker.js, media/report.js and ${files.length} WASM files${production ? ' (production)' : ''}`);
