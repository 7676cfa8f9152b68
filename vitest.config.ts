// The test runner's settings: only test/ holds tests (never the compiled dist/).
//
// Timeouts leave room for a machine five times slower than the one the suite was timed on
// (2 cores; figures are the slowest test of each group there, idle): a test that needs
// longer is a bug to fix, not a timeout to raise. Three groups:
//  - processes: tests that start child processes (tsx, the bot killed with SIGKILL): ~12 s;
//  - adapters: grammY and Bolt against the local stand-ins, waiting out real retry_after
//    seconds and Slack's 2.5 s acknowledgement deadline: ~3 s;
//  - everything else: ~3 s.
// No test asserts a duration: speed is measured by `npm run bench`.
//
// Files share a worker's modules (isolate: false): the code under test loads once per
// worker instead of once per file (exceljs, Bolt, pinyin and OpenCC dictionaries: ~1 s
// each time), and what is identical is built once (the seed document, the search index of
// the same plan). No test file relies on fresh module state; each builds its own store.
// Two workers suit the 2-core machine (more only queue for the same cores); the tests that
// spawn processes add their children on top.
import { defineConfig } from 'vitest/config';

const PROCESSES = [
  'test/faults/crash.test.ts',
  'test/import/cli.test.ts',
  'test/store/lowdb-lock.test.ts',
  'test/supervision/export.test.ts',
  'test/tools/dotenv.test.ts',
];
const ADAPTERS = ['test/telegram/**/*.test.ts', 'test/slack/**/*.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    isolate: false,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'core', include: ['test/**/*.test.ts'], exclude: [...PROCESSES, ...ADAPTERS] } },
      { extends: true, test: { name: 'adapters', include: ADAPTERS, testTimeout: 90_000 } },
      { extends: true, test: { name: 'processes', include: PROCESSES, testTimeout: 300_000, hookTimeout: 120_000 } },
    ],
  },
});
