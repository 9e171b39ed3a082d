import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/build.ts'],
    // Two cores here and in CI: two workers, and end-to-end tests that spawn node get time to start.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
