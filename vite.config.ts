import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { staticClosure } from './scripts/static-closure.js';

/**
 * `vite` serves the demo page (index.html). The library is built by `scripts/build.mjs`,
 * which runs this config once per mode:
 * - `npm`: dist/index.js, dist/elements.js, dist/core.js and dist/react.js for bundlers,
 *   dependencies left as imports;
 * - `bundle`: dist/sm-compose.bundle.js, the drop-in ES module (src/elements.ts), minified, every
 *   dependency inlined. It loads dist/sm-compose/first-screen-<hash>.js, what the first screen
 *   needs; the rest is in dist/sm-compose/ too and loads by itself when needed (URLs relative
 *   to the bundle's own);
 * - `iife`: dist/sm-compose.iife.js, a classic script (global `SmCompose`) with everything,
 *   the whole API included, in one file.
 */
export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  const common: UserConfig = { plugins: [minifyTemplatesPlugin()], build: { outDir: 'dist', emptyOutDir: false, target: 'es2022', reportCompressedSize: false } };
  if (mode === 'npm') {
    return {
      ...common,
      build: {
        ...common.build,
        minify: false,
        lib: { entry: { index: 'src/index.ts', elements: 'src/elements.ts', core: 'src/core/index.ts', react: 'src/react.ts' }, formats: ['es'] },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^@floating-ui\//, /^react($|\/)/],
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'bundle' || mode === 'iife') {
    const firstScreen = mode === 'bundle' ? await staticClosure('src/elements.ts') : new Set<string>();
    return {
      ...common,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        ...common.build,
        minify: true,
        lib: {
          entry: mode === 'bundle' ? 'src/elements.ts' : 'src/index.ts',
          formats: [mode === 'bundle' ? 'es' : 'iife'],
          name: 'SmCompose',
          fileName: () => `sm-compose.${mode}.js`,
        },
        rolldownOptions: {
          output:
            mode === 'bundle'
              ? {
                  chunkFileNames: 'sm-compose/[name]-[hash].js',
                  // Vite's library mode keeps an ES build's whitespace and comments (for
                  // bundlers to tree-shake); nobody re-bundles the drop-in files.
                  minify: true,
                  // Everything the first screen needs in one file, which the entry (a few bytes)
                  // imports and the lazy parts share. Its name is hashed, so a host may add a
                  // query string to the entry's URL (cache busting) without the lazy parts
                  // loading a second copy of the library, and may cache sm-compose/ for good.
                  // (By itself Rolldown would split the modules shared with the lazy parts
                  // into several files the entry must load first: rolldown/rolldown#10731.)
                  codeSplitting: { groups: [{ name: 'first-screen', test: (id: string) => firstScreen.has(id.split('?')[0]!) }] },
                }
              : { codeSplitting: false, minify: true },
        },
      },
    };
  }
  return { server: { port: 5173 } };
});
