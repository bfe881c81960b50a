import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-gov-site',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Chromium and the demo server load the machine: they run after every other project, so that
    // they never overlap the timing checks of core.
    sequence: { groupOrder: 1 },
    // One Chromium and one demo server at a time: the machine has two cores shared with other work.
    fileParallelism: false,
    // As for every project (see the root vitest.config.ts): on CI a failed test runs once more.
    retry: process.env.CI ? 1 : 0,
  },
});
