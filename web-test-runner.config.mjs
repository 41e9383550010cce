import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, chromePath } from './scripts/chrome-path.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

/** Serves `virtual:all-stories`: every `stories/*.stories.ts` module, so a new story file is tested without anyone listing it. */
const allStories = {
  name: 'all-stories',
  resolveImport({ source }) {
    return source === 'virtual:all-stories' ? '/__stories__.js' : undefined;
  },
  serve(context) {
    if (context.path !== '/__stories__.js') return undefined;
    const files = readdirSync('stories').filter((file) => file.endsWith('.stories.ts')).sort();
    const body = files.map((file, i) => `import * as s${i} from '/stories/${file}';`).join('\n');
    return { body: `${body}\nexport default { ${files.map((file, i) => `${JSON.stringify(file)}: s${i}`).join(', ')} };`, type: 'js' };
  },
};

/** `executeServerCommand('emulate-forced-colors', { active })`: Windows High Contrast, through Chromium's DevTools protocol. */
const devtoolsSessions = new WeakMap();
const forcedColors = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does. The
    // emulation lasts as long as its DevTools session, so the session is kept per page.
    let cdp = devtoolsSessions.get(page);
    if (!cdp) devtoolsSessions.set(page, (cdp = await page.createCDPSession()));
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
    return true;
  },
};

/**
 * `executeServerCommand('ax-tree')`: what a screen reader is given, from Chromium's
 * accessibility tree (which crosses shadow roots): each node that is not ignored, with its
 * role, name, description and states (`required`, `invalid`, `checked`, `disabled`, `focused`…).
 */
const axTree = {
  name: 'ax-tree',
  async executeCommand({ command, session }) {
    if (command !== 'ax-tree') return undefined;
    const page = session.browser.getPage(session.id);
    let cdp = devtoolsSessions.get(page);
    if (!cdp) devtoolsSessions.set(page, (cdp = await page.createCDPSession()));
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({
        role: node.role?.value ?? '',
        name: node.name?.value ?? '',
        description: node.description?.value ?? '',
        states: Object.fromEntries((node.properties ?? []).map((property) => [property.name, property.value?.value])),
      }));
  },
};

/** `virtual:framework-apps`: test/frameworks/apps.ts with React and Vue, bundled by esbuild (React ships CommonJS). */
const frameworkApps = {
  name: 'framework-apps',
  resolveImport({ source }) {
    return source === 'virtual:framework-apps' ? '/__framework-apps__.js' : undefined;
  },
  async serve(context) {
    if (context.path !== '/__framework-apps__.js') return undefined;
    const result = await build({
      entryPoints: ['test/frameworks/apps.ts'],
      bundle: true,
      format: 'esm',
      write: false,
      jsx: 'automatic',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      logLevel: 'silent',
    });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

/**
 * Each test page behaves as the window a patient is typing in: focused. Without this, a page
 * opened after another (a test file that opens its own pages) has no focus, so `focus()` moves
 * `activeElement` but fires no focus events, and what starts on focus never starts.
 */
async function focusedPage({ browser }) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  return page;
}

/** The strict policy a careful portal serves (issue #7), on the CSP test page only. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html sm-compose";

export default {
  middleware: [
    // /offline/dist/ is dist/ as a patient who lost the connection after the first screen
    // sees it: the parts for checking and sending the message do not load.
    // /slow/dist/ is dist/ on a slow network: the Spanish strings take 4 seconds.
    async (context, next) => {
      if (!context.path.startsWith('/slow/dist/')) return next();
      if (/\/sm-compose\/es-/.test(context.path)) await new Promise((resolve) => setTimeout(resolve, 4000));
      context.url = context.url.replace('/slow/dist/', '/dist/');
      return next();
    },
    // /slow-screening/dist/ is dist/ on a slow network where the urgency screening (the largest
    // part) takes 3 seconds, so that Review can be pressed before it has arrived.
    async (context, next) => {
      if (!context.path.startsWith('/slow-screening/dist/')) return next();
      if (/\/sm-compose\/compose\.screening-/.test(context.path)) await new Promise((resolve) => setTimeout(resolve, 3000));
      context.url = context.url.replace('/slow-screening/dist/', '/dist/');
      return next();
    },
    async (context, next) => {
      if (!context.path.startsWith('/offline/dist/')) return next();
      if (/\/sm-compose\/compose\.(screening|checks|review)-/.test(context.path)) {
        context.status = 503;
        return undefined;
      }
      context.url = context.url.replace('/offline/dist/', '/dist/');
      return next();
    },
    async (context, next) => {
      await next();
      if (context.path === '/test/pages/strict-csp.html') context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  files: ['test/components/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [allStories, frameworkApps, forcedColors, axTree, a11ySnapshotPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: [...chromeArgs, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'] },
      createPage: focusedPage,
    }),
  ],
  // One page at a time: a page in the background gets no animation frames, and fixtures wait for them.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
