import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The element matching `selector` inside `host`'s shadow root. Fails the test when missing. */
export function shadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>'s shadow root`);
  return found;
}

export function shadowAll<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses keys through the browser, as a person would. */
export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Tabs until `predicate` holds for the focused element, at most `limit` times. */
export async function tabTo(predicate: (el: Element) => boolean, limit = 40): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await press('Tab');
    const active = deepActiveElement();
    if (active && predicate(active)) return active;
  }
  throw new Error('Tabbing never reached the expected element');
}

/** Runs axe on `el` (shadow roots included) and fails on any violation. */
export async function expectAccessible(el: Element): Promise<void> {
  await expect(el).to.be.accessible();
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** One node of Chromium's accessibility tree, as a screen reader is given it. */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  states: Record<string, unknown>;
}

/** The page's accessibility tree (shadow roots included), through the `ax-tree` command. */
export async function axTree(): Promise<AxNode[]> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  return (await executeServerCommand('ax-tree')) as AxNode[];
}

/**
 * Starts writing in `<sm-compose>`: focuses the first field of the writing step, the moment the
 * "is this an emergency?" check opens (with `urgency-check` "open" or "both").
 */
export async function startWriting(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  const prompts = el.shadowRoot?.querySelector('sm-prompt-fields');
  const field = prompts?.shadowRoot?.querySelector<HTMLElement>('input, textarea, select') ?? el.shadowRoot?.querySelector<HTMLElement>('#subject');
  field?.focus();
  await el.updateComplete;
}
