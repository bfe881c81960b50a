import { defineProject } from 'vitest/config';

// No retry: a flaky test is a bug to fix (see the root vitest.config.ts).
export default defineProject({
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    // After the other projects, not beside them: these tests start hundreds of node processes and
    // worker threads, which would take the cores from the unit tests; core's timing checks
    // come after these (group 2).
    sequence: { groupOrder: 1 },
  },
});
