// The source files an entry reaches through static imports only (not `import()`), as absolute
// paths: what the first screen of the drop-in bundle needs. vite.config.ts uses it to keep
// them in the entry file.
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';

export async function staticClosure(entry: string): Promise<Set<string>> {
  const { metafile } = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: '/tmp/sm-compose-static-closure',
    logLevel: 'silent',
  });
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const edge of metafile.inputs[path]?.imports ?? []) if (edge.kind === 'import-statement' && !edge.external) visit(edge.path);
  };
  const start = Object.keys(metafile.inputs).find((path) => resolve(path) === resolve(entry));
  if (start === undefined) throw new Error(`${entry} is not in its own bundle`);
  visit(start);
  return new Set([...seen].map((path) => resolve(path)));
}
