import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { DEFAULT_CATEGORIES, type SmCompose } from '../src/index.js';
import { settle } from './drive.js';

/** Every default category, in English and Spanish: its examples, notice and prompts. */
const meta: Meta<{ category: string; locale: 'en' | 'es' }> = {
  title: 'Compose/Categories',
  component: 'sm-compose',
  argTypes: {
    category: { control: 'select', options: DEFAULT_CATEGORIES.map((category) => category.id) },
    locale: { control: 'inline-radio', options: ['en', 'es'] },
  },
  render: (args) => html`<sm-compose locale=${args.locale}></sm-compose>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<SmCompose>('sm-compose')!;
    el.prefill({ regarding: 'self', category: args.category });
    await settle(el);
  },
};
export default meta;
type Story = StoryObj<{ category: string; locale: 'en' | 'es' }>;

export const Prescription: Story = { args: { category: 'prescription', locale: 'en' } };
export const PrescriptionSpanish: Story = { args: { category: 'prescription', locale: 'es' } };
export const MedicalQuestion: Story = { args: { category: 'medical-question', locale: 'en' } };
export const MedicalQuestionSpanish: Story = { args: { category: 'medical-question', locale: 'es' } };
export const TestResults: Story = { args: { category: 'test-results', locale: 'en' } };
export const TestResultsSpanish: Story = { args: { category: 'test-results', locale: 'es' } };
export const Scheduling: Story = { args: { category: 'scheduling', locale: 'en' } };
export const SchedulingSpanish: Story = { args: { category: 'scheduling', locale: 'es' } };
export const Referral: Story = { args: { category: 'referral', locale: 'en' } };
export const ReferralSpanish: Story = { args: { category: 'referral', locale: 'es' } };
export const FollowUp: Story = { args: { category: 'follow-up', locale: 'en' } };
export const FollowUpSpanish: Story = { args: { category: 'follow-up', locale: 'es' } };
export const SomethingElse: Story = { args: { category: 'other', locale: 'en' } };
export const SomethingElseSpanish: Story = { args: { category: 'other', locale: 'es' } };
