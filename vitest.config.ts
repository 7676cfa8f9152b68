// The test runner's settings: only test/ holds tests (never the compiled dist/).
//
// No test asserts a duration: tests wait for events, and speed is measured by `npm run bench`.
// A timeout is only a bound on a hang, so it is generous. On this 2-core machine, idle, the
// slowest test takes ~3 s (the fuzz test) and the crash test ~15 s; shared with other test
// runs and two CPU burners (load 15-17), up to 15 times slower (fuzz 51 s, crash 225 s). So:
//  - processes (tests that start child processes: the bot killed with SIGKILL six times,
//    the admin tools): 600 s a test;
//  - everything else, adapters included: 120 s a test or hook.
//
// Files share a worker's modules (isolate: false): the code under test loads once per
// worker instead of once per file (exceljs, Bolt, pinyin and OpenCC dictionaries: ~1 s
// each time), and what is identical is built once (the seed document, the search index of
// the same plan). No test file relies on fresh module state; each builds its own store.
// Two workers suit the 2-core machine (more only queue for the same cores); the tests that
// spawn processes add their children on top. Each project has its own workers, so there
// are only two.
import { defineConfig } from 'vitest/config';

const PROCESSES = [
  'test/faults/crash.test.ts',
  'test/import/cli.test.ts',
  'test/store/lowdb-lock.test.ts',
  'test/supervision/export.test.ts',
  'test/tools/dotenv.test.ts',
];

export default defineConfig({
  test: {
    pool: 'forks',
    isolate: false,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'in-process', include: ['test/**/*.test.ts'], exclude: PROCESSES } },
      { extends: true, test: { name: 'processes', include: PROCESSES, testTimeout: 600_000 } },
    ],
  },
});
