import { defineConfig } from 'vitest/config';

// Browser tests: run one file at a time (each launches a real browser) against the built
// extension in .output/. `npm run build` must have run first (npm test does it).
// SOURCELENS_BROWSER_BENCH=1 runs the timed browser comparisons (*.bench.ts) instead: ratios
// measured in one run, kept out of CI because a shared, noisy machine makes them flaky
// (`npm run bench:popup`).
const timed = process.env.SOURCELENS_BROWSER_BENCH === '1';
export default defineConfig({
  test: {
    // In CI, also write the results as JSON so .ci/run can print one closing tally line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.test-results/e2e.json' },
    include: timed ? ['tests/e2e/**/*.bench.ts'] : ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
