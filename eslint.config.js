import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'screenshots/', 'coverage/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Worker code stays in the worker: src/ may import only types from workers/ (runtime code shared by
    // both sides lives in src/, e.g. src/engine/transfer.ts). Tested in tests/engine/imports.test.ts.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/workers/**', 'workers/**'],
              allowTypeImports: true,
              message: 'src/ imports only types from workers/: move shared runtime code into src/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The model is pure: it runs the same in a worker, in Node tests and in the CLI.
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*'], message: 'src/model is pure: no Svelte.' },
            { group: ['comlink'], message: 'src/model is pure: no comlink.' },
            { group: ['../*', '!./*'], message: 'src/model imports nothing from other project folders.' },
            { group: ['d3-selection', 'd3-transition'], message: 'src/model is pure: no DOM.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'src/model never calls Math.random: pass a seeded rng.' },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'self', 'localStorage', 'postMessage', 'location', 'fetch'].map(
          (name) => ({
            name,
            message: 'src/model is pure: no DOM or worker globals.',
          }),
        ),
      ],
    },
  },
  {
    // The model's data (src/model/data) is data: it imports its shapes and the model's types, no code.
    files: ['src/model/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', 'comlink', 'd3-*'], message: 'src/model/data holds data: no libraries.' },
            { group: ['../*', '!../types'], message: 'src/model/data holds data: it imports only ./ and ../types.' },
          ],
        },
      ],
    },
  },
);
