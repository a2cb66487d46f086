import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.ts', 'tests/dom/**/*.test.tsx', 'tests/background/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
