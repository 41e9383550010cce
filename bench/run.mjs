#!/usr/bin/env node
// `npm run bench`: builds the library, bundles sm-compose and the peer pages (Shoelace, Material
// Web, Web Awesome, the VA web components) the same way with esbuild, measures them in the same
// run in headless Debian Chromium, and writes bench/results/latest.{json,md} and the README's
// "Performance and size" section. See bench/README.md for the method.
//
// Options: --quick (few iterations, for trying the bench itself; results are not written),
// --no-build (use dist/ as it is), --no-readme (leave README.md alone), --report-only (rewrite
// latest.md and the README section from latest.json), --phone (only the throttled-phone
// comparison of the two drop-in builds; merged into latest.json, or with --quick written to
// node_modules/.cache/sm-compose-bench/phone-quick.{json,md}).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath, missingChromeMessage } from '../scripts/chrome-path.mjs';
import { bundleFiles } from '../scripts/bundle-files.mjs';
import { bundleLibrary, compositionOfSmCompose, sizes } from './lib/bundle.mjs';
import { BASELINE, LIBRARIES, LIMIT } from './lib/libs.mjs';
import { blankHtml, pageHtml } from './lib/page.mjs';
import { serve } from './lib/server.mjs';
import { summary, timeCalls } from './lib/stats.mjs';
import { realisticText } from './lib/texts.mjs';
import { phoneMarkdown, writeReport } from './lib/report.mjs';
import { phoneComparison, writePhonePages } from './lib/phone.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
// Built pages go where neither git, ESLint nor tsc look.
const OUT = join(ROOT, 'node_modules/.cache/sm-compose-bench');
const PEERS = join(ROOT, 'bench/peers');
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const PHONE_ONLY = args.has('--phone');

/** How much is measured. The minimums of issue #8: 20 fresh contexts, 200 keystrokes. */
const PLAN = QUICK
  ? { renderRounds: 3, extraRenderRounds: 2, renderWarmup: 1, keys: 20, keyWarmup: 5, costSamples: 5, phoneRounds: 2, phoneWarmup: 0 }
  : { renderRounds: 20, extraRenderRounds: 10, renderWarmup: 1, keys: 200, keyWarmup: 10, costSamples: 30, phoneRounds: 5, phoneWarmup: 0 };
const KEY_LENGTHS = [10_000, 100_000];
const COST_LENGTHS = [10_000, 100_000];
const COST_LANGS = ['en', 'es'];

const started = performance.now();
const loadAverageAtStart = loadavg().map((x) => Math.round(x * 10) / 10);
const log = (message) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, encoding: 'utf8', ...options });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

// --- 1. Build the library --------------------------------------------------------------------

function buildLibrary() {
  if (args.has('--no-build')) {
    if (!existsSync(join(ROOT, 'dist/sm-compose.bundle.js'))) throw new Error('--no-build, but dist/ has no bundle: run `npm run build` first.');
    return { ran: false, ok: true, messages: [] };
  }
  log('npm run build');
  const before = Date.now();
  const { status, output } = run('npm', ['run', 'build', '--silent']);
  const messages = output.split('\n').filter((line) => /^(dist\/sm-compose|✖|⚠)/.test(line.trim()));
  const fresh = (file) => existsSync(join(ROOT, file)) && statSync(join(ROOT, file)).mtimeMs >= before - 1000;
  // The build checks the bundle's size last, after every file is written: a size failure still
  // leaves a complete dist/ to measure (and is reported); any other failure stops the bench.
  if (status !== 0 && !(fresh('dist/sm-compose.bundle.js') && fresh('dist/index.js') && fresh('dist/core.js') && messages.some((m) => m.startsWith('✖')))) {
    console.error(output);
    throw new Error('npm run build failed (see above); nothing measured.');
  }
  for (const message of messages) log(`  ${message}`);
  return { ran: true, ok: status === 0, messages };
}

// --- 2. The peers, in their own package ----------------------------------------------------------

function installPeers() {
  const wanted = JSON.parse(readFileSync(join(PEERS, 'package.json'), 'utf8')).dependencies;
  const installed = Object.entries(wanted).every(([name, version]) => {
    const file = join(PEERS, 'node_modules', name, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
  });
  if (!installed) {
    const ci = existsSync(join(PEERS, 'package-lock.json'));
    log(`${ci ? 'npm ci' : 'npm install'} --prefix bench/peers`);
    // The peers' own .npmrc (legacy-peer-deps) applies: run npm from that folder.
    const { status, output } = run('npm', [ci ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: PEERS });
    if (status !== 0) {
      console.error(output);
      throw new Error('Installing the peer libraries failed.');
    }
  }
  const versions = {};
  for (const name of Object.keys(wanted)) versions[name] = JSON.parse(readFileSync(join(PEERS, 'node_modules', name, 'package.json'), 'utf8')).version;
  return versions;
}

// --- 3. Bundles and pages ----------------------------------------------------------------------

async function bundleAll() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const bundles = {};
  for (const lib of LIBRARIES) {
    bundles[lib.id] = await bundleLibrary(lib, ROOT, OUT);
    writeFileSync(join(OUT, `${lib.id}.html`), pageHtml({ title: lib.name, markup: lib.markup, script: `./${lib.id}.js`, css: lib.css ? `./${lib.id}.css` : undefined }));
  }
  await bundleLibrary(BASELINE, ROOT, OUT);
  writeFileSync(join(OUT, `${BASELINE.id}.html`), pageHtml({ title: BASELINE.name, markup: BASELINE.markup, script: `./${BASELINE.id}.js` }));
  // The core functions for the cost figures, in a bundle of their own (no page loads it first).
  await bundleLibrary({ id: 'sm-compose-core', entry: 'bench/pages/sm-compose-core.entry.js' }, ROOT, OUT);
  // The floor: the same page loading an empty module.
  await bundleLibrary({ id: 'empty', entry: 'bench/pages/empty.entry.js' }, ROOT, OUT);
  writeFileSync(join(OUT, 'empty.html'), pageHtml({ title: 'an empty module', markup: '', script: './empty.js' }));
  const sm = LIBRARIES.find((lib) => lib.id === 'sm-compose');
  // sm-compose with a category chosen before the first render: the textarea and counter show.
  writeFileSync(
    join(OUT, 'sm-compose-chosen.html'),
    pageHtml({
      title: 'sm-compose, category chosen',
      markup: sm.markup,
      script: './sm-compose.js',
      setup: `async () => document.querySelector('sm-compose').prefill({ category: 'other', answers: { topic: 'x' } })`,
    }),
  );
  // The real drop-in file, built by Vite.
  writeFileSync(join(OUT, 'sm-compose-dist.html'), pageHtml({ title: 'sm-compose, dist bundle', markup: sm.markup, script: '/dist/sm-compose.bundle.js' }));
  // Where its first render goes: the module alone (no element), then rendered but not laid out.
  writeFileSync(join(OUT, 'sm-compose-dist-module.html'), pageHtml({ title: 'sm-compose, dist bundle, no element', markup: '', script: '/dist/sm-compose.bundle.js' }));
  writeFileSync(join(OUT, 'sm-compose-dist-hidden.html'), pageHtml({ title: 'sm-compose, dist bundle, not displayed', markup: `<div hidden>${sm.markup}</div>`, script: '/dist/sm-compose.bundle.js' }));
  writeFileSync(join(OUT, 'blank.html'), blankHtml());
  // The real drop-in files: the first load (the entry and the file it imports) and the rest.
  const { firstLoad, later } = bundleFiles(join(ROOT, 'dist/sm-compose.bundle.js'));
  const read = (files) => files.map((file) => readFileSync(resolve(ROOT, file)));
  const dist = { ...sizes(...read(firstLoad)), files: firstLoad.length, later: { ...sizes(...read(later)), files: later.length } };
  return { bundles, dist };
}

// --- 4. Browser measurements ---------------------------------------------------------------------

async function heapUsed(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

function watchRequests(page, server, problems) {
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) problems.add(`request outside the local server: ${request.url()}`);
  });
  page.on('requestfailed', (request) => problems.add(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('pageerror', (error) => problems.add(`page error: ${error.message}`));
}

/** First render in fresh browser contexts, the pages interleaved round by round. */
async function firstRenders(browser, server, problems) {
  const variants = [
    ...LIBRARIES.map((lib) => ({ id: lib.id, path: `/${lib.id}.html`, rounds: PLAN.renderRounds })),
    // sm-compose-only variants and the empty page's heap, in fewer rounds (time).
    { id: 'sm-compose-chosen', path: '/sm-compose-chosen.html', rounds: PLAN.extraRenderRounds },
    // The budget is judged on the real drop-in file: as many runs as the peers.
    { id: 'sm-compose-dist', path: '/sm-compose-dist.html', rounds: PLAN.renderRounds },
    { id: 'sm-compose-dist-module', path: '/sm-compose-dist-module.html', rounds: PLAN.extraRenderRounds },
    { id: 'sm-compose-dist-hidden', path: '/sm-compose-dist-hidden.html', rounds: PLAN.extraRenderRounds },
    { id: 'empty', path: '/empty.html', rounds: PLAN.extraRenderRounds },
    { id: 'blank', path: '/blank.html', blank: true, rounds: 3 },
  ];
  const results = Object.fromEntries(variants.map((v) => [v.id, { ms: [], scriptMs: [], heap: [], height: null, elements: null, undefinedTags: [] }]));
  const rounds = PLAN.renderWarmup + PLAN.renderRounds;
  for (let round = 0; round < rounds; round++) {
    // A different order each round, so no page always goes first.
    const order = variants.map((v, i) => variants[(i + round) % variants.length]);
    for (const variant of order) {
      if (round >= PLAN.renderWarmup + variant.rounds) continue;
      const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
      let outcome;
      let heap;
      try {
        const page = await context.newPage();
        watchRequests(page, server, problems);
        await page.goto(server.url + variant.path, { waitUntil: 'domcontentloaded' });
        outcome = variant.blank ? null : await page.evaluate(() => window.__bench.ready);
        heap = await heapUsed(context, page);
      } catch (error) {
        problems.add(`first render of ${variant.id}: ${String(error.message ?? error).split('\n')[0]}`);
        continue;
      } finally {
        await context.close();
      }
      if (round < PLAN.renderWarmup) continue;
      const r = results[variant.id];
      r.heap.push(heap);
      if (outcome) {
        r.ms.push(outcome.ms);
        r.scriptMs.push(outcome.scriptMs);
        r.height = outcome.height;
        r.elements = outcome.elements;
        r.undefinedTags = outcome.undefinedTags;
      }
    }
    log(`first render: round ${round + 1}/${rounds}`);
  }
  return Object.fromEntries(
    Object.entries(results).map(([id, r]) => [id, { time: r.ms.length ? summary(r.ms) : null, script: r.scriptMs.length ? summary(r.scriptMs) : null, heap: summary(r.heap), height: r.height, elements: r.elements, undefinedTags: r.undefinedTags }]),
  );
}

/**
 * The in-page keystroke probe: keydown (capture) → the visible counter's text changes; and the
 * page's own part of it, from the input event (capture, before any library sees it) to the
 * counter, which leaves out the browser inserting the character into the field.
 */
function installKeyProbe({ counterRoot, counterText }) {
  const root = new Function(`return (${counterRoot})`)()();
  const read = (fn => () => fn(root))(new Function(`return (${counterText})`)());
  let last = read();
  // The latest keystroke: set at keydown, completed by the observer when the counter changes
  // (at once for Lit, on the next animation frame for Stencil), read by take().
  let current = null;
  addEventListener(
    'keydown',
    () => {
      let resolve;
      const done = new Promise((r) => (resolve = r));
      current = { t0: performance.now(), done, resolve, taken: false };
    },
    true,
  );
  addEventListener(
    'input',
    () => {
      if (current && current.tInput === undefined) current.tInput = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    const key = current;
    if (!key || key.dom !== undefined) return;
    const text = read();
    if (text === last) return;
    key.dom = performance.now() - key.t0;
    key.own = key.tInput === undefined ? undefined : performance.now() - key.tInput;
    // Style and layout of the updated page.
    (root.host ?? root).getBoundingClientRect();
    key.layout = performance.now() - key.t0;
    last = text;
    key.resolve();
  }).observe(root, { subtree: true, childList: true, characterData: true });
  window.__keys = {
    text: read,
    async take() {
      const key = current;
      if (!key || key.taken) return { error: 'no keydown seen' };
      key.taken = true;
      const timedOut = await Promise.race([key.done.then(() => false), new Promise((r) => setTimeout(() => r(true), 3000))]);
      // Let the frame render before the next key.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return timedOut ? { error: 'the counter did not change within 3 s' } : { dom: key.dom, layout: key.layout, own: key.own };
    },
  };
  return read();
}

async function keystrokes(browser, server, lib, length, textKind, problems) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  watchRequests(page, server, problems);
  await page.goto(`${server.url}/${lib.id}.html`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.__bench.ready);
  const text = textKind === 'es' ? realisticText(length, 'es') : 'a'.repeat(length);
  await page.evaluate(
    async ({ prefill, textarea, text }) => {
      await new Function(`return (${prefill})`)()(text);
      const field = new Function(`return (${textarea})`)()();
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    },
    { prefill: lib.prefill, textarea: lib.textarea, text },
  );
  const initial = await page.evaluate(installKeyProbe, { counterRoot: lib.counterRoot, counterText: lib.counterText });
  const dom = [];
  const layout = [];
  const own = [];
  const errors = new Map();
  for (let i = 0; i < PLAN.keyWarmup + PLAN.keys; i++) {
    await page.keyboard.press('a');
    const r = await page.evaluate(() => window.__keys.take());
    if (r.error) errors.set(r.error, (errors.get(r.error) ?? 0) + 1);
    if (r.error && process.env.BENCH_DEBUG) console.log(i, r, await page.evaluate(() => window.__keys.text()));
    else if (i >= PLAN.keyWarmup) {
      dom.push(r.dom);
      layout.push(r.layout);
      if (typeof r.own === 'number') own.push(r.own);
    }
  }
  const final = await page.evaluate(({ textarea }) => ({ counter: window.__keys.text(), length: new Function(`return (${textarea})`)()().value.length }), { textarea: lib.textarea });
  await context.close();
  const typed = PLAN.keyWarmup + PLAN.keys;
  if (final.length !== length + typed) problems.add(`${lib.id} ${length}: the field has ${final.length} code units, expected ${length + typed}`);
  for (const [error, count] of errors) problems.add(`${lib.id} ${length} ${textKind}: ${count}× ${error}`);
  return { dom: dom.length ? summary(dom) : null, layout: layout.length ? summary(layout) : null, own: own.length ? summary(own) : null, counterBefore: initial, counterAfter: final.counter, fieldLength: final.length };
}

/**
 * A paste of `length` characters into sm-compose's empty message (issue #5): time from the
 * paste to the counter showing the new count, and the longest task (PerformanceObserver
 * 'longtask', ≥ 50 ms) while it happens. Fresh context per run.
 */
async function pastes(browser, server, lib, length, lang, runs) {
  const times = [];
  const longest = [];
  const scripted = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/${lib.id}.html`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => window.__bench.ready);
    await page.evaluate(
      async ({ prefill, textarea }) => {
        await new Function(`return (${prefill})`)()('');
        new Function(`return (${textarea})`)()().focus();
        window.__longTasks = [];
        new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      },
      { prefill: lib.prefill, textarea: lib.textarea },
    );
    const text = lang === 'es' ? realisticText(length, 'es') : realisticText(length, 'en');
    const waitForCounter = page.evaluate(
      ({ counterRoot, counterText }) =>
        new Promise((resolve) => {
          const root = new Function(`return (${counterRoot})`)()();
          const read = new Function(`return (${counterText})`)();
          const before = read(root);
          const t0 = performance.now();
          window.__pasteStart = t0;
          new MutationObserver((_, observer) => {
            if (read(root) === before) return;
            observer.disconnect();
            resolve(performance.now() - window.__pasteStart);
          }).observe(root, { subtree: true, childList: true, characterData: true });
        }),
      { counterRoot: lib.counterRoot, counterText: lib.counterText },
    );
    await page.evaluate(() => (window.__pasteStart = performance.now()));
    await page.keyboard.insertText(text);
    times.push(await waitForCounter);
    await page.waitForTimeout(300);
    longest.push(await page.evaluate(() => Math.max(0, ...window.__longTasks)));
    // The same text again without the browser's text insertion: the value is set by script and
    // an input event sent, so only the page's own work (counting, rendering) is timed.
    scripted.push(
      await page.evaluate(
        ({ textarea, counterRoot, counterText, text }) =>
          new Promise((resolve) => {
            const field = new Function(`return (${textarea})`)()();
            const root = new Function(`return (${counterRoot})`)()();
            const read = new Function(`return (${counterText})`)();
            field.value = '';
            field.dispatchEvent(new Event('input', { bubbles: true }));
            requestAnimationFrame(() =>
              setTimeout(() => {
                const before = read(root);
                const t0 = performance.now();
                new MutationObserver((_, observer) => {
                  if (read(root) === before) return;
                  observer.disconnect();
                  resolve(performance.now() - t0);
                }).observe(root, { subtree: true, childList: true, characterData: true });
                field.value = text;
                field.dispatchEvent(new Event('input', { bubbles: true }));
              }, 0),
            );
          }),
        { textarea: lib.textarea, counterRoot: lib.counterRoot, counterText: lib.counterText, text },
      ),
    );
    await context.close();
  }
  return { counter: summary(times), longestTask: summary(longest), scripted: summary(scripted) };
}

/** assessUrgency and countCharacters, imported from the core bundle into sm-compose's page. */
async function costInBrowser(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/sm-compose.html`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.__bench.ready);
  const texts = {};
  for (const lang of COST_LANGS) for (const length of COST_LENGTHS) texts[`${lang}:${length}`] = realisticText(length, lang);
  const results = await page.evaluate(
    async ({ texts, timeCallsSource, samples }) => {
      const sm = await import('/sm-compose-core.js');
      const timeCalls = new Function(`return (${timeCallsSource})`)();
      const now = () => performance.now();
      const out = {};
      for (const name of ['assessUrgency', 'countCharacters']) {
        out[name] = {};
        for (const [key, base] of Object.entries(texts)) {
          const [lang, length] = key.split(':');
          const variants = Array.from({ length: 16 }, (_, k) => String.fromCharCode(65 + k) + base.slice(1));
          const { batch, perCallMs } = timeCalls(now, (i) => sm[name](variants[i % variants.length]), { samples });
          (out[name][lang] ??= {})[length] = { batch, perCallMs };
        }
      }
      return out;
    },
    { texts, timeCallsSource: timeCalls.toString(), samples: PLAN.costSamples },
  );
  await context.close();
  for (const byLang of Object.values(results)) for (const byLength of Object.values(byLang)) for (const [length, r] of Object.entries(byLength)) byLength[length] = { ...summary(r.perCallMs), batch: r.batch };
  return results;
}

function costInNode() {
  const { status, output } = run(process.execPath, ['bench/core-cost.mjs']);
  if (status !== 0) return { error: output.split('\n').find((line) => /Error/.test(line)) ?? output.split('\n')[0] };
  return JSON.parse(output);
}

/**
 * The throttled-phone comparison, on a server of its own that sends gzip (as a portal's would):
 * the split drop-in against the one-file classic script (bench/lib/phone.mjs).
 */
async function phone(browser, problems) {
  const dir = join(OUT, 'phone');
  writePhonePages(dir);
  const server = await serve({ '/': dir, '/dist/': join(ROOT, 'dist') }, { gzip: true });
  const load = () => loadavg().map((x) => Math.round(x * 10) / 10);
  const loadAtStart = load();
  const startedAt = performance.now();
  try {
    log(`throttled phone: ${PLAN.phoneRounds} rounds${PLAN.phoneWarmup ? ` (+${PLAN.phoneWarmup} warm-up)` : ''} of 2 builds × 2 flows, fresh context each`);
    const result = await phoneComparison(browser, server, { rounds: PLAN.phoneRounds, warmup: PLAN.phoneWarmup, log }, problems);
    for (const [id, b] of Object.entries(result.builds)) {
      log(`phone ${id}: first screen ${b.firstScreen?.median.toFixed(0)} ms, tap → check ${b.tapToCheck?.median.toFixed(0)} ms, Review → dialog ${b.reviewToDialog.soon?.median.toFixed(0)} ms (after 5 s: ${b.reviewToDialog.late?.median.toFixed(0)} ms)`);
    }
    return { ...result, chromium: browser.version(), loadAverage: { start: loadAtStart, end: load() }, durationSeconds: Math.round((performance.now() - startedAt) / 1000), requests: Object.fromEntries(server.requests) };
  } finally {
    await server.close();
  }
}

/** `--phone`: only the phone comparison; merged into latest.json (or, with --quick, written beside the quick results). */
async function phoneOnly(executablePath) {
  const build = buildLibrary();
  const browser = await chromium.launch({ executablePath, args: chromeArgs, headless: true });
  const problems = new Set();
  let result;
  try {
    result = { ...(await phone(browser, problems)), problems: [...problems], machine: machine(browser.version()), build };
  } finally {
    await browser.close();
  }
  if (QUICK) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'phone-quick.json'), JSON.stringify(result, null, 2) + '\n');
    writeFileSync(join(OUT, 'phone-quick.md'), phoneMarkdown(result) + '\n');
    console.log(`\n${phoneMarkdown(result)}\n`);
    log('--phone --quick: results in node_modules/.cache/sm-compose-bench/phone-quick.{json,md} (bench/results/ and README.md left alone)');
  } else {
    const path = join(ROOT, 'bench/results/latest.json');
    const results = JSON.parse(readFileSync(path, 'utf8'));
    results.phone = result;
    writeReport(results, { root: ROOT, outDir: join(ROOT, 'bench/results'), readme: !args.has('--no-readme') });
    console.log(`\n${phoneMarkdown(result)}\n`);
    log('--phone: the phone comparison replaced in bench/results/latest.json and latest.md' + (args.has('--no-readme') ? '' : ', and the README section'));
  }
  for (const p of problems) console.warn(`⚠ ${p}`);
}

// --- 5. The machine ------------------------------------------------------------------------------

function machine(browserVersion) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    chromium: browserVersion,
    node: process.version,
    loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
  };
}

// --- Main ----------------------------------------------------------------------------------------

async function main() {
  if (args.has('--report-only')) {
    // Rewrites latest.md and the README section from latest.json (after a change to the report).
    const results = JSON.parse(readFileSync(join(ROOT, 'bench/results/latest.json'), 'utf8'));
    writeReport(results, { root: ROOT, outDir: join(ROOT, 'bench/results'), readme: !args.has('--no-readme') });
    log('rewrote bench/results/latest.md' + (args.has('--no-readme') ? '' : ' and the README section') + ' from latest.json');
    return;
  }
  const executablePath = chromePath();
  if (!executablePath) {
    console.error(missingChromeMessage);
    process.exit(1);
  }
  if (PHONE_ONLY) {
    await phoneOnly(executablePath);
    log('done');
    return;
  }
  const build = buildLibrary();
  const peerVersions = installPeers();
  log('bundling the pages with esbuild');
  const { bundles, dist } = await bundleAll();
  const composition = await compositionOfSmCompose(ROOT);

  const server = await serve({ '/': OUT, '/dist/': join(ROOT, 'dist') });
  const browser = await chromium.launch({ executablePath, args: chromeArgs, headless: true });
  const problems = new Set();
  try {
    log(`Chromium ${browser.version()}; first render: ${PLAN.renderRounds} fresh contexts per page`);
    const render = process.env.BENCH_ONLY ? {} : await firstRenders(browser, server, problems);

    const keys = {};
    for (const lib of [...LIBRARIES, BASELINE].filter((l) => l.counterRoot && (!process.env.BENCH_ONLY || l.id === process.env.BENCH_ONLY))) {
      keys[lib.id] = {};
      for (const length of KEY_LENGTHS) {
        try {
          keys[lib.id][length] = await keystrokes(browser, server, lib, length, 'a', problems);
        } catch (error) {
          problems.add(`keystrokes, ${lib.id} at ${length}: ${String(error.message ?? error).split('\n')[0]}`);
          keys[lib.id][length] = { dom: null, layout: null };
        }
        log(`keystrokes: ${lib.id} at ${length.toLocaleString('en')} characters: median ${keys[lib.id][length].dom?.median.toFixed(2)} ms, p95 ${keys[lib.id][length].dom?.p95.toFixed(2)} ms`);
      }
    }
    // sm-compose with realistic Spanish text (not ASCII: the grapheme segmenter counts).
    const sm = LIBRARIES.find((l) => l.id === 'sm-compose');
    const keysEs = {};
    for (const length of KEY_LENGTHS) {
      try {
        keysEs[length] = await keystrokes(browser, server, sm, length, 'es', problems);
      } catch (error) {
        problems.add(`keystrokes, sm-compose Spanish at ${length}: ${String(error.message ?? error).split('\n')[0]}`);
        keysEs[length] = { dom: null, layout: null };
      }
      log(`keystrokes: sm-compose, Spanish text, ${length.toLocaleString('en')} characters: median ${keysEs[length].dom?.median.toFixed(2)} ms, p95 ${keysEs[length].dom?.p95.toFixed(2)} ms`);
    }

    log('paste of 100,000 characters into sm-compose');
    const paste = {};
    for (const lang of ['en', 'es', 'native']) {
      try {
        // 'native': the plain textarea reference page, to tell the browser's own cost from ours.
        paste[lang] = await pastes(browser, server, lang === 'native' ? BASELINE : sm, 100_000, lang === 'native' ? 'en' : lang, QUICK ? 2 : 5);
        log(`paste ${lang}: counter after ${paste[lang].counter.median.toFixed(1)} ms (median), longest task ${paste[lang].longestTask.max.toFixed(1)} ms`);
      } catch (error) {
        problems.add(`paste, ${lang}: ${String(error.message ?? error).split('\n')[0]}`);
      }
    }

    log('assessUrgency and countCharacters in the page');
    let costBrowser;
    try {
      costBrowser = await costInBrowser(browser, server);
    } catch (error) {
      costBrowser = { error: String(error.message ?? error).split('\n')[0] };
      problems.add(`assessUrgency / countCharacters in the page: ${costBrowser.error}`);
    }
    log('assessUrgency and countCharacters in Node (dist/core.js)');
    const costNode = costInNode();

    let phoneResults;
    try {
      phoneResults = await phone(browser, problems);
    } catch (error) {
      problems.add(`throttled phone: ${String(error.message ?? error).split('\n')[0]}`);
    }

    const results = {
      issue: 8,
      date: new Date().toISOString(),
      durationSeconds: Math.round((performance.now() - started) / 1000),
      quick: QUICK,
      machine: { ...machine(browser.version()), loadAverageAtStart },
      plan: { ...PLAN, keyLengths: KEY_LENGTHS, costLengths: COST_LENGTHS, limit: LIMIT },
      build,
      libraries: LIBRARIES.map((lib) => ({
        id: lib.id,
        name: lib.name,
        package: lib.package,
        version: lib.id === 'sm-compose' ? JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version : peerVersions[lib.package],
        counter: lib.counter,
        counterNote: lib.counterNote ?? null,
      })),
      bytes: { ...Object.fromEntries(Object.entries(bundles).map(([id, b]) => [id, { js: b.js, css: b.css, total: b.total, files: b.files, later: b.later }])), 'sm-compose-dist': dist },
      composition,
      firstRender: render,
      keystroke: { ...keys, 'sm-compose-es': keysEs },
      baseline: { id: BASELINE.id, name: BASELINE.name, counter: BASELINE.counter },
      cost: { browser: costBrowser, node: costNode },
      paste,
      phone: phoneResults,
      problems: [...problems],
      requests: Object.fromEntries(server.requests),
    };
    if (process.env.BENCH_ONLY) {
      log(`BENCH_ONLY: no report; the keystrokes: ${JSON.stringify({ ...keys, 'sm-compose-es': keysEs }, (key, value) => (key === 'counterBefore' || key === 'counterAfter' ? undefined : value))}`);
    } else if (QUICK) {
      writeReport(results, { root: ROOT, outDir: OUT, readme: false });
      log(`--quick: results in node_modules/.cache/sm-compose-bench/quick.{json,md} (bench/results/ and README.md left alone)`);
    } else {
      writeReport(results, { root: ROOT, outDir: join(ROOT, 'bench/results'), readme: !args.has('--no-readme') });
      log('wrote bench/results/latest.json and latest.md' + (args.has('--no-readme') ? '' : ', and the README section'));
    }
    if (problems.size) for (const p of problems) console.warn(`⚠ ${p}`);
  } finally {
    await browser.close();
    await server.close();
  }
  log('done');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
