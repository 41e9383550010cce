/**
 * `sm-compose/testing`: drive `<sm-compose>` in QA tests through roles and names only.
 *
 * ```ts
 * const sm = composeHarness(page); // Playwright: a Page or the widget's Locator
 * const sm = composeHarness(document.querySelector('sm-compose')); // inside the page (@web/test-runner)
 * ```
 */
import { domDriver } from './dom-driver.js';
import { createHarness, type ComposeHarness, type HarnessOptions } from './harness.js';
import { playwrightDriver, type PlaywrightLocator, type PlaywrightPage } from './playwright-driver.js';

export type { ComposeHarness, HarnessOptions, ReviewOutcome } from './harness.js';
export type { Name } from './driver.js';
export type { PlaywrightLocator, PlaywrightPage } from './playwright-driver.js';

const isPage = <L>(target: object): target is PlaywrightPage<L> => 'goto' in target && 'locator' in target;
const isLocator = <L>(target: object): target is PlaywrightLocator<L> => 'getByRole' in target && !('nodeType' in target);

/**
 * A harness for one `<sm-compose>`: a Playwright `Page` (its first `<sm-compose>`) or
 * `Locator`, or the element itself when the test runs in the page.
 */
export function composeHarness<L extends PlaywrightLocator<L>>(target: PlaywrightPage<L> | L | HTMLElement, options: HarnessOptions = {}): ComposeHarness {
  const timeout = options.timeout ?? 5000;
  if (isPage<L>(target)) return createHarness(playwrightDriver(target.locator('sm-compose').first(), timeout), options);
  if (isLocator<L>(target)) return createHarness(playwrightDriver(target as L, timeout), options);
  return createHarness(domDriver(target, timeout), options);
}
