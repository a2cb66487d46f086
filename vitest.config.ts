import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // In CI, also write the results as JSON so .ci/run can print one closing tally line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.test-results/unit.json' },
    include: [
      'tests/unit/**/*.test.ts',
      'tests/dom/**/*.test.ts',
      'tests/dom/**/*.test.tsx',
      'tests/background/**/*.test.ts',
      'tests/pages/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
