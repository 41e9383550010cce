// Drives <sm-compose> into the states designers and QA look at, through its public API and
// its buttons, as a patient would get there.
import type { SmCompose, ComposeDraft } from '../src/index.js';

export const refillDraft: ComposeDraft = {
  regarding: 'self',
  category: 'prescription',
  answers: { medication: 'Metformin', dose: '500 mg twice a day', pharmacy: 'Main Street Pharmacy, Springfield' },
  message: 'I have 5 days of tablets left. Thank you!',
};

export const refillDraftEs: ComposeDraft = {
  regarding: 'self',
  category: 'prescription',
  answers: { medication: 'Metformina', dose: '500 mg dos veces al día', pharmacy: 'Farmacia Central, Springfield' },
  message: 'Me quedan 5 días de pastillas. ¡Gracias!',
};

export async function settle(el: SmCompose): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

function click(el: SmCompose, part: string): void {
  el.shadowRoot?.querySelector<HTMLElement>(`[part="${part}"]`)?.click();
}

export async function pressReview(el: SmCompose): Promise<void> {
  await settle(el);
  click(el, 'review-button');
  await settle(el);
}

/** Answers "is this an emergency?" with "No, continue". */
export async function continuePastCheck(el: SmCompose): Promise<void> {
  const dialog = el.shadowRoot?.querySelector('sm-urgency-dialog');
  await dialog?.updateComplete;
  dialog?.shadowRoot?.querySelector<HTMLElement>('[part="continue-button"]')?.click();
  await settle(el);
}

export async function reachReview(el: SmCompose, draft: ComposeDraft): Promise<void> {
  el.prefill(draft);
  await pressReview(el);
  await continuePastCheck(el);
}

export async function pressSend(el: SmCompose): Promise<void> {
  click(el, 'send-button');
  await settle(el);
}
