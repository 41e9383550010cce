import type { MessagePayload } from '../core/payload-schema.js';
import type { SmSubmitDetail } from '../events.js';
import { nameOf, queryAll, roleOf, sameName } from './accessible.js';
import type { Driver, FieldKind, Name, Role } from './driver.js';

const FIELD_ROLES = ['textbox', 'combobox', 'spinbutton', 'radiogroup', 'group'] as const;

const describe = (roles: readonly string[], name?: Name) => `${roles.join(' or ')}${name === undefined ? '' : ` named ${String(name)}`}`;

/**
 * The harness's driver inside the page (@web/test-runner, Storybook play functions, any test
 * that runs in the browser): finds elements under `host` by role and name, and acts on them
 * the way the browser would deliver a patient's click or edit.
 */
export function domDriver(host: HTMLElement, timeout: number): Driver {
  const frame = () => new Promise((resolve) => setTimeout(resolve, 16));

  /** The one element with this role and name, waiting for it to show. */
  async function one(roles: readonly string[], name?: Name, within?: { role: Role; name: Name }): Promise<HTMLElement> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const scopes = within ? queryAll(host, [within.role], within.name) : [host];
      const found = scopes.flatMap((scope) => queryAll(scope, roles, name));
      if (found.length === 1) return found[0] as HTMLElement;
      if (found.length > 1) throw new Error(`sm-compose testing: ${found.length} elements are ${describe(roles, name)}: ${found.map((el) => `"${nameOf(el)}"`).join(', ')}. Use a longer name or a RegExp.`);
      if (Date.now() > deadline) throw new Error(`sm-compose testing: no visible ${describe(roles, name)}${within ? ` in the ${within.role} named ${String(within.name)}` : ''}.`);
      await frame();
    }
  }

  const edit = (field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
    field.focus();
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };

  return {
    async click(role, name, within) {
      (await one([role], name, within)).click();
    },
    async field(name): Promise<FieldKind> {
      const el = await one(FIELD_ROLES, name);
      return el.localName === 'select' ? 'select' : ['radiogroup', 'group'].includes(roleOf(el)) ? 'choice' : 'text';
    },
    async focus(name) {
      const el = await one(FIELD_ROLES, name);
      (['radiogroup', 'group'].includes(roleOf(el)) ? (queryAll(el, ['radio'])[0] as HTMLElement | undefined) : el)?.focus();
    },
    async fill(name, value) {
      edit((await one(['textbox', 'spinbutton'], name)) as HTMLInputElement, value);
    },
    async select(name, option) {
      const select = (await one(['combobox'], name)) as HTMLSelectElement;
      const match = [...select.options].find((candidate) => sameName(candidate.label, option) || candidate.value === option);
      if (!match) throw new Error(`sm-compose testing: the select named ${String(name)} has no option "${option}".`);
      edit(select, match.value);
    },
    async choose(name, option) {
      const group = await one(['radiogroup', 'group'], name);
      const choices = queryAll(group, ['radio']).filter((radio) => sameName(nameOf(radio), option));
      if (choices.length !== 1) throw new Error(`sm-compose testing: the group named ${String(name)} has ${choices.length} choices named "${option}".`);
      (choices[0] as HTMLElement).click();
    },
    async visible(role, name) {
      return queryAll(host, [role], name).length > 0;
    },
    async waitForAny(conditions, wait) {
      const deadline = Date.now() + wait;
      for (;;) {
        const index = conditions.findIndex(({ role, name, hidden }) => (queryAll(host, [role], name).length > 0) !== Boolean(hidden));
        if (index >= 0 || Date.now() > deadline) return index;
        await frame();
      }
    },
    async items(role, name) {
      return queryAll(await one([role], name), ['listitem']).map((item) => nameOf(item));
    },
    async urgencyCheckMode() {
      return String((host as HTMLElement & { urgencyCheck?: unknown }).urgencyCheck ?? '');
    },
    async submitted(action, wait) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let listener: ((event: Event) => void) | undefined;
      const payload = new Promise<MessagePayload>((resolve, reject) => {
        listener = (event) => resolve((event as CustomEvent<SmSubmitDetail>).detail.payload);
        host.addEventListener('sm-submit', listener, { once: true });
        timer = setTimeout(() => reject(new Error('sm-compose testing: Send was pressed and no sm-submit came.')), wait);
      });
      try {
        await action();
        return await payload;
      } finally {
        clearTimeout(timer);
        if (listener) host.removeEventListener('sm-submit', listener);
      }
    },
  };
}
