import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'testing/index': 'src/testing/index.ts',
    'regimes/permenpanrb-8-2021/index': 'src/regimes/permenpanrb-8-2021/index.ts',
    'regimes/pp-46-2011/index': 'src/regimes/pp-46-2011/index.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['fast-check'],
});
