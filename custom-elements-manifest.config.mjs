import { defaultsAsValues, eventsOfParts, hideInternalState, publishedModules } from './scripts/custom-elements-manifest-plugins.mjs';

const ELEMENTS = ['SmCompose', 'SmCategoryPicker', 'SmUrgencyDialog', 'SmCharBudget', 'SmPromptFields', 'SmAttachments', 'SmDictationButton'];

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    hideInternalState(),
    defaultsAsValues(),
    eventsOfParts(),
    // What a host imports (package.json `exports`; test/core/custom-elements-manifest.test.ts
    // checks each path, its .d.ts, its exports and the tags it defines against dist/).
    publishedModules({
      entries: [
        { path: 'dist/index.js', description: '`sm-compose`: registers every element and exports the whole API.', exports: ELEMENTS, defines: ELEMENTS },
        {
          path: 'dist/elements.js',
          description: '`sm-compose/elements`: registers `<sm-compose>` and `<sm-category-picker>` at once and the other parts when the page is idle (or when first needed).',
          exports: ['SmCompose', 'SmCategoryPicker'],
          defines: ELEMENTS,
        },
      ],
    }),
  ],
};
