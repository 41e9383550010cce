import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { ComposeConfig, SmCompose } from '../src/index.js';
import { pressReview, reachReview, settle } from './drive.js';

// <sm-compose> inside a portal that knows its care teams (#17): who the message goes to.

const meta: Meta = { title: 'Compose/In a portal', component: 'sm-compose' };
export default meta;
type Story = StoryObj;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector<SmCompose>('sm-compose')!;

/** A few care teams: the recent one first, then by facility; the host's help under the list. */
const careTeams: ComposeConfig = {
  recipients: [
    { id: 'pc-main', label: { en: 'Primary care: Dr. Rivera’s team', es: 'Atención primaria: equipo de la Dra. Rivera' }, group: 'Main Street Clinic', recent: true },
    { id: 'cardio', label: { en: 'Cardiology', es: 'Cardiología' }, group: 'Main Street Clinic' },
    { id: 'derm', label: { en: 'Dermatology', es: 'Dermatología' }, group: 'Eastside Clinic', categories: ['medical-question', 'test-results'] },
    { id: 'pharmacy', label: { en: 'Pharmacy team', es: 'Equipo de farmacia' }, group: 'Eastside Clinic', categories: ['prescription'] },
  ],
  recipientHelp: { en: 'Can’t find your team? Call the clinic at 555-0100.', es: '¿No encuentra su equipo? Llame a la clínica al 555-0100.' },
};

/** A health system with many teams: a search field above the list. */
const manyTeams: ComposeConfig = {
  recipients: ['Allergy', 'Cardiology', 'Dermatology', 'Endocrinology', 'Gastroenterology', 'Neurology', 'Oncology', 'Orthopedics', 'Pulmonology', 'Rheumatology', 'Urology'].map((label, index) => ({
    id: `team-${index}`,
    label,
    group: index % 2 ? 'Eastside Clinic' : 'Main Street Clinic',
    recent: index === 1,
  })),
};

const askQuestion = { regarding: 'self' as const, category: 'medical-question', answers: { concern: 'A rash on my arm', since: 'Monday', question: 'Should I come in?' } };

/** "Who should get this message?" after the category. */
export const Recipients: Story = {
  render: () => html`<sm-compose locale="en" .config=${careTeams}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill(askQuestion);
    await settle(widget(canvasElement));
  },
};

/** Many teams: the patient searches ("card"). */
export const RecipientSearch: Story = {
  render: () => html`<sm-compose locale="en" .config=${manyTeams}></sm-compose>`,
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    el.prefill(askQuestion);
    await settle(el);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('#recipient-search')!;
    search.value = 'card';
    search.dispatchEvent(new Event('input'));
    await settle(el);
  },
};

/** Review pressed without choosing: the error in the summary and on the group. */
export const RecipientMissing: Story = {
  render: () => html`<sm-compose locale="en" .config=${careTeams}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill(askQuestion);
    await pressReview(widget(canvasElement));
  },
};

/** Only one team takes refills here: a sentence says where the message goes. */
export const OneRecipient: Story = {
  render: () => html`<sm-compose locale="en" .config=${{ recipients: [careTeams.recipients![3]!] }}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'prescription' });
    await settle(widget(canvasElement));
  },
};

/** The review says who it goes to, in Spanish. */
export const RecipientReviewSpanish: Story = {
  render: () => html`<sm-compose locale="es" .config=${careTeams}></sm-compose>`,
  play: async ({ canvasElement }) => reachReview(widget(canvasElement), { ...askQuestion, recipient: 'derm', answers: { concern: 'Un sarpullido', since: 'el lunes', question: '¿Debo ir?' } }),
};

/**
 * The shorter path (#17 item 5) on a 390 px phone, in Spanish: a refill to the pharmacy team
 * needs only the medicine and the pharmacy; the rules keep when it will be read and the
 * emergency line, and the other categories shrink to their names.
 */
export const PhoneRefillSpanish: Story = {
  render: () => html`<div style="max-inline-size: 390px"><sm-compose locale="es" .config=${careTeams}></sm-compose></div>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'prescription', recipient: 'pharmacy', answers: { medication: 'Lisinopril', pharmacy: 'Farmacia Guadalajara, calle Juárez' } });
    await settle(widget(canvasElement));
  },
};

/** …and its review: the dose, left empty, is named as something the care team may also need. */
export const PhoneRefillReviewSpanish: Story = {
  render: () => html`<div style="max-inline-size: 390px"><sm-compose locale="es" .config=${careTeams}></sm-compose></div>`,
  play: async ({ canvasElement }) =>
    reachReview(widget(canvasElement), { regarding: 'self', category: 'prescription', recipient: 'pharmacy', answers: { medication: 'Lisinopril', pharmacy: 'Farmacia Guadalajara, calle Juárez' } }),
};

/** Out of hours: the rules say when the message will be read, with the on-call line first. */
export const OfficeClosed: Story = {
  render: () => {
    const allDay = { open: '00:00', close: '24:00' };
    const week = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };
    return html`<sm-compose locale="en" on-call-number="555-0100" .config=${{ officeHours: { timeZone: 'UTC', week, holidays: [new Date().toISOString().slice(0, 10)] } }}></sm-compose>`;
  },
};

const signature: ComposeConfig = { signature: { statement: { en: 'I certify that what I wrote is true and complete.', es: 'Certifico que lo que escribí es verdadero y completo.' } } };

/** A care team that asks patients to sign: full name and the certify box, above Review. */
export const Signature: Story = {
  render: () => html`<sm-compose locale="en" .config=${signature}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'prescription', answers: { medication: 'Metformin', dose: '500 mg', pharmacy: 'Main Street' } });
    await settle(widget(canvasElement));
  },
};

/** Review pressed unsigned: both problems, in Spanish. */
export const SignatureMissingSpanish: Story = {
  render: () => html`<sm-compose locale="es" .config=${signature}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'prescription', answers: { medication: 'Metformina', dose: '500 mg', pharmacy: 'Farmacia Central' } });
    await pressReview(widget(canvasElement));
  },
};

const thread = {
  threadId: 'thread-881',
  categoryId: 'test-results',
  subject: 'Your lab results',
  from: { en: 'Dr. Rivera', es: 'la Dra. Rivera' },
  sentAt: '2026-11-30T15:04:00Z',
  excerpt: 'Your A1c is 7.9. Please tell me how you take your metformin.',
};

/** Reply mode: the clinician's message above the patient's reply; no category to choose. */
export const Reply: Story = {
  render: () => html`<sm-compose locale="en" .config=${{ replyTo: thread }}></sm-compose>`,
};

/** Replies closed by the host (after 45 days), in Spanish: why, and where a new message starts. */
export const ReplyClosedSpanish: Story = {
  render: () => html`<sm-compose locale="es" .config=${{ replyTo: { ...thread, closed: { reason: { en: 'Replies close after 45 days.', es: 'Las respuestas se cierran a los 45 días.' }, newMessageHref: '/messages/new' } } }}></sm-compose>`,
};

/** MyChart's billing notice in the writing step of a medical question. */
export const BillingNotice: Story = {
  render: () => html`<sm-compose locale="en" .config=${{ billing: { notice: 'A message that needs your clinician’s time may be billed to your insurance.', categories: ['medical-question'] } }}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ regarding: 'self', category: 'medical-question' });
    await settle(widget(canvasElement));
  },
};

/** A patient with proxies: who else can read this message, everyone checked as portals do today. */
const proxies: ComposeConfig = {
  proxies: {
    people: [
      { id: 'p-maria', label: { en: 'Maria Lopez (your daughter)', es: 'Maria Lopez (su hija)' } },
      { id: 'p-john', label: { en: 'John Lopez (your husband)', es: 'John Lopez (su esposo)' } },
    ],
    help: { en: 'To change who can read your messages, go to Account, then Proxies.', es: 'Para cambiar quién puede leer sus mensajes, vaya a Cuenta y luego a Representantes.' },
  },
};

/** "Who else can read this message?" in the writing step: one box per proxy, all checked. */
export const Proxies: Story = {
  render: () => html`<sm-compose locale="en" .config=${proxies}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill(askQuestion);
    await settle(widget(canvasElement));
  },
};

/** In Spanish, with John unchecked: this message is not for him. */
export const ProxiesSpanish: Story = {
  render: () => html`<sm-compose locale="es" .config=${proxies}></sm-compose>`,
  play: async ({ canvasElement }) => {
    widget(canvasElement).prefill({ ...askQuestion, answers: { concern: 'Un sarpullido en el brazo', since: 'El lunes', question: '¿Debo ir a consulta?' }, proxies: { 'p-maria': true, 'p-john': false } });
    await settle(widget(canvasElement));
  },
};
