// What a browser fetches for the drop-in bundle: the entry and the files it imports
// statically (the first load), and the files it can import later with `import()`.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** `{ firstLoad, later }`: paths of the entry's static closure, and of every file it can load later. */
export function bundleFiles(entry) {
  const firstLoad = [];
  const later = [];
  const walk = (file, list, seen) => {
    if (seen.has(file)) return;
    seen.add(file);
    list.push(file);
    const code = readFileSync(file, 'utf8');
    for (const [, path] of code.matchAll(STATIC)) walk(join(dirname(file), path), list, seen);
  };
  const seen = new Set();
  walk(entry, firstLoad, seen);
  for (let i = 0; i < firstLoad.length + later.length; i++) {
    const file = i < firstLoad.length ? firstLoad[i] : later[i - firstLoad.length];
    for (const [, path] of readFileSync(file, 'utf8').matchAll(DYNAMIC)) walk(join(dirname(file), path), later, seen);
  }
  const rel = (file) => relative(process.cwd(), file);
  return { firstLoad: firstLoad.map(rel), later: later.map(rel) };
}
