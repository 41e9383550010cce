const WARNED = Symbol.for('sm-compose.warned-double-load');

/**
 * Defines custom elements. Safe to run twice (two bundles on one page): names already taken
 * are left alone, with one console warning for the whole page.
 */
export function register(elements: Record<string, CustomElementConstructor>): void {
  let taken = false;
  for (const [name, constructor] of Object.entries(elements)) {
    const existing = customElements.get(name);
    if (!existing) customElements.define(name, constructor);
    else if (existing !== constructor) taken = true;
  }
  if (taken) warnOnce('sm-compose: the elements were already defined by another copy of sm-compose; this copy is not used. Load the library once.');
}

/** One console warning per page about how sm-compose is loaded, however many copies run. */
export function warnOnce(message: string): void {
  const flags = globalThis as { [WARNED]?: boolean };
  if (flags[WARNED]) return;
  flags[WARNED] = true;
  console.warn(message);
}
