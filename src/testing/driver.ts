import type { MessagePayload } from '../core/payload-schema.js';

/**
 * A name as Playwright's `getByRole` reads it: a string matches any name that contains it
 * (ignoring case and extra spaces), a RegExp is tested against the whole name.
 */
export type Name = string | RegExp;

/** The roles the harness looks for; each is found by role and accessible name only. */
export type Role = 'button' | 'radio' | 'radiogroup' | 'group' | 'textbox' | 'combobox' | 'spinbutton' | 'region' | 'alertdialog' | 'listitem';

/** What a field is, once found by its name: how to answer it. */
export type FieldKind = 'text' | 'select' | 'choice';

/**
 * What the harness needs from a page, whether it runs inside it (@web/test-runner, Storybook)
 * or drives it from outside (Playwright). Every element is found by role and name.
 */
export interface Driver {
  /** Clicks the one visible element with this role and name (inside `within`, when given), waiting for it. */
  click(role: Role, name: Name, within?: { role: Role; name: Name }): Promise<void>;
  /** The one visible form field or group with this name, and what kind of answer it takes. */
  field(name: Name): Promise<FieldKind>;
  /** Focuses the one visible form field or group with this name (its first choice, for a group). */
  focus(name: Name): Promise<void>;
  /** Types `value` into the text field with this name, as one edit. */
  fill(name: Name, value: string): Promise<void>;
  /** Chooses the option named exactly `option` (ignoring case) in the select with this name. */
  select(name: Name, option: string): Promise<void>;
  /** Clicks the choice named exactly `option` (ignoring case) in the group with this name. */
  choose(name: Name, option: string): Promise<void>;
  /** Whether an element with this role and name is visible now. */
  visible(role: Role, name?: Name): Promise<boolean>;
  /** Waits until one of `conditions` holds; the index of the first that does, or -1 after `timeout` ms. */
  waitForAny(conditions: { role: Role; name?: Name; hidden?: boolean }[], timeout: number): Promise<number>;
  /** The text of each list item inside the visible element with this role and name. */
  items(role: Role, name: Name): Promise<string[]>;
  /** The widget's `urgency-check` mode, from its public property. */
  urgencyCheckMode(): Promise<string>;
  /** Runs `action`, and resolves with the payload of the `sm-submit` it causes. */
  submitted(action: () => Promise<void>, timeout: number): Promise<MessagePayload>;
}
