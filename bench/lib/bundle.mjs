// Bundles every page the same way with esbuild (minified ESM, everything inlined, the theme CSS
// as its own file) and measures bytes; analyses what sm-compose's bundle is made of.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

export const ESBUILD_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
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

/** Bundles `entry` (and `css`) into `outDir` as `<id>.js` / `<id>.css`. */
export async function bundleLibrary({ id, entry, css }, root, outDir) {
  const js = await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: { [id]: join(root, entry) }, outdir: outDir, metafile: true });
  let cssBuild;
  if (css) cssBuild = await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: { [id]: join(root, css) }, outdir: outDir, metafile: true });
  const jsBytes = readFileSync(join(outDir, `${id}.js`));
  const cssBytes = css ? readFileSync(join(outDir, `${id}.css`)) : undefined;
  const jsSizes = sizes(jsBytes);
  const cssSizes = cssBytes ? sizes(cssBytes) : null;
  const total = Object.fromEntries(Object.entries(jsSizes).map(([key, value]) => [key, value + (cssSizes?.[key] ?? 0)]));
  return {
    js: jsSizes,
    css: cssSizes,
    total,
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

/**
 * What `sm-compose`'s drop-in bundle is made of: esbuild bundles `src/index.ts` like the pages
 * (so the metafile names source files), groups the minified bytes by part, and measures the
 * gzip bytes the urgency screening adds by bundling again with `assessUrgency` stubbed out.
 */
export async function compositionOfSmCompose(root, outDir) {
  const entry = join(root, 'src/index.ts');
  const full = await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: [entry], write: false, metafile: true, outdir: '/tmp/sm-compose-bench' });
  const output = Object.values(full.metafile.outputs).find((o) => o.entryPoint);
  const groups = {};
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = groupOf(path);
    groups[group] = (groups[group] ?? 0) + bytesInOutput;
  }
  const files = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path: relative(root, resolve(root, path)), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 15);
  const fullSizes = sizes(Buffer.from(full.outputFiles.find((f) => f.path.endsWith('.js')).contents));

  // The same bundle with the urgency screening stubbed out (its finding ids kept).
  const triageDir = join(root, 'src/core/triage');
  const stub = {
    name: 'stub-triage',
    setup(build) {
      build.onResolve({ filter: /(^|\/)(triage\/index|assess-urgency)\.js$/ }, (args) => {
        const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        if (!target.startsWith(triageDir)) return undefined;
        if (args.importer.startsWith(triageDir) && !target.endsWith('index.ts')) return undefined;
        return { path: 'triage-stub', namespace: 'stub' };
      });
      build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
        contents: `export * from ${JSON.stringify(join(triageDir, 'findings.ts'))};\nexport function assessUrgency() { return { level: 'none', findings: [] }; }\n`,
        resolveDir: triageDir,
        loader: 'ts',
      }));
    },
  };
  let withoutTriage;
  try {
    // Written as a page bundle too: the first render without the screening.
    await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: { 'sm-compose-notriage': entry }, outdir: outDir, plugins: [stub] });
    withoutTriage = sizes(readFileSync(join(outDir, 'sm-compose-notriage.js')));
  } catch (error) {
    withoutTriage = { error: String(error.message ?? error).split('\n')[0] };
  }
  return {
    entry: relative(root, entry),
    sizes: fullSizes,
    groups: Object.entries(groups).map(([group, bytes]) => ({ group, bytes, share: bytes / output.bytes })).sort((a, b) => b.bytes - a.bytes),
    largestFiles: files,
    withoutTriage,
  };
}

export const here = dirname(new URL(import.meta.url).pathname);
