// sm-compose as a bundler consumer gets it: the npm entry (dist/index.js, built by
// `npm run build`), with Lit, zod and Floating UI resolved from node_modules. Everything is
// re-exported so the bench can call `assessUrgency` and `countCharacters` from this bundle.
export * from '../../dist/index.js';
