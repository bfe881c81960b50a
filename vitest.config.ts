import { defineConfig } from 'vitest/config';

// Core's answers must not depend on the host's time zone, so its unit tests run once per zone.
const coreZones = ['UTC', 'America/New_York'] as const;

/**
 * Core's checks of the project itself (the changesets, the sources' purity and import directions,
 * the exports, the generated division table) do not depend on the zone: they run once, in
 * the first zone.
 */
const zoneFreeChecks = [
  'test/changesets.test.ts',
  'test/purity.test.ts',
  'test/importDirections.test.ts',
  'test/testKinds.test.ts',
  'test/exports.test.ts',
  'src/areas/divisionsData.test.ts',
];

/**
 * One Vitest project per kind of check; `pnpm test` runs them all. No project retries a failed
 * test: a flaky test is a bug to fix, and a retry would hide it.
 *
 * - `core (TZ=…)`: core's unit tests, once per host zone.
 * - `core corpus`: checks that read the seeds and corpora in `../shared` (`*.corpus.test.ts`).
 * - `core perf`: timing checks, 1x against 8x input (`*.perf.test.ts`), one file at a time, after
 *   every other project.
 */
export default defineConfig({
  test: {
    projects: [
      ...coreZones.map((zone, index) => ({
        test: {
          name: `core (TZ=${zone})`,
          root: 'packages/core',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.perf.test.ts', '**/*.corpus.test.ts', ...(index === 0 ? [] : zoneFreeChecks)],
          env: { TZ: zone },
          testTimeout: 60_000,
        },
      })),
      // The zone where a wrong day shows (a UTC day boundary is 08:00 in China, 13:00 here).
      {
        test: {
          name: 'core corpus',
          root: 'packages/core',
          include: ['src/**/*.corpus.test.ts', 'test/**/*.corpus.test.ts'],
          env: { TZ: 'America/New_York' },
          testTimeout: 60_000,
        },
      },
      // Last (after the CLI's process-heavy tests, group 1) and one file at a time, so that no other
      // test competes for the processor while a check is timed.
      {
        test: {
          name: 'core perf',
          root: 'packages/core',
          include: ['src/**/*.perf.test.ts', 'test/**/*.perf.test.ts'],
          env: { TZ: 'UTC' },
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 120_000,
        },
      },
      // The docs: the data model against the schemas and codes, and each getting-started page
      // followed from packed tarballs (npm installs, servers, Chromium: after the unit tests).
      {
        test: {
          name: 'docs',
          root: 'docs',
          include: ['test/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 1 },
          fileParallelism: false,
        },
      },
      // `pnpm release:check`: what a release would publish, packed from a scratch copy of the
      // checkout with the pending changesets applied, linted, installed and used (tooling/release).
      // Beside the CLI's tests (group 1), after the unit tests: it builds, packs and installs.
      {
        test: {
          name: 'release',
          root: 'tooling/release',
          include: ['*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          sequence: { groupOrder: 1 },
        },
      },
      // Every other package and example declares its own project (tooling/template/vitest.config.ts).
      'packages/*/vitest.config.ts',
      'examples/*/vitest.config.ts',
      'tooling/docs/vitest.config.ts',
    ],
  },
});
