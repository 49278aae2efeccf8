import { defineConfig } from 'vitest/config';

/**
 * One vitest run for the whole workspace. Packages are resolved to their TypeScript
 * sources through the `@kinerja/source` export condition, so nothing needs building first.
 */
export default defineConfig({
  resolve: { conditions: ['@kinerja/source', 'module', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@kinerja/source', 'module', 'import', 'default'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/*/src/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
