// The test runner's settings: only test/ holds tests (never the compiled dist/).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
  },
});
