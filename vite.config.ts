import { defineConfig, type UserConfig } from 'vite';

/**
 * `vite` serves the demo page (index.html). The library is built by `scripts/build.mjs`,
 * which runs this config once per mode:
 * - `npm`: dist/index.js, dist/core.js and dist/react.js for bundlers, dependencies left as imports;
 * - `bundle`: dist/sm-compose.bundle.js, one minified ES module with every dependency inlined;
 * - `iife`: dist/sm-compose.iife.js, the same as a classic script (global `SmCompose`).
 */
export default defineConfig(({ mode }): UserConfig => {
  const common: UserConfig = { build: { outDir: 'dist', emptyOutDir: false, target: 'es2022', reportCompressedSize: false } };
  if (mode === 'npm') {
    return {
      ...common,
      build: {
        ...common.build,
        minify: false,
        lib: { entry: { index: 'src/index.ts', core: 'src/core/index.ts', react: 'src/react.ts' }, formats: ['es'] },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^@floating-ui\//, /^react($|\/)/],
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'bundle' || mode === 'iife') {
    return {
      ...common,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        ...common.build,
        minify: true,
        lib: {
          entry: 'src/index.ts',
          formats: [mode === 'bundle' ? 'es' : 'iife'],
          name: 'SmCompose',
          fileName: () => `sm-compose.${mode}.js`,
        },
      },
    };
  }
  return { server: { port: 5173 } };
});
