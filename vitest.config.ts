import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Browser and end-to-end tests spawn heavy processes; two cores cannot run many at once.
    maxWorkers: 2,
  },
});
