import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    // As for every project (see the root vitest.config.ts): on CI a failed test runs once more.
    retry: process.env.CI ? 1 : 0,
    // After the other projects, not beside them: these tests start hundreds of node processes and
    // worker threads, which would take the cores from core's timing checks.
    sequence: { groupOrder: 1 },
  },
});
