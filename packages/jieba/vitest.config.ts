import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'jieba', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60000 },
});
