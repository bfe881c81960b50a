import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    // As for every project (see the root vitest.config.ts): on CI a failed test runs once more.
    retry: process.env.CI ? 1 : 0,
  },
});
