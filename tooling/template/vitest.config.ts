import { defineProject } from 'vitest/config';

// No retry: a flaky test is a bug to fix. Timing checks go in *.perf.test.ts, bounded in count
// and time; a browser package adds `fileParallelism: false` (one Chromium at a time).
export default defineProject({
  test: {
    name: '{{name}}',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
