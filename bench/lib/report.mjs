// Turns the raw results into figures (each with its ratio to the best peer), checks the budgets
// of issue #8, and writes latest.json, latest.md and the README section between the markers.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const KB = 1024;
const PEERS = ['shoelace', 'material', 'webawesome', 'va'];
const COLUMNS = ['sm-compose', ...PEERS];

export const BUDGETS = {
  distGzipBytes: 25 * KB,
  firstRenderRatio: 0.7,
  keystrokeP95Ms: { 10000: 3, 100000: 16 },
};

const fmtKB = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const fmtMB = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
function fmtMs(ms) {
  if (ms === null || ms === undefined) return '—';
  if (ms < 0.1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(1)} ms`;
}
const fmtRatio = (r) => (r === null || r === undefined ? '' : `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`);
const n = (x) => x.toLocaleString('en');

/** A figure: `values` per column (null = not measured / not applicable), lower is better. */
function figure(id, label, format, values, notes = {}, extra = {}) {
  const peerValues = PEERS.map((p) => [p, values[p]]).filter(([, v]) => typeof v === 'number');
  const best = peerValues.reduce((a, b) => (b[1] < a[1] ? b : a), peerValues[0] ?? [null, null]);
  const ratios = {};
  for (const [col, v] of Object.entries(values)) ratios[col] = typeof v === 'number' && best[1] ? v / best[1] : null;
  return { id, label, format, values, ratios, bestPeer: best[0] ? { id: best[0], value: best[1] } : null, notes, ...extra };
}

/** Builds every figure from the raw results. */
export function figures(results) {
  const { bytes, firstRender, keystroke } = results;
  const pick = (fn) => Object.fromEntries(COLUMNS.map((c) => [c, fn(c)]));
  const list = [];
  for (const [key, what] of [
    ['min', 'minified'],
    ['gzip', 'gzip'],
    ['brotli', 'brotli'],
  ]) {
    list.push(figure(`bytes-${key}`, `First load, ${what} (JS before the first render + theme CSS)`, 'bytes', pick((c) => bytes[c].total[key])));
  }
  list.push(figure('bytes-later-gzip', '… loaded later, when needed (JS behind `import()`), gzip', 'bytes', pick((c) => bytes[c].later?.gzip ?? 0), {}, { info: true }));
  list.push(figure('bytes-css-gzip', '… of which theme CSS, gzip', 'bytes', pick((c) => (bytes[c].css ? bytes[c].css.gzip : 0)), {}, { info: true }));
  list.push(figure('first-render-median', 'First render, median', 'ms', pick((c) => firstRender[c]?.time?.median ?? null)));
  list.push(figure('first-render-p95', 'First render, p95', 'ms', pick((c) => firstRender[c]?.time?.p95 ?? null)));
  // In the JSON only: until the script's load event, which for Lit libraries already includes
  // their first render (it runs in microtasks of the module's evaluation), for Stencil not.
  list.push(figure('first-render-script', 'until the script load event, median', 'ms', pick((c) => firstRender[c]?.script?.median ?? null), {}, { hidden: true }));
  // The native textarea is the floor, shown beside the keystroke figures and never in a ratio.
  const native = (length, fn) => ({ baseline: fn(keystroke.native?.[length]) ?? null });
  for (const length of [10000, 100000]) {
    const note = { shoelace: 'no counter' };
    list.push(figure(`key-${length}-median`, `Keystroke → counter, ${n(length)} chars, median`, 'ms', pick((c) => keystroke[c]?.[length]?.dom?.median ?? null), note, native(length, (k) => k?.dom?.median)));
    list.push(figure(`key-${length}-p95`, `Keystroke → counter, ${n(length)} chars, p95`, 'ms', pick((c) => keystroke[c]?.[length]?.dom?.p95 ?? null), note, native(length, (k) => k?.dom?.p95)));
    list.push(figure(`key-own-${length}-p95`, `… of which the page's own work (input event → counter), ${n(length)} chars, p95`, 'ms', pick((c) => keystroke[c]?.[length]?.own?.p95 ?? null), note, native(length, (k) => k?.own?.p95)));
    list.push(figure(`key-layout-${length}-p95`, `… with style and layout, ${n(length)} chars, p95`, 'ms', pick((c) => keystroke[c]?.[length]?.layout?.p95 ?? null), note, native(length, (k) => k?.layout?.p95)));
  }
  list.push(figure('heap', 'JS heap after first render (after GC), median', 'heap', pick((c) => firstRender[c]?.heap?.median ?? null)));
  return list;
}

/** sm-compose only: other variants, each compared with the peers' figure of the same kind. */
function smOnlyRows(results, figs) {
  const best = (id) => figs.find((f) => f.id === id)?.bestPeer;
  const rows = [];
  const row = (label, value, format, bestOf) => {
    const b = bestOf ? best(bestOf) : null;
    rows.push({ label, value, format, ratio: b && typeof value === 'number' ? value / b.value : null, bestPeer: b });
  };
  const d = results.bytes['sm-compose-dist'];
  const first = `\`dist/sm-compose.bundle.js\` (Vite), first load (${(d.files ?? 1) === 1 ? 'one file' : `${d.files} files`})`;
  row(`${first}, minified`, d.min, 'bytes', 'bytes-min');
  row(`${first}, gzip`, d.gzip, 'bytes', 'bytes-gzip');
  row(`${first}, brotli`, d.brotli, 'bytes', 'bytes-brotli');
  if (d.later) row(`… and loaded later, when needed (${d.later.files} files in \`dist/sm-compose/\`), gzip`, d.later.gzip, 'bytes', null);
  const fr = results.firstRender;
  row('First render with `dist/sm-compose.bundle.js`, median', fr['sm-compose-dist']?.time?.median ?? null, 'ms', 'first-render-median');
  row('Floor: the same page loading an empty module (no element), median', fr.empty?.time?.median ?? null, 'ms', 'first-render-median');
  row('… loading `dist/sm-compose.bundle.js` with no element on the page, median', fr['sm-compose-dist-module']?.time?.median ?? null, 'ms', 'first-render-median');
  row('… with `<sm-compose>` rendered inside a `hidden` element (no style or layout), median', fr['sm-compose-dist-hidden']?.time?.median ?? null, 'ms', 'first-render-median');
  row('First render with a category chosen (textarea and counter shown), median', fr['sm-compose-chosen']?.time?.median ?? null, 'ms', 'first-render-median');
  row('First render with a category chosen, p95', fr['sm-compose-chosen']?.time?.p95 ?? null, 'ms', 'first-render-p95');
  for (const length of [10000, 100000]) {
    const es = results.keystroke['sm-compose-es'][length];
    row(`Keystroke → counter, ${n(length)} chars of Spanish text (not ASCII), median`, es.dom?.median ?? null, 'ms', `key-${length}-median`);
    row(`Keystroke → counter, ${n(length)} chars of Spanish text (not ASCII), p95`, es.dom?.p95 ?? null, 'ms', `key-${length}-p95`);
  }
  return rows;
}

function format(value, kind) {
  if (value === null || value === undefined) return '—';
  if (kind === 'bytes') return fmtKB(value);
  if (kind === 'heap') return fmtMB(value);
  return fmtMs(value);
}

/** The budgets of issue #8, with the figures they are judged on and, when missed, why. */
export function budgets(results, figs) {
  const get = (id) => figs.find((f) => f.id === id);
  const name = (id) => results.libraries.find((l) => l.id === id)?.name ?? id;
  const dist = results.bytes['sm-compose-dist'];
  const c = results.composition;
  const group = (re) => c.groups.filter((g) => re.test(g.group)).reduce((sum, g) => sum + g.bytes, 0);
  const out = [];

  const gzipBest = get('bytes-gzip').bestPeer;
  out.push({
    id: 'dist-gzip',
    budget: `\`dist/sm-compose.bundle.js\`, first load (what the first screen needs), ≤ ${fmtKB(BUDGETS.distGzipBytes)} gzip`,
    value: `${fmtKB(dist.gzip)} (${fmtRatio(dist.gzip / BUDGETS.distGzipBytes)} the budget); ${dist.later ? `${fmtKB(dist.later.gzip)} more loads later, when needed` : ''}`,
    pass: dist.gzip <= BUDGETS.distGzipBytes,
    why: [
      `the first load, minified: components ${fmtKB(group(/src\/components/))}, Lit ${fmtKB(group(/^lit /))}, strings ${fmtKB(group(/src\/i18n/))}, core ${fmtKB(group(/src\/core\//))}, controllers ${fmtKB(group(/src\/controllers/))}`,
      `the best peer's page (four components, no validation, one language) is ${fmtKB(gzipBest.value)} gzip (${name(gzipBest.id)})`,
    ].filter(Boolean).join('; '),
  });

  const fr = get('first-render-median');
  const chosen = results.firstRender['sm-compose-chosen'];
  const distRender = results.firstRender['sm-compose-dist']?.time?.median;
  const floor = results.firstRender.empty?.time?.median;
  const distRatio = typeof distRender === 'number' && fr.bestPeer ? distRender / fr.bestPeer.value : null;
  out.push({
    id: 'first-render',
    budget: `First render (median) of \`dist/sm-compose.bundle.js\` ≤ ${BUDGETS.firstRenderRatio}× the fastest peer`,
    value:
      distRatio !== null
        ? `${fmtMs(distRender)} = ${fmtRatio(distRatio)} ${name(fr.bestPeer.id)} (${fmtMs(fr.bestPeer.value)}); bundled by esbuild like the peers (${results.bytes['sm-compose'].files?.firstLoad ?? '?'} first-load files) ${fmtMs(fr.values['sm-compose'])} = ${fmtRatio(fr.ratios['sm-compose'])}`
        : '—',
    pass: distRatio === null ? null : distRatio <= BUDGETS.firstRenderRatio,
    why: [
      typeof floor === 'number' ? `a page that loads an empty module takes ${fmtMs(floor)} here (the floor every page pays: a fresh renderer, the request, the module); what is above it is the library's own` : null,
      typeof floor === 'number' && typeof results.firstRender['sm-compose-dist-module']?.time?.median === 'number' && typeof results.firstRender['sm-compose-dist-hidden']?.time?.median === 'number'
        ? (() => {
            const moduleOnly = results.firstRender['sm-compose-dist-module'].time.median;
            const hidden = results.firstRender['sm-compose-dist-hidden'].time.median;
            return `above the floor, about ${fmtMs(moduleOnly - floor)} is loading and running the module, ${fmtMs(hidden - moduleOnly)} rendering (Lit, the first screen's templates and stylesheets) and ${fmtMs(distRender - hidden)} style, layout and text of the first screen (medians of separate pages, so only roughly additive)`;
          })()
        : null,
      `the urgency rules, zod, the Spanish strings and the later steps load after the first render; what is left is Lit and the first screen (the rules, "who is this about?" and the category picker, ${results.firstRender['sm-compose-dist']?.height ? `${Math.round(results.firstRender['sm-compose-dist'].height)} px tall` : 'a whole step'}); with a category chosen (the prompts, textarea and counter too) ${chosen?.time ? fmtMs(chosen.time.median) : '—'}`,
      'esbuild gives our lean entry several first-load files (it moves the modules the later parts share into files of their own), each one more request before the first render; Vite\'s build keeps them in one',
      'the medians move by ±10% from run to run on this machine, more than the margin',
    ].filter(Boolean).join('; '),
  });

  for (const length of [10000, 100000]) {
    const p95Fig = get(`key-${length}-p95`);
    const p95 = p95Fig.values['sm-compose'];
    const median = get(`key-${length}-median`).values['sm-compose'];
    const es = results.keystroke['sm-compose-es']?.[length]?.dom;
    out.push({
      id: `keystroke-${length}`,
      budget: `Keystroke p95 ≤ ${BUDGETS.keystrokeP95Ms[length]} ms at ${n(length)} characters`,
      value: `${fmtMs(p95)} (median ${fmtMs(median)})`,
      pass: typeof p95 === 'number' ? p95 <= BUDGETS.keystrokeP95Ms[length] : null,
      why: [
        p95Fig.bestPeer ? `best peer p95 ${fmtMs(p95Fig.bestPeer.value)} (${name(p95Fig.bestPeer.id)})${typeof p95 === 'number' ? `, ratio ${fmtRatio(p95Fig.ratios['sm-compose'])}` : ''}` : null,
        typeof p95Fig.baseline === 'number'
          ? `a native textarea with a one-line counter and no library takes median ${fmtMs(get(`key-${length}-median`).baseline)}, p95 ${fmtMs(p95Fig.baseline)} here: most of the time is the browser inserting the character into a field this long, and the p95 is the machine's noise`
          : null,
        typeof get(`key-own-${length}-p95`)?.values['sm-compose'] === 'number'
          ? `sm-compose's own work, from the input event to the counter, is p95 ${fmtMs(get(`key-own-${length}-p95`).values['sm-compose'])} (the native page's ${fmtMs(get(`key-own-${length}-p95`).baseline)}); the rest is the browser inserting the character`
          : null,
        'each key re-renders `<sm-compose>` (it assembles the body and counts only what changed) and then `<sm-char-budget>`',
        es ? `in Spanish text (not ASCII, so \`Intl.Segmenter\` counts) p95 ${fmtMs(es.p95)}` : null,
      ].filter(Boolean).join('; '),
    });
  }
  return out;
}

/** The throttled-phone comparison (issue #14, item 5): split drop-in against the one-file script. */
export function phoneMarkdown(phone, { timeline = true } = {}) {
  const split = phone.builds.split;
  const one = phone.builds['one-file'];
  const c = phone.conditions;
  const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
  const cell = (s) => (s ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)}, n = ${s.n})` : '—');
  const ratio = (a, b) => (a && b ? fmtRatio(a.median / b.median) : '—');
  const kb = (bytes) => fmtKB(bytes);
  const rows = [
    ['First screen: navigation start → the rules and the category picker rendered', split.firstScreen, one.firstScreen],
    ['Tap the first field (writing starts) → "is this an emergency?" check open', split.tapToCheck, one.tapToCheck],
    ['Review as soon as the form is filled → the first urgency dialog open (the red flags while the screening loads, else the emergency question)', split.reviewToDialog.soon, one.reviewToDialog.soon],
    ['… → the emergency question naming the chest pain (after "None of these" where the red flags came first)', split.reviewToEmergency?.soon, one.reviewToEmergency?.soon],
    [`Review pressed ${c.reviewLateMs / 1000} s after the first screen → emergency dialog open`, split.reviewToDialog.late, one.reviewToDialog.late],
  ].map(([label, a, b]) => [label, cell(a), cell(b), ratio(a, b)]);
  const bytes = (b, key, requests) => (b.bytes[key] ? `${kb(b.bytes[key].median)} (${b.bytes[requests].median} requests)` : '—');
  rows.push(['Bytes transferred before the first screen (gzip, with headers; the page too)', bytes(split, 'firstScreen', 'requestsFirstScreen'), bytes(one, 'firstScreen', 'requestsFirstScreen'), ratio(split.bytes.firstScreen, one.bytes.firstScreen)]);
  rows.push(['Bytes transferred by the emergency dialog (step 3)', bytes(split, 'total', 'requestsTotal'), bytes(one, 'total', 'requestsTotal'), ratio(split.bytes.total, one.bytes.total)]);
  const lines = [];
  const net = c.network;
  lines.push(
    `Throttled phone (issue #14): the drop-in module bundle that loads the first screen at once and the rest with \`import()\` ("split": \`dist/sm-compose.bundle.js\` and \`dist/sm-compose/*.js\`) against the one-file classic script (\`dist/sm-compose.iife.js\`), on Chrome DevTools' "Slow 3G" (${net.latency} ms added to each request, ${n(net.downloadThroughput * 8 / 1000)} kbit/s down and up) with the CPU ${c.cpuSlowdown}× slower, a ${c.viewport.width}×${c.viewport.height} touch viewport, files sent gzip, empty cache (a fresh context each run). Measured ${phone.date.slice(0, 10)}, Chromium ${phone.chromium ?? '?'}${phone.loadAverage ? `, load average ${phone.loadAverage.start[0]} at the start and ${phone.loadAverage.end[0]} at the end (the one-file figures, mostly CPU, move with the load of this shared machine)` : ''}; median (min–max); ${phone.plan.rounds} rounds of each build and flow, interleaved${phone.plan.warmup ? `, after ${phone.plan.warmup} warm-up round` : ''}; first screen and tap → check from both flows.`,
  );
  lines.push('');
  lines.push(table(['Step', 'split drop-in', 'one-file classic script', 'split / one-file'], rows));
  lines.push('');
  const med = (x, fmt = ms) => (x ? fmt(x.median) : '—');
  const sec = (x) => `${(x / 1000).toFixed(1)} s`;
  lines.push(
    `Each timed step runs from the tap (the click event's \`timeStamp\`, so a wait for a busy main thread counts) to the urgency dialog's \`<dialog>\` open and laid out. Medians, split (one-file): the first field was tapped ${med(split.tapAfterFirstScreen)} (${med(one.tapAfterFirstScreen)}) after the first screen; where Review asked the red flags first (the split build, while the screening was still loading), the bench answered "None of these" as soon as they showed, and the emergency-question row counts from Review to that question, the tap included; in the last Review row Review was pressed ${med(split.lateReviewAfterFirstScreen, sec)} (${med(one.lateReviewAfterFirstScreen, sec)}) after it (later than ${sec(c.reviewLateMs)} only if the form was not ready by then); the click events waited ${med(split.tapQueued)} (${med(one.tapQueued)}) for the main thread, at most ${split.tapQueued ? ms(split.tapQueued.max) : '—'} (${one.tapQueued ? ms(one.tapQueued.max) : '—'}).`,
  );
  lines.push('');
  const t = timeline ? phone.timelines?.['split:soon'] : null;
  if (t) {
    const events = [
      ...Object.entries(t.marks).map(([name, at]) => ({ at, row: [`**${markLabel(name)}**`, ms(at), '', ''] })),
      ...t.resources.map((r) => ({ at: r.start, row: [`\`${r.path}\``, ms(r.start), ms(r.end), r.bytes === null ? '—' : kb(r.bytes)] })),
    ].sort((a, b) => a.at - b.at);
    lines.push('What the split drop-in loaded, and when, in its last "as soon as possible" run (ms from navigation start; a request starts when the page asks for it and ends when its last byte arrived):');
    lines.push('');
    lines.push(table(['File or moment', 'asked for / at', 'loaded', 'bytes'], events.map((e) => e.row)));
    lines.push('');
  }
  return lines.join('\n');
}

function markLabel(name) {
  const [step, what] = name.split(':');
  if (name === 'firstScreen') return 'first screen';
  return `${step} (${what === 'tap' ? 'tap' : 'answered'})`;
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function costTable(cost, where) {
  if (cost.error) return `(${where}: failed: ${cost.error})`;
  const rows = [];
  for (const name of ['assessUrgency', 'countCharacters']) {
    for (const lang of ['en', 'es']) {
      const byLength = cost[name][lang];
      rows.push([
        `\`${name}\`, ${lang === 'en' ? 'English (ASCII)' : 'Spanish (not ASCII)'}`,
        ...[10000, 100000].map((length) => {
          const s = byLength[length];
          return s.n === 1 ? `${fmtMs(s.median)} (one call)` : `${fmtMs(s.median)} (p95 ${fmtMs(s.p95)})`;
        }),
      ]);
    }
  }
  return table([where, '10,000 chars: median (p95)', '100,000 chars: median (p95)'], rows);
}

export function markdown(results, { phoneTimeline = true } = {}) {
  const figs = figures(results);
  const names = Object.fromEntries(results.libraries.map((l) => [l.id, l.name]));
  const versions = Object.fromEntries(results.libraries.map((l) => [l.id, l.version]));
  const m = results.machine;
  const date = results.date.slice(0, 10);
  const lines = [];
  lines.push(`Measured ${date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Chromium ${m.chromium} (headless), Node ${m.node}; the whole run took ${Math.round(results.durationSeconds / 6) / 10} min. Each cell: the figure and its ratio to the best peer (lower is better for all). Only ratios from one run compare: these machines are noisy (load average ${m.loadAverageAtStart?.[0] ?? '?'} at the start, ${m.loadAverage?.[0] ?? '?'} at the end, on ${m.cores} cores).`);
  lines.push('');
  const header = ['Figure', ...COLUMNS.map((c) => `${names[c]} ${versions[c]}`), 'best peer', 'reference: native textarea'];
  lines.push(
    table(
      header,
      figs.filter((f) => !f.hidden).map((f) => [
        f.label,
        ...COLUMNS.map((c) => {
          const v = f.values[c];
          if (v === null || v === undefined) return f.notes[c] ?? '—';
          return `${format(v, f.format)}${f.info ? '' : ` (${fmtRatio(f.ratios[c])})`}`;
        }),
        f.info || !f.bestPeer ? '' : names[f.bestPeer.id],
        typeof f.baseline === 'number' ? format(f.baseline, f.format) : '',
      ]),
    ),
  );
  lines.push('');
  lines.push('sm-compose only (ratio to the best peer on the matching figure above):');
  lines.push('');
  lines.push(table(['Figure', 'sm-compose', 'ratio to best peer'], smOnlyRows(results, figs).map((r) => [r.label, format(r.value, r.format), r.bestPeer && typeof r.ratio === 'number' ? `${fmtRatio(r.ratio)} ${names[r.bestPeer.id]}` : '—'])));
  lines.push('');
  lines.push('Cost of the core functions on realistic message text (a patient message repeated; the Spanish one has accents, so `countCharacters` takes the `Intl.Segmenter` path):');
  lines.push('');
  lines.push(costTable(results.cost.browser, 'In Chromium (from the page bundle)'));
  lines.push('');
  lines.push(costTable(results.cost.node, `In Node ${m.node} (\`dist/core.js\`)`));
  lines.push('');
  if (results.paste && Object.keys(results.paste).length) {
    lines.push('Pasting 100,000 characters into the empty message of `<sm-compose>` (issue #5: no long task over 50 ms from counting; fresh page each run). The paste itself (Playwright `insertText`) includes the browser inserting and laying out the text, which a plain textarea pays too (reference row); the last column is the page’s own work:');
    lines.push('');
    lines.push(
      table(
        ['Text', 'paste → counter updated, median (max)', 'longest task during the paste, median (max)', 'the page’s own work (value set by script + input event → counter), median (max)'],
        Object.entries(results.paste).map(([lang, r]) => [
          lang === 'es' ? 'Spanish (not ASCII)' : lang === 'native' ? 'reference: native textarea, English' : 'English (ASCII)',
          `${fmtMs(r.counter.median)} (${fmtMs(r.counter.max)})`,
          r.longestTask.max === 0 ? 'none over 50 ms' : `${fmtMs(r.longestTask.median)} (${fmtMs(r.longestTask.max)})`,
          r.scripted ? `${fmtMs(r.scripted.median)} (${fmtMs(r.scripted.max)})` : '—',
        ]),
      ),
    );
    lines.push('');
  }

  const bud = budgets(results, figs);
  lines.push('Budgets (issue #8):');
  lines.push('');
  lines.push(table(['Budget', 'Measured', '', 'Why'], bud.map((b) => [b.budget, b.value, b.pass === null ? 'not measured' : b.pass ? 'met' : '**missed**', b.pass ? '' : b.why])));
  lines.push('');
  if (results.phone?.builds) {
    lines.push(phoneMarkdown(results.phone, { timeline: phoneTimeline }));
    lines.push('');
  }
  const c = results.composition;
  const parts = (groups) => table(['Part', 'Minified', 'Share'], groups.filter((g) => g.bytes > 0).map((g) => [g.group, fmtKB(g.bytes), `${(g.share * 100).toFixed(0)}%`]));
  lines.push(`What the first load is made of (esbuild metafile of \`${c.entry}\`, the drop-in bundle's entry, bundled like the pages: ${fmtKB(c.sizes.min)} minified, ${fmtKB(c.sizes.gzip)} gzip):`);
  lines.push('');
  lines.push(parts(c.groups));
  lines.push('');
  if (c.laterGroups) {
    lines.push(`What loads later, when needed (${fmtKB(c.laterSizes.min)} minified, ${fmtKB(c.laterSizes.gzip)} gzip):`);
    lines.push('');
    lines.push(parts(c.laterGroups));
    lines.push('');
  }
  return { text: lines.join('\n'), figs, budgets: bud };
}

function methodText() {
  return `How it is measured (\`bench/run.mjs\`, details in \`bench/README.md\`):
- Every page (ours and the peers') is bundled by esbuild the same way: minified ESM, every dependency inlined, code behind \`import()\` split into files of its own; peers import only a select, a textarea (with its counter where there is one), a dialog and a button, plus the theme CSS they require. Ours imports \`dist/elements.js\` (the lean entry, as the drop-in bundle: the first screen at once; the urgency rules, zod, Spanish and the later steps when needed). "First load" is what a page fetches before its first render: the entry and the files it imports statically, plus the theme CSS. The real \`dist/sm-compose.bundle.js\` (Vite) is measured too. Sizes: gzip level 9 and brotli quality 11, file by file.
- First render: from the inline script that adds the bundle to the page until every custom element (through the shadow roots) is defined and rendered (Lit's \`updateComplete\`; for the VA components Stencil's \`componentDidLoad\`) and layout is done; each run in a fresh browser context, pages interleaved. \`<sm-compose>\` first shows the rules and the category picker.
- Keystroke → counter: the field is prefilled (\`prefill({ category: 'other', answers: { topic: 'x' }, message: 'a'.repeat(N) })\` for ours, \`value\` for the peers), the key is typed with Playwright's \`keyboard.press\`; time from the \`keydown\` (capture listener) to the visible counter text changing (MutationObserver in the page); "with style and layout" adds a forced layout. 10 warm-up keys, then 200 measured; one frame between keys (so sm-compose's debounced urgency screening, 800 ms, never runs: its cost is the \`assessUrgency\` figure). All counters have a ${(200000).toLocaleString('en')}-character limit. sm-compose counts grapheme clusters of the assembled body, the peers UTF-16 code units of the field; the VA components (Stencil) update on the next animation frame, so their figure includes that wait. The reference column is a native \`<textarea>\` with a one-line counter and no library, measured the same way.
- JS heap: CDP \`HeapProfiler.collectGarbage\` then \`Runtime.getHeapUsage\`, after the first render.
- Throttled phone (\`node bench/run.mjs --phone\` runs only this part): the two drop-in builds from \`npm run build\`, each page loading one of them, on CDP \`Network.emulateNetworkConditions\` with DevTools' "Slow 3G" values and \`Emulation.setCPUThrottlingRate\` 4, in a 390×844 touch viewport, fresh context each run, files sent gzip by the bench's server. The patient's steps (the category tap, "No, continue", "Myself", the required answer, a subject, the chest-pain message, Review) are in \`bench/lib/phone-steps.mjs\`; taps are touch taps (Playwright \`touchscreen.tap\`), text is inserted as the keyboard does. Bytes are CDP \`Network.loadingFinished\` \`encodedDataLength\` (gzip body and headers) of the files that had finished loading by then.`;
}

/** Writes latest.json, latest.md and (if asked) the README section. */
export function writeReport(results, { root, outDir, readme }) {
  mkdirSync(outDir, { recursive: true });
  const { text, figs, budgets: bud } = markdown(results);
  const json = { ...results, figures: figs, budgets: bud };
  const base = results.quick ? 'quick' : 'latest';
  writeFileSync(join(outDir, `${base}.json`), JSON.stringify(json, null, 2) + '\n');
  const problems = results.problems.length ? `\nProblems seen during the run:\n${results.problems.map((p) => `- ${p}`).join('\n')}\n` : '';
  const buildNote = results.build.ok ? '' : `\nThe build reported: ${results.build.messages.map((m) => `\`${m}\``).join('; ')}\n`;
  const md = `# Benchmark: sm-compose and its peers\n\nWritten by \`npm run bench\` (issue #8). Raw numbers: \`${base}.json\`.\n\n${text}\n${methodText()}\n${buildNote}${problems}`;
  writeFileSync(join(outDir, `${base}.md`), md);
  if (readme) {
    const path = join(root, 'README.md');
    const current = readFileSync(path, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    const a = current.indexOf(start);
    const b = current.indexOf(end);
    if (a < 0 || b < a) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> section');
    // The README leaves out the phone comparison's timeline (it is in latest.md).
    const section = `${start}\n${readmeSection(results, markdown(results, { phoneTimeline: false }).text)}\n${end}`;
    writeFileSync(path, current.slice(0, a) + section + current.slice(b + end.length));
  }
  return { figs, budgets: bud };
}

/** Whether the phone comparison was measured after the rest (`--phone`), so not in its duration. */
function phoneAddedLater(results) {
  return Boolean(results.phone?.durationSeconds && results.phone.date > results.date);
}

/** The README section: the run, how to run it, and the latest table. */
function readmeSection(results, text) {
  return `\`npm run bench\` builds the library, installs the peer libraries into \`bench/peers/\` (their own package, never the root one), bundles \`<sm-compose>\` and pages built from Shoelace, Material Web, Web Awesome and the VA web components the same way with esbuild, and measures them in the same run in headless Chromium (\`CHROME_PATH\`, else \`/usr/bin/chromium\`); it takes about ${Math.ceil(results.durationSeconds / 60)} minutes on 2 cores${phoneAddedLater(results) ? ` plus about ${Math.ceil(results.phone.durationSeconds / 60)} minutes for the throttled phone,` : ''} and writes \`bench/results/latest.md\` and \`latest.json\` and this section. It also compares the split drop-in with the one-file classic script on a throttled phone (\`node bench/run.mjs --phone\` runs only that part). \`node bench/run.mjs --quick\` tries the bench with few iterations and writes nothing here.

${text}
${methodText()}`;
}
