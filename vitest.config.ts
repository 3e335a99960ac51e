import { defineConfig } from 'vitest/config';
import { guard } from './test/hang-guard.js';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Hang guards, scaled by the machine's load at start (test/hang-guard.ts).
    testTimeout: guard(60_000),
    hookTimeout: guard(120_000),
    // Tests that spawn the CLI are CPU-heavy; two workers match the 2-core CI machine.
    maxWorkers: 2,
  },
});
