import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { SmCompose } from '../src/index.js';
import { refillDraft, settle } from './drive.js';

/**
 * Theming: `theme="dark"` (or `auto`), and portal brands through the `--sm-*` custom
 * properties. Nothing leaks into or out of the page: the host page styles below do not
 * reach the widget.
 */
const meta: Meta = {
  title: 'Compose/Theming',
  component: 'sm-compose',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SmCompose>('sm-compose')!;
    el.prefill({ ...refillDraft, answers: { medication: 'Metformin' } });
    await settle(el);
  },
};
export default meta;
type Story = StoryObj;

export const Dark: Story = {
  render: () => html`<div style="background:#121212;padding:1rem"><sm-compose locale="en" theme="dark"></sm-compose></div>`,
};

/** A community health centre: green, rounded, a humanist font. */
export const RiversideHealth: Story = {
  render: () => html`<div style="background:#f4f7f2;padding:1rem">
    <sm-compose
      locale="en"
      style="--sm-color-accent:#1f6f43;--sm-color-focus:#8a4b00;--sm-color-subtle:#e8f1ea;--sm-color-frame:#b9d3c1;--sm-radius:14px;--sm-font-family:'Trebuchet MS',Verdana,sans-serif;--sm-space:1.125rem"
    ></sm-compose>
  </div>`,
};

/** A hospital system: deep purple, square corners, larger type. */
export const MetroCare: Story = {
  render: () => html`<div style="background:#ffffff;padding:1rem">
    <sm-compose
      locale="es"
      style="--sm-color-accent:#4b2a85;--sm-color-subtle:#f1ecf8;--sm-color-frame:#4b2a85;--sm-radius:0;--sm-font-size:1.125rem;--sm-max-width:48rem"
    ></sm-compose>
  </div>`,
};
