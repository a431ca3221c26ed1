/**
 * ESLint with @microsoft/eslint-plugin-sdl (its "recommended" set) and the typescript-eslint
 * parser for .ts files: the tool a JavaScript team would run instead, as the baseline.
 * The plugin is looked up from the bench's cache folder upwards, so the project's devDependency
 * is found once installed; when it is not, the benchmark says so instead of failing.
 */
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';

export interface EslintSdlSetup {
  readonly eslintBin: string;
  readonly configFile: string;
  readonly versions: string;
}

export async function prepareEslintSdl(cacheRoot: string): Promise<EslintSdlSetup | string> {
  const configDir = path.join(cacheRoot, 'eslint-sdl');
  await fs.mkdir(configDir, { recursive: true });
  const lookup = { paths: [configDir] };
  let pluginPackage: string;
  let eslintPackage: string;
  try {
    pluginPackage = require.resolve('@microsoft/eslint-plugin-sdl/package.json', lookup);
    eslintPackage = require.resolve('eslint/package.json', lookup);
    require.resolve('typescript-eslint', lookup);
  } catch {
    return '@microsoft/eslint-plugin-sdl is not installed (npm install)';
  }
  const version = (file: string): string => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  const configFile = path.join(configDir, 'eslint.config.cjs');
  await fs.writeFile(
    configFile,
    [
      '// Written by bench/eslintSdl.ts for npm run bench.',
      "const sdl = require('@microsoft/eslint-plugin-sdl');",
      "const tseslint = require('typescript-eslint');",
      'module.exports = [',
      '  ...sdl.configs.recommended,',
      "  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },",
      '];',
      '',
    ].join('\n'),
  );
  return {
    eslintBin: path.join(path.dirname(eslintPackage), 'bin', 'eslint.js'),
    configFile,
    versions: `ESLint ${version(eslintPackage)}, @microsoft/eslint-plugin-sdl ${version(pluginPackage)}`,
  };
}

/** Arguments for linting `folder` (relative to the working directory) with the SDL config. */
export function eslintArgs(setup: EslintSdlSetup, folder: string, outputFile: string): string[] {
  return [setup.eslintBin, '--config', setup.configFile, '--no-warn-ignored', '--format', 'json', '--output-file', outputFile, folder];
}
