// The cost of `assessUrgency` and `countCharacters` in Node, from the built `dist/core.js`
// (what `sm-compose/core` ships). Prints JSON: { [fn]: { [lang]: { [length]: summary } } }.
// Run by bench/run.mjs; alone: `node bench/core-cost.mjs` after `npm run build`.
import { performance } from 'node:perf_hooks';
import { assessUrgency, countCharacters } from '../dist/core.js';
import { realisticText } from './lib/texts.mjs';
import { summary, timeCalls } from './lib/stats.mjs';

export const COST_LENGTHS = [10_000, 100_000];
export const COST_LANGS = ['en', 'es'];

export function measureCore(fns, now) {
  const results = {};
  for (const [name, fn] of Object.entries(fns)) {
    results[name] = {};
    for (const lang of COST_LANGS) {
      results[name][lang] = {};
      for (const length of COST_LENGTHS) {
        // Each call gets a different string (one changed character at the start), as typing would.
        const base = realisticText(length, lang);
        const variants = Array.from({ length: 16 }, (_, k) => String.fromCharCode(65 + k) + base.slice(1));
        // One probe first: a call that takes seconds (Intl.Segmenter on long non-ASCII text in
        // older V8, e.g. Node 20) is reported from that call alone.
        const start = now();
        fn(variants[15]);
        const probe = now() - start;
        if (probe > 500) {
          results[name][lang][length] = { ...summary([probe]), batch: 1, note: 'one call (slow)' };
          continue;
        }
        const { batch, perCallMs } = timeCalls(now, (i) => fn(variants[i % variants.length]), { samples: 30 });
        results[name][lang][length] = { ...summary(perCallMs), batch };
      }
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = measureCore({ assessUrgency, countCharacters }, () => performance.now());
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}
