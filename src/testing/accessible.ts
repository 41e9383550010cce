import type { Name, Role } from './driver.js';

/**
 * A small reading of the accessibility tree, inside the page: roles and names as a screen
 * reader gets them, across open shadow roots. It covers what `<sm-compose>` and host pages
 * use (native controls, `role`, `aria-label`, `aria-labelledby`, labels and legends), not
 * the whole of the W3C name computation.
 */

/** Every element under `root`, in document order, open shadow roots included. */
export function* deepElements(root: Element | ShadowRoot | Document): Generator<Element> {
  const children = root instanceof Element && root.shadowRoot ? [...root.shadowRoot.children, ...root.children] : [...root.children];
  for (const child of children) {
    yield child;
    yield* deepElements(child);
  }
}

const INPUT_ROLES: Record<string, string> = { button: 'button', submit: 'button', reset: 'button', image: 'button', radio: 'radio', checkbox: 'checkbox', number: 'spinbutton', range: 'slider', file: '', hidden: '' };

export function roleOf(el: Element): string {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  switch (el.localName) {
    case 'button':
      return 'button';
    case 'input':
      return INPUT_ROLES[(el as HTMLInputElement).type] ?? 'textbox';
    case 'textarea':
      return 'textbox';
    case 'select':
      return (el as HTMLSelectElement).multiple || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
    case 'fieldset':
      return 'group';
    case 'dialog':
      return 'dialog';
    case 'li':
      return 'listitem';
    case 'a':
      return el.hasAttribute('href') ? 'link' : '';
    default:
      return '';
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a node contributes to a name: visible text, not what is hidden from screen readers. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden') || ['script', 'style', 'template'].includes(node.localName)) return '';
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(textOf).join('');
  const children = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
  return children.map(textOf).join(' ');
}

export function nameOf(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = labelledBy.split(/\s+/).map((id) => root.getElementById(id)).filter((part): part is HTMLElement => part !== null);
    if (parts.length > 0) return squash(parts.map(textOf).join(' '));
  }
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return squash(label);
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return squash([...labels].map(textOf).join(' '));
  if (el.localName === 'fieldset') {
    const legend = [...el.children].find((child) => child.localName === 'legend');
    if (legend) return squash(textOf(legend));
  }
  if (['button', 'link', 'listitem', 'radio', 'checkbox', 'heading', 'option'].includes(roleOf(el))) return squash(textOf(el));
  return squash(el.getAttribute('title') ?? '');
}

export function isVisible(el: Element): boolean {
  return el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0;
}

/** Matches as Playwright's `getByRole` does: a string is found in the name ignoring case, a RegExp tested. */
export function nameMatches(name: string, wanted: Name | undefined): boolean {
  if (wanted === undefined) return true;
  return typeof wanted === 'string' ? name.toLowerCase().includes(squash(wanted).toLowerCase()) : wanted.test(name);
}

/** Whether a name is exactly `wanted`, ignoring case and extra spaces (options in a group or a select). */
export const sameName = (name: string, wanted: string) => squash(name).toLowerCase() === squash(wanted).toLowerCase();

/** The visible elements under `root` with one of these roles and this name. */
export function queryAll(root: Element, roles: readonly (Role | string)[], name?: Name): Element[] {
  return [...deepElements(root)].filter((el) => roles.includes(roleOf(el)) && isVisible(el) && nameMatches(nameOf(el), name));
}
