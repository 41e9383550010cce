// `npm run build`: the library for bundlers, the drop-in bundles, type declarations, the
// payload JSON Schema, the FHIR definitions (dist/fhir/) and custom-elements.json; then checks
// the drop-in bundle's size.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'vite';
import { bundleFiles } from './bundle-files.mjs';

/**
 * Bytes are deterministic, so the size budget is enforced here rather than in a benchmark
 * (issue #8): what a page loads before the first screen shows (the drop-in entry and the files
 * it imports statically) must stay within 25 KB gzip, and the build fails above 30 KB. The
 * parts loaded later (urgency rules, zod, Spanish, …) have a ratchet of their own, so that
 * they cannot grow unnoticed either.
 */
const FIRST_LOAD_LIMIT = 30 * 1024;
const FIRST_LOAD_TARGET = 25 * 1024;
// 128 KB since the urgency model learned from 1,800 more messages (its weights and rules: +1.3 KB);
// 131 KB with the recipients, the office hours and the views moved out of the first load (+2.7 KB);
// 132 KB with config.proxies (its step and sentences in en and es, its checks: +0.9 KB) and the
// writing of the body, subject and signed line moved out of the first load (+0.3 KB);
// 133 KB since the urgency model learned from 2,100 more messages (7,008 features: +1.1 KB);
// 134 KB with the scope fixes, the words no rule had and the baby-moving-less finding (+1.0 KB);
// 127 KB since the model's table is stored as front-coded columns (-6.7 KB);
// 128 KB since the urgency model learned from 1,200 more messages (7,210 features: +0.5 KB);
// 129 KB with the rules for button batteries, drunk-like speech, drool from one side, a rope
// tried on a beam, a note to be found and naloxone refused (+0.4 KB), and Send moved out of the
// first load into the review step (+0.6 KB here, -0.6 KB there);
// 130 KB since the model learned from 2,400 more messages and the rules from them (7,328
// features: +0.6 KB) and Review moved out of the first load into the writing step (+0.5 KB here,
// -0.4 KB there); 131 KB since it learned from the ninth set too (7,398 features: +0.7 KB);
// 132 KB with the tenth (7,433 features: 131.0 KB, no room left under 131).
// 133.2 KB with the model retrained on the thirteenth fresh set and its rules (+1.3 KB).
const LATER_LIMIT = 134 * 1024;

function step(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync('dist', { recursive: true, force: true });
for (const mode of ['npm', 'bundle', 'iife']) await build({ mode, logLevel: 'warn' });
step('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
step(process.execPath, ['--import', 'tsx', 'scripts/write-json-schema.ts']);
step(process.execPath, ['--import', 'tsx', 'scripts/write-fhir-definitions.ts']);
step('node_modules/.bin/cem', ['analyze', '--quiet']);
// sm-compose/core must run where there is no DOM.
step(process.execPath, ['-e', "import('./dist/core.js').then((core) => { if (typeof core.assessUrgency !== 'function' || typeof document !== 'undefined') process.exit(1); console.log('dist/core.js runs in Node without a DOM'); })"]);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const measure = (files) => {
  const codes = files.map((file) => readFileSync(file));
  const sum = (size) => codes.reduce((total, code) => total + size(code), 0);
  return { min: sum((code) => code.length), gzip: sum((code) => gzipSync(code, { level: 9 }).length), brotli: sum((code) => brotliCompressSync(code).length) };
};
const describe = ({ min, gzip, brotli }) => `${kb(min)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli`;

const { firstLoad, later } = bundleFiles('dist/sm-compose.bundle.js');
const first = measure(firstLoad);
const rest = measure(later);
console.log(`dist/sm-compose.bundle.js, first load (${firstLoad.length === 1 ? 'one file' : `${firstLoad.length} files`}): ${describe(first)}`);
console.log(`dist/sm-compose/, loaded later when needed (${later.length} files): ${describe(rest)}`);
console.log(`dist/sm-compose.iife.js (everything, one classic script): ${describe(measure(['dist/sm-compose.iife.js']))}`);
if (first.gzip > FIRST_LOAD_LIMIT) {
  console.error(`✖ The drop-in bundle's first load is ${kb(first.gzip)} gzip, over the ${kb(FIRST_LOAD_LIMIT)} limit (${firstLoad.join(', ')}).`);
  process.exit(1);
}
if (first.gzip > FIRST_LOAD_TARGET) console.warn(`⚠ The drop-in bundle's first load is over the ${kb(FIRST_LOAD_TARGET)} gzip target.`);
if (rest.gzip > LATER_LIMIT) {
  console.error(`✖ The drop-in bundle's later parts are ${kb(rest.gzip)} gzip, over the ${kb(LATER_LIMIT)} limit.`);
  process.exit(1);
}
