import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { staticClosure } from './scripts/static-closure.js';

/**
 * `vite` serves the demo page (index.html). The library is built by `scripts/build.mjs`,
 * which runs this config once per mode:
 * - `npm`: dist/index.js, dist/elements.js, dist/core.js and dist/react.js for bundlers,
 *   dependencies left as imports (dist/jsx.js and dist/vue.js are empty: their entries are types),
 *   and dist/testing.js, the QA harness (sm-compose/testing);
 * - `bundle`: dist/sm-compose.bundle.js, the drop-in ES module (src/drop-in.ts), minified, every
 *   dependency inlined: what the first screen needs. The rest is in dist/sm-compose/ and loads
 *   by itself when needed (URLs relative to the bundle's own);
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
        lib: { entry: { index: 'src/index.ts', elements: 'src/elements.ts', core: 'src/core/index.ts', react: 'src/react.ts', jsx: 'src/jsx.ts', vue: 'src/vue.ts', testing: 'src/testing/index.ts' }, formats: ['es'] },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^@floating-ui\//, /^react($|\/)/],
          // src/react.ts starts with 'use client'; Rolldown keeps an entry's directive at the top
          // of its file (dist/react.js; test/core/react.test.ts checks it), but warns that it might not.
          checks: { moduleLevelDirective: false },
          // A constant inlined from another chunk leaves a bare `import "./chunk.js"` behind, which
          // a host's esbuild drops with a warning (package.json lists what has side effects).
          optimization: { inlineConst: false },
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'bundle' || mode === 'iife') {
    const firstScreen = mode === 'bundle' ? await staticClosure('src/drop-in.ts') : new Set<string>();
    // The writing step (its views, prompts and counter): one file, fetched in one round trip
    // when a category is chosen or a draft restored, not a chain of small shared files.
    const writeStep = new Set<string>();
    if (mode === 'bundle') {
      for (const entry of ['src/components/compose/compose.write.ts', 'src/components/prompt-fields/prompt-fields.ts', 'src/components/char-budget/char-budget.ts']) {
        for (const id of await staticClosure(entry)) if (!firstScreen.has(id)) writeStep.add(id);
      }
      // The urgency levels' names, which the screening and the checks share: in their own file the
      // screening would fetch them only once it has arrived, one more round trip before Review's
      // check; the writing step is always there before Review.
      writeStep.add(fileURLToPath(new URL('src/core/urgency-levels.ts', import.meta.url)));
    }
    return {
      ...common,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        ...common.build,
        minify: true,
        lib: {
          entry: mode === 'bundle' ? 'src/drop-in.ts' : 'src/index.ts',
          formats: [mode === 'bundle' ? 'es' : 'iife'],
          name: 'SmCompose',
          fileName: () => `sm-compose.${mode}.js`,
        },
        rolldownOptions: {
          // The parts import what the first screen already has from the entry file itself.
          preserveEntrySignatures: 'allow-extension',
          output:
            mode === 'bundle'
              ? {
                  chunkFileNames: 'sm-compose/[name]-[hash].js',
                  // Vite's library mode keeps an ES build's whitespace and comments (for
                  // bundlers to tree-shake); nobody re-bundles the drop-in files.
                  minify: true,
                  // Everything the first screen needs in the entry file: one request. By itself
                  // Rolldown would move the modules the lazy parts share into extra files that
                  // the entry must load first (rolldown/rolldown#10731).
                  codeSplitting: {
                    groups: [
                      { name: 'sm-compose.bundle', test: (id: string) => firstScreen.has(id.split('?')[0]!), priority: 2 },
                      { name: 'write-step', test: (id: string) => writeStep.has(id.split('?')[0]!), priority: 1 },
                    ],
                  },
                }
              : { codeSplitting: false, minify: true },
        },
      },
    };
  }
  return { server: { port: 5173 } };
});
