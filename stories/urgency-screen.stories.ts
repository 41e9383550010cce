import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { ComposeDraft, SmCompose } from '../src/index.js';
import { pressReview } from './drive.js';

// What the urgency screen reads in messages written the way patients write them, and where it
// sends them: a caregiver's message about a baby's fever, a blood-pressure reading in a form
// line, and a goodbye that never says "suicide", in English and Spanish.

interface Args {
  locale: 'en' | 'es';
  draft: ComposeDraft;
}

const meta: Meta<Args> = {
  title: 'Compose/Urgency screen',
  component: 'sm-compose',
  render: (args) => html`<sm-compose locale=${args.locale} urgency-check="send" on-call-number="555-0100"></sm-compose>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<SmCompose>('sm-compose')!;
    el.prefill(args.draft);
    await pressReview(el);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A parent writes about a 6-week-old with a fever: an emergency at this age, not a same-day call. */
export const InfantFeverCaregiver: Story = {
  args: {
    locale: 'en',
    draft: {
      regarding: 'other',
      category: 'medical-question',
      answers: {
        concern: 'My 6 week old son feels hot and is more sleepy than usual.',
        since: 'Since this afternoon',
        readings: 'Temperature 100.9 F',
        question: 'Can he have Tylenol?',
      },
    },
  },
};

export const InfantFeverCaregiverSpanish: Story = {
  args: {
    locale: 'es',
    draft: {
      regarding: 'other',
      category: 'medical-question',
      answers: {
        concern: 'Mi bebé de 5 semanas está caliente y más dormido de lo normal.',
        since: 'Desde la tarde',
        readings: 'Temperatura 38.3',
        question: '¿Le puedo dar paracetamol?',
      },
    },
  },
};

/** Only a number in the readings line of a follow-up: 214/126 is an emergency. */
export const BloodPressureReading: Story = {
  args: {
    locale: 'en',
    draft: {
      regarding: 'self',
      category: 'follow-up',
      answers: { visit: 'Dr. Lee, November 3', update: 'Checking my pressure at home as you asked.', readings: 'BP 214/126 this morning' },
    },
  },
};

export const BloodPressureReadingSpanish: Story = {
  args: {
    locale: 'es',
    draft: {
      regarding: 'self',
      category: 'follow-up',
      answers: { visit: 'Dra. López, 3 de noviembre', update: 'Me tomo la presión en casa como me dijo.', readings: 'Presión 220/130 hoy en la mañana' },
    },
  },
};

/** A refill request that turns into a goodbye: the crisis line comes first. */
export const VeiledCrisis: Story = {
  args: {
    locale: 'en',
    draft: {
      regarding: 'self',
      category: 'prescription',
      answers: { medication: 'Sertraline', dose: '100 mg', pharmacy: 'Main Street Pharmacy' },
      message: 'Actually no need to refill it. I gave my dog to my sister and wrote letters to my kids. Thank you for everything.',
    },
  },
};

export const VeiledCrisisSpanish: Story = {
  args: {
    locale: 'es',
    draft: {
      regarding: 'self',
      category: 'prescription',
      answers: { medication: 'Sertralina', dose: '100 mg', pharmacy: 'Farmacia Central' },
      message: 'Ya no hace falta el resurtido. Le regalé mi perro a mi hermana y les escribí cartas a mis hijos. Gracias por todo.',
    },
  },
};

/** An emergency that also reads as a crisis: the emergency number first, the crisis line right after it. */
export const OverdoseToDie: Story = {
  args: {
    locale: 'en',
    draft: {
      regarding: 'self',
      category: 'other',
      answers: { topic: 'My pills' },
      message: 'I took all of my sleeping pills an hour ago because I want to die.',
    },
  },
};

export const OverdoseToDieSpanish: Story = {
  args: {
    locale: 'es',
    draft: {
      regarding: 'self',
      category: 'other',
      answers: { topic: 'Mis pastillas' },
      message: 'Hace una hora me tomé todas las pastillas para dormir porque me quiero morir.',
    },
  },
};
