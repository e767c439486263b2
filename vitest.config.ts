import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test (`*.test.ts`). Browser tests are e2e/*.spec.ts (Playwright);
// e2e/*.test.ts are unit tests about those specs.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    // The grader's CloudFormation specification is loaded by its users, not bundled with it.
    setupFiles: ['src/exercises/grader/cfn-spec-static.ts'],
    testTimeout: 30_000,
  },
});
