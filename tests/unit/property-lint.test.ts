/**
 * The static security rules really fire: ESLint's Node API lints snippets as if they were files
 * in the project (nothing is written to disk) and must report each banned construct. A rule
 * that was misconfigured or scoped to the wrong folder would let these pass silently.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` placed at `filePath`. */
async function rulesFired(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('static rules', () => {
  it.each<[string, string, string]>([
    [
      'document in the core',
      'export const title = () => document.title;\n',
      'no-restricted-globals',
    ],
    ['window in the core', 'export const w = () => window.innerWidth;\n', 'no-restricted-globals'],
    [
      'the extension API in the core',
      'export const id = () => browser.runtime.id;\n',
      'no-restricted-globals',
    ],
    ['chrome in the core', 'export const id = () => chrome.runtime.id;\n', 'no-restricted-globals'],
    [
      'a DOM class in the core',
      'export const isEl = (x: unknown) => x instanceof HTMLElement;\n',
      'no-restricted-globals',
    ],
    [
      'DOMParser in the core',
      'export const parse = (s: string) => new DOMParser().parseFromString(s, "text/html");\n',
      'no-restricted-globals',
    ],
    [
      'the network in the core',
      'export const get = (u: string) => fetch(u);\n',
      'no-restricted-globals',
    ],
    [
      'Node globals in the core',
      'export const env = () => process.env.HOME;\n',
      'no-restricted-globals',
    ],
    [
      'globalThis in the core',
      'export const d = () => globalThis.document;\n',
      'no-restricted-syntax',
    ],
    [
      'a WXT import in the core',
      "import { browser } from 'wxt/browser';\nexport const b = browser;\n",
      'no-restricted-imports',
    ],
    [
      'Preact in the core',
      "import { h } from 'preact';\nexport const x = h;\n",
      'no-restricted-imports',
    ],
    [
      'a Node import in the core',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      'no-restricted-imports',
    ],
  ])('reports %s', async (_name, code, rule) => {
    expect(await rulesFired(code, 'utils/core/lint-probe.ts')).toContain(rule);
  });

  it.each<[string, string, string]>([
    [
      'innerHTML',
      'export const put = (el: Element, s: string) => { el.innerHTML = s; };\n',
      'no-unsanitized/property',
    ],
    [
      'outerHTML',
      'export const put = (el: Element, s: string) => { el.outerHTML = s; };\n',
      'no-unsanitized/property',
    ],
    [
      'insertAdjacentHTML',
      "export const put = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);\n",
      'no-unsanitized/method',
    ],
    [
      'document.write',
      'export const put = (s: string) => document.write(s);\n',
      'no-unsanitized/method',
    ],
    ['eval', 'export const run = (s: string) => eval(s);\n', 'no-eval'],
    ['a string timer', "export const run = () => setTimeout('alert(1)', 1);\n", 'no-implied-eval'],
    ['new Function', "export const make = () => new Function('return 1');\n", 'no-new-func'],
    [
      'any in a message type',
      'export interface M { data: any }\n',
      '@typescript-eslint/no-explicit-any',
    ],
  ])('reports %s anywhere in the extension', async (_name, code, rule) => {
    expect(await rulesFired(code, 'entrypoints/news.content/lint-probe.ts')).toContain(rule);
  });

  it('reports dangerouslySetInnerHTML in a component', async () => {
    const code =
      'export default function X({ s }: { s: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: s }} />;\n}\n';
    expect(await rulesFired(code, 'components/LintProbe.tsx')).toContain('no-restricted-syntax');
  });

  it('accepts plain core code (the rules are not simply failing everything)', async () => {
    const code =
      "export const size = (s: string) => new URL('https://' + s).host.length + s.trim().length;\n";
    expect(await rulesFired(code, 'utils/core/lint-probe.ts')).toEqual([]);
  });
});
