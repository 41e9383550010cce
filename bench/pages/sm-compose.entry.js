// sm-compose as a portal's bundler gets it with the lean entry (dist/elements.js, built by
// `npm run build`): the first screen at once; the urgency rules, zod, Spanish and the later
// steps behind `import()`, which esbuild splits into files of their own (as in the real
// drop-in bundle). Lit, zod and Floating UI come from node_modules.
import '../../dist/elements.js';
