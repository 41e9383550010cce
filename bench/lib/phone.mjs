// The throttled-phone comparison (issue #14, item 5): the drop-in bundle that loads its first
// screen at once and the rest with `import()` (dist/sm-compose.bundle.js and dist/sm-compose/),
// against the one-file classic script (dist/sm-compose.iife.js), on an emulated phone: Chrome
// DevTools' "Slow 3G" network and a 4× slower CPU, through CDP. The steps (what the patient taps
// and what shows the widget has answered) are in phone-steps.mjs. See bench/README.md.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pageHtml } from './page.mjs';
import { summary } from './stats.mjs';
import { FIRST_SCREEN, FLOW } from './phone-steps.mjs';

/**
 * Chrome DevTools' "Slow 3G" preset (devtools-frontend's NetworkManager, also puppeteer's
 * `PredefinedNetworkConditions['Slow 3G']`): ~500 kbit/s × 0.8 each way, 400 ms RTT × 5. Bytes
 * per second; `latency` is added to every request.
 */
export const SLOW_3G = { offline: false, latency: 400 * 5, downloadThroughput: ((500 * 1000) / 8) * 0.8, uploadThroughput: ((500 * 1000) / 8) * 0.8 };
/** `BENCH_PHONE_LATENCY_MS` overrides the added latency (to try another network; stated in the report). */
const NETWORK = process.env.BENCH_PHONE_LATENCY_MS ? { ...SLOW_3G, latency: Number(process.env.BENCH_PHONE_LATENCY_MS) } : SLOW_3G;
export const CPU_SLOWDOWN = 4;
export const VIEWPORT = { width: 390, height: 844 };
/** In the "late" flow, Review is pressed this long after the first screen. */
export const REVIEW_LATE_MS = 5000;
const STEP_TIMEOUT_MS = 60_000;

export const BUILDS = [
  { id: 'split', name: 'split drop-in (`dist/sm-compose.bundle.js` + `dist/sm-compose/*.js`)', script: '/dist/sm-compose.bundle.js', classic: false },
  { id: 'one-file', name: 'one-file classic script (`dist/sm-compose.iife.js`)', script: '/dist/sm-compose.iife.js', classic: true },
];
/** `soon`: Review as soon as the form is filled; `late`: Review 5 s after the first screen. */
export const FLOWS = ['soon', 'late'];

const MARKUP = '<sm-compose></sm-compose>';

/** Writes one page per build into `dir` (served at `/`; `dist/` at `/dist/`). */
export function writePhonePages(dir) {
  mkdirSync(dir, { recursive: true });
  for (const build of BUILDS) {
    writeFileSync(join(dir, `phone-${build.id}.html`), pageHtml({ title: `sm-compose on a phone, ${build.id}`, markup: MARKUP, script: build.script, classic: build.classic }));
  }
}

/**
 * In-page helpers, added to each page before its own scripts: find elements by path through
 * shadow roots, check conditions, and time from a click to a condition.
 */
function phoneHelpers() {
  const deep = (root, selector) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      const inner = deep(el.shadowRoot, selector);
      if (inner) return inner;
    }
    return null;
  };
  const find = (path) => {
    let el = null;
    for (const selector of path) {
      el = el ? (el.shadowRoot ? deep(el.shadowRoot, selector) : null) ?? deep(el, selector) : deep(document, selector);
      if (!el) return null;
    }
    return el;
  };
  const rendered = (el) => el !== null && el.getClientRects().length > 0;
  const holds = (condition) =>
    (condition.all ?? []).every((path) => rendered(find(path))) &&
    !(condition.none ?? []).some((path) => rendered(find(path))) &&
    (!condition.any || condition.any.some((path) => rendered(find(path))));
  const layout = (condition) => {
    for (const path of [...(condition.all ?? []), ...(condition.any ?? [])]) find(path)?.getBoundingClientRect();
  };

  // Conditions are checked on every animation frame and right after a dialog opens or closes
  // (a dialog that opens in a microtask after the click is timed then, not at the next frame).
  const waiting = new Set();
  const check = () => {
    for (const w of waiting) {
      if (!holds(w.condition)) continue;
      layout(w.condition);
      waiting.delete(w);
      w.resolve(performance.now());
    }
  };
  const frame = () => {
    if (waiting.size) check();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  for (const name of ['showModal', 'show', 'close']) {
    const original = HTMLDialogElement.prototype[name];
    HTMLDialogElement.prototype[name] = function (...args) {
      const result = original.apply(this, args);
      if (waiting.size) check();
      return result;
    };
  }
  const until = (condition, timeoutMs) =>
    new Promise((resolve, reject) => {
      if (holds(condition)) {
        layout(condition);
        resolve(performance.now());
        return;
      }
      const w = { condition, resolve };
      waiting.add(w);
      setTimeout(() => {
        if (!waiting.delete(w)) return;
        reject(new Error(`not seen within ${timeoutMs} ms: ${JSON.stringify(condition)}`));
      }, timeoutMs);
    });

  let click = null;
  addEventListener('click', (event) => (click = { at: performance.now(), timeStamp: event.timeStamp }), true);
  window.__phone = {
    find,
    until,
    holds,
    /** Scrolls `path` into view and returns the centre of its box (for a tap), or null. */
    centre(path) {
      const el = find(path);
      if (!rendered(el)) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = el.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    focus(path, replace) {
      const el = find(path);
      el.focus();
      if (replace) el.select();
      else el.setSelectionRange?.(el.value.length, el.value.length);
    },
    arm() {
      click = null;
    },
    /**
     * After an armed tap: from the tap (the click event's timeStamp, which is when the input
     * happened, so a busy main thread's delay counts, as in INP) to `condition`.
     */
    async measure(condition, timeoutMs) {
      const done = await until(condition, timeoutMs);
      if (!click) throw new Error('no click event seen');
      const start = click.timeStamp > 0 && click.timeStamp <= click.at ? click.timeStamp : click.at;
      return { ms: done - start, tapAt: start, doneAt: done, queued: click.at - start };
    },
    resources() {
      const nav = performance.getEntriesByType('navigation')[0];
      return [nav, ...performance.getEntriesByType('resource')].filter(Boolean).map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd, transferSize: e.transferSize }));
    },
  };
}

const pathOf = (url) => new URL(url).pathname;

/**
 * One run: a fresh context (empty cache) on the emulated phone, the page of `build`, then the
 * flow. Returns the figures, the bytes and the timeline of what loaded.
 */
async function phoneRun(browser, server, build, flow, problems) {
  const context = await browser.newContext({ viewport: VIEWPORT, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.add(`phone ${build.id}: page error: ${error.message}`));
    await page.addInitScript(phoneHelpers);
    const cdp = await context.newCDPSession(page);
    // Bytes on the wire (headers and gzip body) per URL, from the Network domain.
    const urls = new Map();
    const bytes = new Map();
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => urls.set(requestId, request.url));
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const url = urls.get(requestId);
      if (url && !url.startsWith('data:')) bytes.set(pathOf(url), (bytes.get(pathOf(url)) ?? 0) + encodedDataLength);
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    await page.goto(`${server.url}/phone-${build.id}.html`, { waitUntil: 'commit' });
    const first = await page.evaluate(
      async ({ condition, timeoutMs }) => {
        const probe = await window.__bench.ready;
        // The probe waits for every element to render; the first screen also needs `condition`.
        const at = Math.max(probe.at, await window.__phone.until(condition, timeoutMs));
        return { at, probeAt: probe.at, resources: window.__phone.resources().map((r) => r.url), undefinedTags: probe.undefinedTags };
      },
      { condition: FIRST_SCREEN, timeoutMs: STEP_TIMEOUT_MS },
    );
    const figures = { firstScreen: first.at };
    const marks = { firstScreen: first.at };
    const notes = {};
    for (const step of FLOW) {
      // A step for a state that may not come (the red flags asked at Review while the screening loads).
      if (step.when && !(await page.evaluate((condition) => window.__phone.holds(condition), step.when))) continue;
      const position = await page.evaluate(async ({ target, timeoutMs }) => {
        await window.__phone.until({ all: [target] }, timeoutMs);
        return performance.now();
      }, { target: step.target, timeoutMs: STEP_TIMEOUT_MS });
      if (step.mark === 'review' && flow === 'late') {
        // If the form is ready only after the mark, Review is pressed as soon as it is.
        const wait = first.at + REVIEW_LATE_MS - position;
        if (wait > 0) await page.waitForTimeout(wait);
      }
      if (step.action === 'tap') {
        const centre = await page.evaluate((target) => window.__phone.centre(target), step.target);
        if (!centre) throw new Error(`${step.id}: ${JSON.stringify(step.target)} has no box`);
        await page.evaluate(() => window.__phone.arm());
        await page.touchscreen.tap(centre.x, centre.y);
      } else if (step.action === 'type') {
        await page.evaluate(({ target, replace }) => window.__phone.focus(target, replace), { target: step.target, replace: Boolean(step.replace) });
        await page.keyboard.insertText(step.text);
      } else {
        throw new Error(`unknown action ${step.action}`);
      }
      if (step.measure) {
        const m = await page.evaluate(({ until, timeoutMs }) => window.__phone.measure(until, timeoutMs), { until: step.until, timeoutMs: STEP_TIMEOUT_MS });
        figures[step.measure] = m.ms;
        marks[`${step.id}:tap`] = m.tapAt;
        marks[`${step.id}:done`] = m.doneAt;
        notes[`${step.measure}:queued`] = m.queued;
        notes[`${step.measure}:afterFirstScreen`] = m.tapAt - first.at;
      } else if (step.until) {
        await page.evaluate(({ until, timeoutMs }) => window.__phone.until(until, timeoutMs), { until: step.until, timeoutMs: STEP_TIMEOUT_MS });
      }
    }
    const resources = (await page.evaluate(() => window.__phone.resources())).map((r) => ({ ...r, path: pathOf(r.url) }));
    // Bytes transferred: before the first screen (what had finished loading then) and by the end.
    const sum = (paths) => paths.reduce((total, path) => total + (bytes.get(path) ?? 0), 0);
    const byFirstScreen = first.resources.map(pathOf);
    const byEnd = resources.map((r) => r.path);
    await cdp.detach();
    return {
      figures,
      notes,
      bytes: { firstScreen: sum(byFirstScreen), total: sum(byEnd), requestsFirstScreen: byFirstScreen.length, requestsTotal: byEnd.length },
      timeline: {
        marks,
        resources: resources.map((r) => ({ path: r.path, start: round(r.start), end: round(r.end), bytes: bytes.get(r.path) ?? null })),
      },
    };
  } finally {
    await context.close();
  }
}

const round = (ms) => Math.round(ms * 10) / 10;

/**
 * Every build and flow in fresh contexts, interleaved round by round in a rotating order (the
 * first `warmup` rounds dropped). `first screen` and `tap → check` are taken from both flows.
 */
export async function phoneComparison(browser, server, { rounds, warmup, log }, problems) {
  const variants = BUILDS.flatMap((build) => FLOWS.map((flow) => ({ build, flow })));
  const samples = Object.fromEntries(BUILDS.map((b) => [b.id, { firstScreen: [], tapToCheck: [], reviewToDialog: { soon: [], late: [] }, checkToEmergency: { soon: [], late: [] }, reviewToEmergency: { soon: [], late: [] }, queued: [], lateReviewAfterFirstScreen: [], tapAfterFirstScreen: [], bytesFirstScreen: [], bytesTotal: [], requestsFirstScreen: [], requestsTotal: [] }]));
  const timelines = {};
  // One load of each page without throttling, not counted: the browser's first renderer and the
  // server's gzip cache are warm before the first measured run.
  for (const build of BUILDS) {
    const context = await browser.newContext({ viewport: VIEWPORT, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/phone-${build.id}.html`, { waitUntil: 'commit' });
      await page.evaluate(() => window.__bench.ready);
    } finally {
      await context.close();
    }
  }
  for (let round = 0; round < warmup + rounds; round++) {
    const order = variants.map((_, i) => variants[(i + round) % variants.length]);
    for (const { build, flow } of order) {
      let run;
      try {
        run = await phoneRun(browser, server, build, flow, problems);
      } catch (error) {
        problems.add(`phone ${build.id} ${flow}: ${String(error.message ?? error).split('\n')[0]}`);
        continue;
      }
      if (round < warmup) continue;
      const s = samples[build.id];
      s.firstScreen.push(run.figures.firstScreen);
      if (typeof run.figures.tapToCheck === 'number') s.tapToCheck.push(run.figures.tapToCheck);
      if (typeof run.figures.reviewToDialog === 'number') s.reviewToDialog[flow].push(run.figures.reviewToDialog);
      // The emergency question, from Review: at once, or after the red flags were answered.
      if (typeof run.figures.reviewToDialog === 'number') {
        const checked = typeof run.figures.checkToEmergency === 'number';
        if (checked) s.checkToEmergency[flow].push(run.figures.checkToEmergency);
        s.reviewToEmergency[flow].push(checked ? run.timeline.marks['answer-check-at-review:done'] - run.timeline.marks['review:tap'] : run.figures.reviewToDialog);
      }
      for (const [key, value] of Object.entries(run.notes)) if (key.endsWith(':queued')) s.queued.push(value);
      if (typeof run.notes['tapToCheck:afterFirstScreen'] === 'number') s.tapAfterFirstScreen.push(run.notes['tapToCheck:afterFirstScreen']);
      if (flow === 'late' && typeof run.notes['reviewToDialog:afterFirstScreen'] === 'number') s.lateReviewAfterFirstScreen.push(run.notes['reviewToDialog:afterFirstScreen']);
      s.bytesFirstScreen.push(run.bytes.firstScreen);
      s.bytesTotal.push(run.bytes.total);
      s.requestsFirstScreen.push(run.bytes.requestsFirstScreen);
      s.requestsTotal.push(run.bytes.requestsTotal);
      // The timeline of the last run of each build and flow (what loaded when).
      timelines[`${build.id}:${flow}`] = run.timeline;
    }
    log(`phone: round ${round + 1}/${warmup + rounds}${round < warmup ? ' (warm-up)' : ''}`);
  }
  const stat = (values) => (values.length ? summary(values) : null);
  const builds = Object.fromEntries(
    BUILDS.map((b) => {
      const s = samples[b.id];
      return [
        b.id,
        {
          name: b.name,
          firstScreen: stat(s.firstScreen),
          tapToCheck: stat(s.tapToCheck),
          reviewToDialog: { soon: stat(s.reviewToDialog.soon), late: stat(s.reviewToDialog.late) },
          checkToEmergency: { soon: stat(s.checkToEmergency.soon), late: stat(s.checkToEmergency.late) },
          reviewToEmergency: { soon: stat(s.reviewToEmergency.soon), late: stat(s.reviewToEmergency.late) },
          // How long each measured tap's click event waited for the main thread (in the figures);
          // when the tap came after the first screen; when Review was pressed in the late flow.
          tapQueued: stat(s.queued),
          tapAfterFirstScreen: stat(s.tapAfterFirstScreen),
          lateReviewAfterFirstScreen: stat(s.lateReviewAfterFirstScreen),
          bytes: { firstScreen: stat(s.bytesFirstScreen), total: stat(s.bytesTotal), requestsFirstScreen: stat(s.requestsFirstScreen), requestsTotal: stat(s.requestsTotal) },
          samples: { firstScreen: s.firstScreen.map(round), tapToCheck: s.tapToCheck.map(round), reviewToDialog: { soon: s.reviewToDialog.soon.map(round), late: s.reviewToDialog.late.map(round) } },
        },
      ];
    }),
  );
  return {
    date: new Date().toISOString(),
    conditions: { network: { preset: NETWORK === SLOW_3G ? 'Slow 3G (Chrome DevTools)' : `Slow 3G (Chrome DevTools) with ${NETWORK.latency} ms latency (BENCH_PHONE_LATENCY_MS)`, ...NETWORK }, cpuSlowdown: CPU_SLOWDOWN, viewport: VIEWPORT, isMobile: true, hasTouch: true, gzip: true, reviewLateMs: REVIEW_LATE_MS },
    plan: { rounds, warmup },
    builds,
    timelines,
  };
}
