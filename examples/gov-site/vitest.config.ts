import { defineProject } from 'vitest/config';

// No retry: a flaky test is a bug to fix (see the root vitest.config.ts).
export default defineProject({
  test: {
    name: 'example-gov-site',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Chromium and the demo server load the machine: they run after the unit tests, and core's
    // timing checks run after them (group 2), so that the two never overlap.
    sequence: { groupOrder: 1 },
    // One Chromium and one demo server at a time: the machine has two cores shared with other work.
    fileParallelism: false,
  },
});
