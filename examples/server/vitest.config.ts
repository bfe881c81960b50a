import { defineProject } from 'vitest/config';

// No retry: a flaky test is a bug to fix (see the root vitest.config.ts).
export default defineProject({
  test: {
    name: 'example-server',
    include: ['*.test.ts'],
    testTimeout: 60_000,
  },
});
