// The test runner's settings: only test/ holds tests (never the compiled dist/).
//
// No test asserts a duration: tests wait for events, and speed is measured by `npm run bench`.
// A timeout is only a bound on a hang, so it is generous. On this 2-core machine, idle, the
// slowest test takes ~5 s in process (a browser page) and ~12 s with child processes (the
// crash test); shared with other test runs and two CPU burners (load 15-17), up to 15 times
// slower. So 120 s a test or hook, and the files that start child processes (the bot killed
// with SIGKILL, the admin tools, Chromium) give their tests CHILD_PROCESS_TIMEOUT (600 s,
// test/helpers/timeouts.ts).
//
// Files share a worker's modules (isolate: false): the code under test loads once per
// worker instead of once per file (exceljs, Bolt, pinyin and OpenCC dictionaries: ~1 s
// each time), and what is identical is built once (the seed document, the search index of
// the same plan). No test file relies on fresh module state; each builds its own store.
// Two workers suit the 2-core machine (more only queue for the same cores); the tests that
// spawn processes add their children on top. One project, so the slow files (run first once
// vitest has timed them) overlap with the rest.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    isolate: false,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
