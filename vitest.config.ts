import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test (`*.test.ts`). Browser tests are in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
