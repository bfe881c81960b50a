import { defineProject } from 'vitest/config';

// No retry: a flaky test is a bug to fix (see the root vitest.config.ts).
export default defineProject({
  test: {
    name: 'docs-check',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
