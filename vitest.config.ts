import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the packages and the action once, before any test: suites share the build, never redo it.
    globalSetup: ['tests/helpers/build.ts'],
    // Two cores here and in CI: two workers, and end-to-end tests that spawn node get time to start.
    maxWorkers: 2,
    // The slowest end-to-end tests take up to 20 s on a busy two-core machine: three times that, so a
    // slow minute never fails a run; slower ones set their own budget. The reporter prints the
    // slowest tests with their budgets after every run.
    testTimeout: 60_000,
    reporters: ['default', './tests/helpers/slowest-tests-reporter.ts'],
  },
});
