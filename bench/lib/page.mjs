// The HTML of one benchmark page. The markup is in the document; a small inline classic script
// (not counted in any bundle) marks the start, adds the theme CSS (if any) and the module script
// (or a classic script, for the one-file IIFE build), and resolves `window.__bench.ready` with
// the first-render time once every custom element on the page (through every shadow root) is
// defined and has finished rendering (Lit's `updateComplete`, Stencil's `componentOnReady()`),
// and style and layout have been computed.

/**
 * @param {object} options
 * @param {string} options.title
 * @param {string} options.markup
 * @param {string} options.script URL of the ES module bundle (or, with `classic`, of a classic script)
 * @param {string} [options.css] URL of the theme CSS
 * @param {string} [options.setup] source of an async function run once the elements are defined
 * @param {boolean} [options.classic] load `script` as a classic script (an IIFE), not as a module
 */
export function pageHtml({ title, markup, script, css, setup, classic = false }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>bench: ${title}</title>
<style>body { margin: 2rem; max-width: 42rem; font-family: system-ui, sans-serif; } #bench-root { display: flex; flex-direction: column; gap: 1rem; } #bench-root > :is(sl-button, md-filled-button, wa-button, va-button) { align-self: flex-start; }</style>
</head>
<body>
<main id="bench-root">
${markup}
</main>
<script>
(() => {
  const t0 = performance.now();
  const load = (element) => new Promise((resolve, reject) => {
    element.addEventListener('load', resolve, { once: true });
    element.addEventListener('error', () => reject(new Error('failed to load ' + (element.src || element.href))), { once: true });
  });
  // Stencil's custom-elements build (the VA components) has no componentOnReady() and sets no
  // "hydrated" class: the harness learns of its first render through componentDidLoad, added to
  // each element before it is upgraded (the element's own method, if any, still runs).
  for (const el of document.getElementById('bench-root').querySelectorAll('*')) {
    if (!el.localName.includes('-')) continue;
    let resolve;
    el.__benchLoaded = new Promise((r) => (resolve = r));
    Object.defineProperty(el, 'componentDidLoad', {
      configurable: true,
      writable: true,
      value(...args) {
        resolve(true);
        return Object.getPrototypeOf(this).componentDidLoad?.apply(this, args);
      },
    });
  }
  const css = ${JSON.stringify(css ?? null)};
  let cssLoaded = Promise.resolve();
  if (css) {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css });
    cssLoaded = load(link);
    document.head.append(link);
  }
  const script = Object.assign(document.createElement('script'), ${JSON.stringify(classic ? { async: false, src: script } : { type: 'module', src: script })});
  const moduleLoaded = load(script);
  document.head.append(script);

  const customElementsIn = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.includes('-')) out.push(el);
      if (el.shadowRoot) customElementsIn(el.shadowRoot, out);
    }
    return out;
  };
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(true)));
  const isStencil = (el) => typeof el.__registerHost === 'function';
  const whenRendered = (el) => el.updateComplete ?? el.componentOnReady?.() ?? (isStencil(el) ? (el.__benchLoaded ?? nextFrame()) : true);
  const withTimeout = (promise, ms, what) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out: ' + what)), ms))]);

  let scriptMs;
  moduleLoaded.then(() => (scriptMs = performance.now() - t0));
  async function ready() {
    await Promise.all([cssLoaded, moduleLoaded]);
    const tags = [...new Set([...document.getElementById('bench-root').querySelectorAll('*')].map((el) => el.localName).filter((name) => name.includes('-')))];
    await withTimeout(Promise.all(tags.map((tag) => customElements.whenDefined(tag))), 10000, 'custom elements defined: ' + tags.join(', '));
    const setup = ${setup ?? 'null'};
    if (setup) await setup();
    // Children render after their parents: repeat until no new element appears and none is pending.
    let previous = -1;
    for (let round = 0; round < 50; round++) {
      const elements = customElementsIn(document);
      const done = await withTimeout(Promise.all(elements.map(whenRendered)), 10000, 'render');
      if (elements.length === previous && done.every((value) => value !== false)) break;
      previous = elements.length;
    }
    // Style and layout of the rendered page.
    const height = document.getElementById('bench-root').getBoundingClientRect().height;
    const ms = performance.now() - t0;
    const undefinedTags = [...new Set(customElementsIn(document).filter((el) => !customElements.get(el.localName)).map((el) => el.localName))];
    // \`at\`: the same moment from the navigation's start (performance.timeOrigin), not from t0.
    return { ms, at: t0 + ms, scriptMs, height, undefinedTags, elements: customElementsIn(document).length };
  }
  window.__bench = { t0, ready: ready() };
})();
</script>
</body>
</html>
`;
}

export function blankHtml() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench: blank</title></head><body><main id="bench-root"></main></body></html>\n`;
}
