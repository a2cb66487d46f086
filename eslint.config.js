import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import autoImports from './.wxt/eslint-auto-imports.mjs';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/artifacts/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  autoImports,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: strings and plain objects in and out, usable in Node, the background
    // and benchmarks alike. No DOM, no extension APIs, no UI.
    files: ['utils/core/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'browser', 'chrome', 'navigator', 'location', 'localStorage', 'fetch', 'CSS', 'Node', 'Range'].map(
          (name) => ({ name, message: 'utils/core must stay free of DOM and browser globals.' }),
        ),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['#imports', 'wxt', 'wxt/*', 'preact', 'preact/*', '@mozilla/readability', 'webextension-polyfill', 'linkedom', 'node:*'],
              message: 'utils/core must stay free of DOM, browser and Node dependencies.',
            },
          ],
        },
      ],
    },
  },
);
