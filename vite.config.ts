import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base: the built atlas works from any sub-path of the district website.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
