import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One temporary folder per run, removed at its end (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Loopback servers and SQLite files are per test file; files run in parallel workers.
    pool: 'forks',
    // Vitest's default on two cores is one worker, but most files wait on child processes and
    // loopback servers rather than compute: two workers keep both cores busy.
    maxWorkers: 2,
  },
});
