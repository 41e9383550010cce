import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { SmCompose } from '../src/index.js';
import { pressReview, pressSend, reachReview, refillDraft, refillDraftEs, settle } from './drive.js';

interface Args {
  locale: 'en' | 'es';
  maxLength: number;
  emergencyNumber: string;
  crisisNumber: string;
  onCallNumber: string;
  urgencyCheck: 'open' | 'send' | 'both' | 'off';
}

const meta: Meta<Args> = {
  title: 'Compose/sm-compose',
  component: 'sm-compose',
  args: { locale: 'en', maxLength: 2000, emergencyNumber: '911', crisisNumber: '988', onCallNumber: '', urgencyCheck: 'both' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'es'] },
    urgencyCheck: { control: 'inline-radio', options: ['open', 'send', 'both', 'off'] },
  },
  render: (args) => html`<sm-compose
    locale=${args.locale}
    max-length=${args.maxLength}
    emergency-number=${args.emergencyNumber}
    crisis-number=${args.crisisNumber}
    on-call-number=${args.onCallNumber || ''}
    urgency-check=${args.urgencyCheck}
  ></sm-compose>`,
};
export default meta;
type Story = StoryObj<Args>;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector<SmCompose>('sm-compose')!;
/** Puts the widget in a state a story cannot reach by clicking (its state changes only through actions). */
const failReview = (el: SmCompose, reason: 'load' | 'prepare') =>
  (el as unknown as { dispatch(action: { type: 'review-failed'; reason: 'load' | 'prepare' }): void }).dispatch({ type: 'review-failed', reason });

/** What the patient sees first: the rules and the category question. */
export const Empty: Story = {};

/** A category is chosen: its prompts, the subject, the message and the budget. */
export const CategoryChosen: Story = {
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ category: 'medical-question' });
    await settle(widget(canvasElement));
  },
};

/** Choosing a category opens nothing; the check comes when the patient starts writing (the first field takes focus). */
export const CheckWhenWritingStarts: Story = {
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    el.prefill({ category: 'medical-question' });
    await settle(el);
    el.shadowRoot!.querySelector('sm-prompt-fields')!.shadowRoot!.querySelector<HTMLElement>('textarea, input')!.focus();
    await settle(el);
  },
};

/** "Is this an emergency?" before the message can be reviewed: the red-flag checklist. */
export const UrgencyDialogOpen: Story = {
  args: { onCallNumber: '555-0100' },
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill(refillDraft);
    await pressReview(widget(canvasElement));
  },
};

/** While typing: a non-blocking notice when the text reads as an emergency. */
export const EmergencyNoticeWhileTyping: Story = {
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    el.prefill({ regarding: 'self', category: 'medical-question', answers: { concern: 'Left side chest pain radiating to my arm, I get short of breath.' } });
    await settle(el);
    const textarea = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#message')!;
    textarea.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 900));
    await settle(el);
  },
};

/** On Send with a crisis in the text: the crisis line first, soft stop. */
export const CrisisOnSend: Story = {
  args: { urgencyCheck: 'send' },
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'other', answers: { topic: 'How I feel' }, message: 'Everyone would be better off without me.' });
    await pressReview(widget(canvasElement));
  },
};

/**
 * A host classifier (`config.urgency.assess`) read a routine-looking message as an emergency:
 * the higher level wins and the dialog names the host's finding with its label. (This story's
 * classifier answers at once; a real one may send the text to the health system's service.)
 */
export const HostClassifierResult: Story = {
  render: () => html`<sm-compose
    locale="en"
    urgency-check="send"
    .config=${{
      urgency: {
        timeout: 2000,
        assess: async () => ({
          level: 'emergency',
          findings: [{ id: 'sepsis-risk', label: { en: 'signs of a serious infection', es: 'señales de una infección grave' } }],
        }),
      },
    }}
  ></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({
      regarding: 'self',
      category: 'medical-question',
      answers: { concern: 'I feel shivery and confused since this morning, and my wound is red.', since: 'This morning', question: 'Should I come in?' },
    });
    await pressReview(widget(canvasElement));
  },
};

/** Required answers missing: the focused error summary, linked to the fields. */
export const MissingInformation: Story = {
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'prescription', answers: { medication: 'Metformin' } });
    await pressReview(widget(canvasElement));
  },
};

/** Over the budget: the text stays, the field is invalid, "N characters too many". */
export const OverBudget: Story = {
  args: { maxLength: 200 },
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ ...refillDraft, message: 'My sugar readings this week were high in the mornings. '.repeat(4) });
    await settle(widget(canvasElement));
  },
};

/** The review step: what the clinician will read. */
export const Review: Story = {
  play: async ({ canvasElement }) => reachReview(widget(canvasElement), refillDraft),
};

/** Sending: busy until the host's promise settles. */
export const Busy: Story = {
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    el.addEventListener('sm-submit', (event) => event.detail.waitUntil(new Promise(() => {})));
    el.submitTimeout = 3_600_000;
    await reachReview(el, refillDraft);
    await pressSend(el);
  },
};

/** The host rejected the submission: every word kept, a retry offered. */
export const SendFailed: Story = {
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    el.addEventListener('sm-submit', (event) => event.detail.waitUntil(Promise.reject(new Error('Network error'))));
    await reachReview(el, refillDraft);
    await pressSend(el);
    await settle(el);
  },
};

/**
 * Offline after the first screen: the parts that check and send the message (files of their
 * own in the drop-in bundle) could not load when the patient pressed Review. Every word stays;
 * the alert says what to do, and who to call in an emergency. (The story sets that state.)
 */
export const PartsDidNotLoad: Story = {
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    el.prefill(refillDraft);
    failReview(el, 'load');
    await settle(el);
  },
};

/**
 * The message did not pass the final check at Review (the form checks first, so this should
 * not happen): it says so and keeps every word; Review can be pressed again. (The story sets that state.)
 */
export const MessageCouldNotBePrepared: Story = {
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    el.prefill(refillDraft);
    failReview(el, 'prepare');
    await settle(el);
  },
};

/** Sent: the confirmation and when to expect a reply. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await reachReview(el, refillDraft);
    await pressSend(el);
    await settle(el);
  },
};

/** The whole widget in Spanish. */
export const Spanish: Story = {
  args: { locale: 'es' },
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill(refillDraftEs);
    await settle(widget(canvasElement));
  },
};

/** Spanish review step. */
export const SpanishReview: Story = {
  args: { locale: 'es' },
  play: async ({ canvasElement }) => reachReview(widget(canvasElement), refillDraftEs),
};

/** "Someone else": the message belongs in that person's record; the host links to proxy access. */
export const AboutSomeoneElse: Story = {
  render: () => html`<sm-compose locale="en" .config=${{ proxyHref: '/proxy-access' }}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'other' });
    await settle(widget(canvasElement));
  },
};

const refillTool = {
  categories: [
    {
      id: 'prescription',
      label: { en: 'Prescription or refill', es: 'Receta o resurtido' },
      description: { en: 'Ask for a refill.', es: 'Pida un resurtido.' },
      routeTo: 'pharmacy',
      redirect: {
        href: '/refills',
        label: { en: 'Open the refill tool', es: 'Abrir la herramienta de resurtidos' },
        message: { en: 'Refills are faster with the refill request tool.', es: 'Los resurtidos son más rápidos con la herramienta de resurtidos.' },
      },
      prompts: [{ id: 'medication', label: { en: 'Medicine name', es: 'Nombre del medicamento' }, kind: 'text', required: true, summarizes: true }],
    },
  ],
};

/** A category that points to a faster channel: a nudge, a link and "continue with a message anyway". */
export const Redirect: Story = {
  render: () => html`<sm-compose locale="en" .config=${refillTool}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'prescription' });
    await settle(widget(canvasElement));
  },
};

export const RedirectSpanish: Story = {
  render: () => html`<sm-compose locale="es" .config=${refillTool}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'prescription' });
    await settle(widget(canvasElement));
  },
};

/** With `require-acknowledgement`: the patient confirms the rules before writing. */
export const Acknowledgement: Story = {
  render: () => html`<sm-compose locale="en" require-acknowledgement></sm-compose>`,
};

/** After a reload with `draft-key` (or a host `draftStore`): the words are back, with "Start over". */
export const DraftRestored: Story = {
  render: () => html`<sm-compose
    locale="en"
    .draftStore=${{
      load: () => ({
        version: 1,
        savedAt: '2026-11-21T09:41:00.000Z',
        regarding: 'self',
        category: 'medical-question',
        answers: { concern: 'I have felt very tired for two weeks.', since: 'Two weeks ago' },
        message: 'I also sleep badly.',
      }),
      save: () => {},
      clear: () => {},
    }}
  ></sm-compose>`,
};

/** With `config.attachments`: photos and documents go with the message. */
export const WithAttachments: Story = {
  render: () => html`<sm-compose locale="en" .config=${{ attachments: true }}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'follow-up', answers: { visit: 'Dr. Lee, 3 November', update: 'My sugar log is attached.' } });
    await settle(widget(canvasElement));
  },
};

export const WithAttachmentsSpanish: Story = {
  render: () => html`<sm-compose locale="es" .config=${{ attachments: { maxFiles: 2 } }}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'follow-up' });
    await settle(widget(canvasElement));
  },
};

/** A host config with a typo: a readable error, never a blank element. */
export const InvalidConfig: Story = {
  render: () => html`<sm-compose
    locale="en"
    .config=${{ categories: [{ id: 'billing', label: 'Billing', description: 'Bills', prompts: [{ id: 'amount', label: 'Amount', kind: 'nubmer' }] }] }}
  ></sm-compose>`,
};

/** A host's own catalog, reply time and wording. */
export const CustomCatalog: Story = {
  render: () => html`<sm-compose
    locale="en"
    .config=${{
      replyTime: { en: 'within 2 business days', es: 'en un plazo de 2 días hábiles' },
      strings: { en: { sendButton: 'Send to my care team' } },
      categories: [
        {
          id: 'billing',
          label: { en: 'Billing', es: 'Facturación' },
          description: { en: 'A question about a bill or a payment.', es: 'Una pregunta sobre una factura o un pago.' },
          routeTo: 'billing-office',
          prompts: [
            { id: 'statement', label: { en: 'Statement number', es: 'Número de estado de cuenta' }, kind: 'text', required: true, summarizes: true },
            { id: 'question', label: { en: 'Your question', es: 'Su pregunta' }, kind: 'textarea', required: true },
          ],
        },
      ],
    }}
  ></sm-compose>`,
};

