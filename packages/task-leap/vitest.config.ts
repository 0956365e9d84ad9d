import { defineConfig } from 'vitest/config';

// `pnpm turbo test` runs every package's tests at once on two cores: a case that takes
// a second alone can take several under that load, so the guard is 30 s rather than 5 s.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
