// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', '.cache/**', 'node_modules/**', 'examples/**', 'test/fixtures/**', 'test/corpus/**', 'test/corpus-holdout/**', 'scratch/**', 'reports/**', 'test-results/**', 'media/report.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
    },
  },
  {
    // The engine runs in the extension host, the CLI and workers: it must never depend on VS Code.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core is pure TypeScript: adapters in src/extension convert to VS Code types.' }] }],
    },
  },
  {
    // The report renderer runs in a browser (webview and exported HTML); it is type-checked against
    // the DOM through src/webview/tsconfig.json, which the project service finds for these files.
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The webview talks to the extension by postMessage only.' }], patterns: [{ group: ['node:*', 'fs', 'path', 'crypto', 'child_process'], message: 'The report renderer runs in a browser: no Node modules.' }] }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
