import { defineConfig } from 'vitest/config';

// Core's answers must not depend on the host's time zone, so its suite runs once per zone.
const coreZones = ['UTC', 'America/New_York'] as const;

/**
 * On CI a failed test runs once more before it fails the run: a few tests bound the time taken on
 * adversarial inputs, and a shared machine can pause one of them. A test that fails twice fails.
 * Every project sets it (inline projects do not inherit the root's test options in vitest 4).
 */
const retry = process.env.CI ? 1 : 0;

/** One Vitest project per package; `pnpm test` runs them all. */
export default defineConfig({
  test: {
    projects: [
      ...coreZones.map((zone) => ({
        test: {
          name: `core (TZ=${zone})`,
          root: 'packages/core',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          // Packing and linting the tarball does not depend on the zone: once is enough. Timing
          // checks run in `core perf`.
          exclude: ['**/*.perf.test.ts', ...(zone === 'UTC' ? [] : ['test/package.test.ts'])],
          env: { TZ: zone },
          retry,
          testTimeout: 60_000,
        },
      })),
      // Timing checks (1x against 8x input), apart from the unit tests and in one zone.
      {
        test: {
          name: 'core perf',
          root: 'packages/core',
          include: ['src/**/*.perf.test.ts', 'test/**/*.perf.test.ts'],
          env: { TZ: 'UTC' },
          retry,
          testTimeout: 120_000,
        },
      },
      // Every other package and example declares its own project in its vitest.config.ts.
      'packages/*/vitest.config.ts',
      'examples/*/vitest.config.ts',
    ],
  },
});
