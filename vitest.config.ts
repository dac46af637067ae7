import { defineConfig } from 'vitest/config';
import { licensesPlugin } from './scripts/licenses.mjs';

export default defineConfig({
  plugins: [licensesPlugin(process.cwd())],
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
