import { defineConfig } from 'vitest/config';

/**
 * One vitest run for the whole workspace. Packages are resolved to their TypeScript
 * sources through the `@kinerja/source` export condition, so nothing needs building first.
 */
export default defineConfig({
  resolve: { conditions: ['@kinerja/source', 'module', 'import', 'default'] },
  // Vitest also hands these to the workers' Node as `--conditions`, which apply to `require` too:
  // an `import` condition there makes CommonJS `require('pg-pool')` load its ESM build (broken).
  ssr: { resolve: { conditions: ['@kinerja/source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/*/src/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
