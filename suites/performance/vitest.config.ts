import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['suite.test.ts', 'speedup-cell.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 900_000,
  },
});
