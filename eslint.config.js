import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import autoImports from './.wxt/eslint-auto-imports.mjs';

// Every browser, Node and extension global except the plain-JS ones a pure core may use: a list
// of ten hand-picked names let HTMLElement, self, DOMParser, XMLHttpRequest and the rest through.
const CORE_ALLOWED = new Set([
  'console',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
  'queueMicrotask',
  'atob',
  'btoa',
]);
const CORE_BANNED = [
  ...new Set([
    ...Object.keys(globals.browser),
    ...Object.keys(globals.node),
    ...Object.keys(globals.webextensions),
  ]),
].filter((name) => !(name in globals.builtin) && !CORE_ALLOWED.has(name));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/e2e/artifacts/**',
      'tests/fixtures/**',
    ],
  },
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
      // Page text never becomes markup; no-unsanitized does not look at JSX props.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text with JSX, never as HTML.',
        },
      ],
    },
  },
  {
    // Message data is typed by the protocol (utils/messaging), never asserted: no `as` (but
    // `as const`) and no `!` where messages are defined, sent, received and handled.
    files: [
      'utils/messaging/**',
      'utils/background/service.ts',
      'utils/background/tab-messages.ts',
      'entrypoints/background.ts',
      'entrypoints/news.content/runtime.ts',
      'entrypoints/news.content/page.ts',
    ],
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
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
        ...CORE_BANNED.map((name) => ({
          name,
          message: 'utils/core must stay free of DOM and browser globals.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text with JSX, never as HTML.',
        },
        {
          selector: "MemberExpression[object.name='globalThis']",
          message: 'utils/core must not reach globals through globalThis.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '#imports',
                'wxt',
                'wxt/*',
                'preact',
                'preact/*',
                '@mozilla/readability',
                'webextension-polyfill',
                'linkedom',
                'node:*',
              ],
              message: 'utils/core must stay free of DOM, browser and Node dependencies.',
            },
          ],
        },
      ],
    },
  },
);
