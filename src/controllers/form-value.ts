import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessagePayload } from '../core/payload-schema.js';

/** What the form field holds now, read from the host after each update. */
export interface FormValue {
  /** The field name; without it the widget adds nothing to its form. */
  name: string | null;
  /** The message ready to send, once reviewed; `undefined` before. */
  payload: MessagePayload | undefined;
  files: readonly File[];
  /** What the browser hands back in `formStateRestoreCallback` after a reload or history navigation. */
  state: string | null;
  /** Why the form cannot be submitted yet; `''` when it can. */
  invalid: string;
  /** Where the browser shows `invalid`. */
  anchor: () => HTMLElement | null;
}

/**
 * Form participation through ElementInternals (Material's `mixinFormAssociated`): the value
 * and the validity are set in one place, from the host's state, after each update.
 *
 * With `name="message"` the form gets `message` (the payload as JSON) and `message.category`,
 * `message.subject` and `message.body` (and each attached file as `message.attachments`),
 * once the patient has a message ready to send.
 */
export class FormValueController implements ReactiveController {
  readonly internals: ElementInternals;
  private last: { data: FormData | null; state: string | null; invalid: string; anchor: HTMLElement | null } | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly read: () => FormValue,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  hostUpdated(): void {
    const { name, payload, files, state, invalid, anchor } = this.read();
    const data = name && payload ? formData(name, payload, files) : null;
    const last = this.last;
    if (!last || last.state !== state || !sameData(last.data, data)) this.internals.setFormValue(data, state);
    // Validity is set again only when it or its anchor changes (not on every keystroke).
    let anchored = last?.anchor;
    if (!last || last.invalid !== invalid || (invalid && !anchored?.isConnected)) {
      anchored = invalid ? anchor() : null;
      if (invalid) this.internals.setValidity({ customError: true }, invalid, anchored ?? undefined);
      else this.internals.setValidity({});
    }
    this.last = { data, state, invalid, anchor: anchored ?? null };
  }
}

function formData(name: string, payload: MessagePayload, files: readonly File[]): FormData {
  const data = new FormData();
  data.append(name, JSON.stringify(payload));
  data.append(`${name}.category`, payload.category.id);
  data.append(`${name}.subject`, payload.subject);
  data.append(`${name}.body`, payload.body);
  for (const file of files) data.append(`${name}.attachments`, file);
  return data;
}

function sameData(a: FormData | null, b: FormData | null): boolean {
  if (a === null || b === null) return a === b;
  const left = [...a.entries()];
  const right = [...b.entries()];
  return left.length === right.length && left.every(([key, value], i) => key === right[i]![0] && value === right[i]![1]);
}
