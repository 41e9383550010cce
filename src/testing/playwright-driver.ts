import type { MessagePayload } from '../core/payload-schema.js';
import type { Driver, FieldKind, Name, Role } from './driver.js';

// Playwright is not a dependency: these describe just enough of its Locator and Page for a
// real one to fit (`L` is Playwright's own `Locator` type, inferred where the harness is made).

/** The part of Playwright's `Locator` the harness uses. */
export interface PlaywrightLocator<L> {
  getByRole(role: Role, options?: { name?: Name; exact?: boolean }): L;
  or(other: L): L;
  first(): L;
  click(options?: { timeout?: number }): Promise<void>;
  focus(options?: { timeout?: number }): Promise<void>;
  fill(value: string, options?: { timeout?: number }): Promise<void>;
  selectOption(values: { label: string }, options?: { timeout?: number }): Promise<string[]>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  count(): Promise<number>;
  allInnerTexts(): Promise<string[]>;
  evaluate<R>(fn: (element: HTMLElement | SVGElement, arg: unknown) => R | Promise<R>, arg?: unknown): Promise<R>;
}

/** The part of Playwright's `Page` the harness uses. */
export interface PlaywrightPage<L> {
  locator(selector: string): L;
  goto(url: string): Promise<unknown>;
}

/** Where a submission waits in the page until the test asks for it. */
const SUBMISSIONS = 'sm-compose/testing submissions';

/**
 * The harness's driver from outside the page, through Playwright's locators: they find
 * elements by role and name across shadow roots, wait for them and act as a user would.
 */
export function playwrightDriver<L extends PlaywrightLocator<L>>(root: L, timeout: number): Driver {
  const fieldIn = (name: Name) =>
    root
      .getByRole('textbox', { name })
      .or(root.getByRole('spinbutton', { name }))
      .or(root.getByRole('combobox', { name }))
      .or(root.getByRole('radiogroup', { name }))
      .or(root.getByRole('group', { name }));
  const groupIn = (name: Name) => root.getByRole('radiogroup', { name }).or(root.getByRole('group', { name }));
  const present = async (role: Role, name?: Name) => (await root.getByRole(role, name === undefined ? {} : { name }).count()) > 0;

  return {
    async click(role, name, within) {
      await (within ? root.getByRole(within.role, { name: within.name }) : root).getByRole(role, { name }).click({ timeout });
    },
    async field(name): Promise<FieldKind> {
      const field = fieldIn(name);
      await field.waitFor({ state: 'visible', timeout });
      return field.evaluate((el) => (el.localName === 'select' ? 'select' : ['radiogroup', 'group'].includes(el.getAttribute('role') ?? (el.localName === 'fieldset' ? 'group' : '')) ? 'choice' : 'text'));
    },
    async focus(name) {
      await fieldIn(name).focus({ timeout });
    },
    async fill(name, value) {
      await root.getByRole('textbox', { name }).or(root.getByRole('spinbutton', { name })).fill(value, { timeout });
    },
    async select(name, option) {
      await root.getByRole('combobox', { name }).selectOption({ label: option }, { timeout });
    },
    async choose(name, option) {
      await groupIn(name).getByRole('radio', { name: new RegExp(`^\\s*${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i') }).click({ timeout });
    },
    visible: (role, name) => present(role, name),
    async waitForAny(conditions, wait) {
      const deadline = Date.now() + wait;
      for (;;) {
        for (const [index, { role, name, hidden }] of conditions.entries()) if ((await present(role, name)) !== Boolean(hidden)) return index;
        if (Date.now() > deadline) return -1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    items: (role, name) => root.getByRole(role, { name }).getByRole('listitem').allInnerTexts(),
    urgencyCheckMode: () => root.evaluate((el) => String((el as Element & { urgencyCheck?: unknown }).urgencyCheck ?? '')),
    async submitted(action, wait) {
      // Listen in the page before pressing Send; the payload crosses to the test as JSON.
      // The functions run in the page: what they need comes in their argument.
      await root.evaluate((el, key) => {
        const store = ((globalThis as unknown as Record<string, WeakMap<Element, Promise<unknown>>>)[key as string] ??= new WeakMap());
        store.set(el, new Promise((resolve) => el.addEventListener('sm-submit', (event) => resolve((event as CustomEvent<{ payload: unknown }>).detail.payload), { once: true })));
      }, SUBMISSIONS);
      await action();
      return root.evaluate(
        (el, arg) => {
          const { key, wait } = arg as { key: string; wait: number };
          return Promise.race([
            (globalThis as unknown as Record<string, WeakMap<Element, Promise<unknown>>>)[key]!.get(el),
            new Promise((_, reject) => setTimeout(() => reject(new Error('sm-compose testing: Send was pressed and no sm-submit came.')), wait)),
          ]);
        },
        { key: SUBMISSIONS, wait },
      ) as Promise<MessagePayload>;
    },
  };
}
