import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test (`*.test.ts`). Browser tests are e2e/*.spec.ts (Playwright);
// e2e/*.test.ts are unit tests about those specs.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
