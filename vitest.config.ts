import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test (`*.test.ts`). Browser tests are in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The grader's CloudFormation specification is loaded by its users, not bundled with it.
    setupFiles: ['src/exercises/grader/cfn-spec-static.ts'],
    testTimeout: 30_000,
  },
});
