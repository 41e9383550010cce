import type { MessagePayload } from '../core/payload-schema.js';

/**
 * Form participation through ElementInternals: what the element adds to its form's
 * FormData, and whether the form may be submitted.
 *
 * With `name="message"` the form gets `message` (the payload as JSON) and `message.category`,
 * `message.subject` and `message.body` (and each attached file as `message.attachments`),
 * once the patient has a message ready to send.
 */
export class FormValueController {
  readonly internals: ElementInternals;

  constructor(host: HTMLElement) {
    this.internals = host.attachInternals();
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /**
   * Sets the value the form submits: the payload, or nothing. `state` is what the browser
   * hands back in `formStateRestoreCallback` after a reload or history navigation.
   */
  setPayload(name: string | null, payload: MessagePayload | undefined, state: string | null, files: readonly File[] = []): void {
    if (!name || !payload) {
      this.internals.setFormValue(null, state);
      return;
    }
    const data = new FormData();
    data.append(name, JSON.stringify(payload));
    data.append(`${name}.category`, payload.category.id);
    data.append(`${name}.subject`, payload.subject);
    data.append(`${name}.body`, payload.body);
    for (const file of files) data.append(`${name}.attachments`, file);
    this.internals.setFormValue(data, state);
  }

  /** Marks the element invalid with `message` (shown by the browser at `anchor`), or valid. */
  setValidity(message: string, anchor?: HTMLElement | null): void {
    if (message) this.internals.setValidity({ customError: true }, message, anchor ?? undefined);
    else this.internals.setValidity({});
  }
}
