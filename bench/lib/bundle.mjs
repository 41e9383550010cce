// Bundles every page the same way with esbuild (minified ESM, everything inlined, code behind
// `import()` split into files of its own, the theme CSS as its own file) and measures bytes:
// the first load (the entry and what it imports statically) and what loads later; analyses
// what sm-compose's first load is made of.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { bundleFiles } from '../../scripts/bundle-files.mjs';

export const ESBUILD_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'es2022',
  platform: 'browser',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Fonts and images referenced from CSS stay files (none of the pages use them).
  loader: { '.woff2': 'file', '.woff': 'file', '.svg': 'file', '.png': 'file' },
  // Stencil's lazy loader globs `./*.entry.js`; the custom-elements build never uses it.
  logOverride: { 'empty-glob': 'silent' },
  logLevel: 'warning',
};

/** Minified, gzip (level 9) and brotli (quality 11) sizes of `buffers`, taken together. */
export function sizes(...buffers) {
  const code = Buffer.concat(buffers.filter(Boolean));
  return {
    min: code.length,
    gzip: buffers.filter(Boolean).reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    brotli: buffers.filter(Boolean).reduce((sum, b) => sum + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
}

/** Bundles `entry` (and `css`) into `outDir` as `<id>.js` / `<id>.css`, chunks in `chunks/`. */
export async function bundleLibrary({ id, entry, css }, root, outDir) {
  const js = await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: { [id]: join(root, entry) }, outdir: outDir, metafile: true });
  let cssBuild;
  if (css) cssBuild = await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: { [id]: join(root, css) }, outdir: outDir, metafile: true });
  const { firstLoad, later } = bundleFiles(join(outDir, `${id}.js`));
  const read = (files) => files.map((file) => readFileSync(resolve(file)));
  const cssBytes = css ? readFileSync(join(outDir, `${id}.css`)) : undefined;
  const jsSizes = sizes(...read(firstLoad));
  const cssSizes = cssBytes ? sizes(cssBytes) : null;
  const total = Object.fromEntries(Object.entries(jsSizes).map(([key, value]) => [key, value + (cssSizes?.[key] ?? 0)]));
  return {
    js: jsSizes,
    css: cssSizes,
    total,
    files: { firstLoad: firstLoad.length, later: later.length },
    later: later.length ? sizes(...read(later)) : null,
    metafile: js.metafile,
    cssMetafile: cssBuild?.metafile,
  };
}

/** Which part of the code base an input file of the metafile belongs to. */
function groupOf(path) {
  const p = path.replace(/\\/g, '/');
  const pkg = p.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) {
    if (['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(pkg)) return 'lit (lit-html, lit-element, reactive-element)';
    return pkg;
  }
  if (/src\/core\/triage\/rules-(en|es)\.ts$/.test(p)) return 'src/core/triage/rules-en.ts + rules-es.ts (the urgency phrases)';
  if (/src\/core\/triage\//.test(p)) return 'src/core/triage/ (the rest: matcher, normalisation, context words, prefix keys)';
  if (/src\/core\/fhir\.ts$/.test(p)) return 'src/core/fhir.ts';
  if (/src\/core\/(payload-schema|config-schema|validate-config)\.ts$/.test(p)) return 'src/core/ zod schemas (config, payload, validation)';
  if (/src\/core\//.test(p)) return 'src/core/ (catalog, body, counting, the rest)';
  if (/src\/i18n\//.test(p)) return 'src/i18n/ (en, es strings)';
  if (/src\/components\//.test(p)) return 'src/components/ (elements and styles)';
  if (/src\/controllers\//.test(p)) return 'src/controllers/';
  return 'other';
}

/** Minified bytes of each part of the code base in `outputs` of `metafile`, largest first. */
function groupBytes(metafile, outputs) {
  const groups = {};
  let all = 0;
  for (const output of outputs) {
    for (const [path, { bytesInOutput }] of Object.entries(metafile.outputs[output].inputs)) {
      const group = groupOf(path);
      groups[group] = (groups[group] ?? 0) + bytesInOutput;
      all += bytesInOutput;
    }
  }
  return Object.entries(groups)
    .map(([group, bytes]) => ({ group, bytes, share: bytes / all }))
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * What `sm-compose`'s drop-in bundle is made of: esbuild bundles `src/drop-in.ts` (the entry
 * of the drop-in bundle) like the pages, so that the metafile names source files, and groups
 * the minified bytes by part: those of the first load and those loaded later.
 */
export async function compositionOfSmCompose(root) {
  const entry = join(root, 'src/drop-in.ts');
  const outDir = mkdtempSync(join(tmpdir(), 'sm-compose-composition-'));
  const result = await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: { 'drop-in': entry }, metafile: true, outdir: outDir });
  const files = bundleFiles(join(outDir, 'drop-in.js'));
  // The metafile names its outputs relative to the working directory, like bundleFiles.
  const output = (file) => Object.keys(result.metafile.outputs).find((key) => resolve(key) === resolve(file));
  const [firstLoad, later] = [files.firstLoad.map(output), files.later.map(output)];
  const bytesOf = (list) => sizes(...list.map((file) => readFileSync(resolve(file))));
  const largestFiles = firstLoad
    .flatMap((output) => Object.entries(result.metafile.outputs[output].inputs))
    .map(([path, { bytesInOutput }]) => ({ path: relative(root, resolve(root, path)), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 15);
  const composition = {
    entry: relative(root, entry),
    sizes: bytesOf(firstLoad),
    laterSizes: bytesOf(later),
    groups: groupBytes(result.metafile, firstLoad),
    laterGroups: groupBytes(result.metafile, later),
    largestFiles,
  };
  rmSync(outDir, { recursive: true, force: true });
  return composition;
}

export const here = dirname(new URL(import.meta.url).pathname);
