import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    // Node environment on purpose: DOM use in src/lib must fail loudly.
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
  },
});
