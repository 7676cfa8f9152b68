// A test's timeout is only a bound on a hang (vitest.config.ts: 120 s a test). Tests that
// start child processes (the bot killed with SIGKILL, the admin tools, Chromium) take the
// longest: ~12 s for the slowest on this 2-core machine idle, up to 15 times that beside
// other test runs and CPU burners. They get this much.
export const CHILD_PROCESS_TIMEOUT = 600_000;
