import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { DEFAULT_CATEGORIES, resolveCategory } from '../src/index.js';
import type { SmUrgencyDialog } from '../src/index.js';

const meta: Meta = { title: 'Parts' };
export default meta;
type Story = StoryObj;

const openDialog = async (canvasElement: HTMLElement) => {
  const dialog = canvasElement.querySelector<SmUrgencyDialog>('sm-urgency-dialog')!;
  dialog.show();
  await dialog.updateComplete;
};

/**
 * The category picker on its own: the arrow keys browse the options (a screen reader reads
 * each one) without choosing; a click, Space, Enter or tabbing on from a new option chooses it
 * and fires `sm-category-change`. "Which one should I choose?" opens help.
 */
export const CategoryPicker: Story = {
  render: () => html`<sm-category-picker locale="en"></sm-category-picker>`,
};

export const CategoryPickerSpanish: Story = {
  render: () => html`<sm-category-picker locale="es" value="test-results"></sm-category-picker>`,
};

/** The routine urgency check, with an on-call line. */
export const UrgencyDialog: Story = {
  render: () => html`<sm-urgency-dialog locale="en" on-call-number="555-0100"></sm-urgency-dialog>`,
  play: async ({ canvasElement }) => openDialog(canvasElement),
};

/** The routine check's red flags: "Do you have any of these right now?", each a toggle. */
export const RedFlagChecklist: Story = {
  render: () => html`<sm-urgency-dialog locale="en" on-call-number="555-0100"></sm-urgency-dialog>`,
  play: async ({ canvasElement }) => openDialog(canvasElement),
};

export const RedFlagChecklistSpanish: Story = {
  render: () => html`<sm-urgency-dialog locale="es" on-call-number="555-0100"></sm-urgency-dialog>`,
  play: async ({ canvasElement }) => openDialog(canvasElement),
};

/** A red flag chosen: its action (here the crisis line, call or text) right under it; the patient can still continue. */
export const RedFlagChosen: Story = {
  render: () => html`<sm-urgency-dialog locale="en" crisis-advice="Veterans: press 1."></sm-urgency-dialog>`,
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    const dialog = canvasElement.querySelector<SmUrgencyDialog>('sm-urgency-dialog')!;
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="red-flag"][data-flag="suicidal-thoughts"]')!.click();
    await dialog.updateComplete;
  },
};

/** A host's own red-flag list (`config.urgency.redFlags`), with the emergency flag chosen. */
export const RedFlagHostList: Story = {
  render: () => html`<sm-urgency-dialog
    locale="en"
    on-call-number="555-0100"
    .redFlags=${[
      { id: 'sudden-vision-loss', label: { en: 'Sudden loss of vision', es: 'Pérdida repentina de la vista' }, action: 'emergency' },
      { id: 'wound-spreading', label: { en: 'Redness spreading from a wound', es: 'Enrojecimiento que se extiende desde una herida' }, action: 'on-call' },
    ]}
    .reported=${['sudden-vision-loss']}
  ></sm-urgency-dialog>`,
  play: async ({ canvasElement }) => openDialog(canvasElement),
};

/** The dialog when the message reads like a crisis: the crisis line first. */
export const UrgencyDialogCrisis: Story = {
  render: () => html`<sm-urgency-dialog locale="en" level="crisis" crisis-advice="Veterans: press 1." .findings=${['suicidal-thoughts']}></sm-urgency-dialog>`,
  play: async ({ canvasElement }) => openDialog(canvasElement),
};

/** The dialog for an emergency read in the message: the emergency number first. */
export const UrgencyDialogEmergency: Story = {
  render: () => html`<sm-urgency-dialog locale="en" level="emergency" .findings=${['chest-pain', 'trouble-breathing']}></sm-urgency-dialog>`,
  play: async ({ canvasElement }) => openDialog(canvasElement),
};

/** The dialog for a same-day problem: the on-call line first. */
export const UrgencyDialogUrgent: Story = {
  render: () => html`<sm-urgency-dialog locale="en" level="urgent" on-call-number="555-0100" .findings=${['high-fever']}></sm-urgency-dialog>`,
  play: async ({ canvasElement }) => openDialog(canvasElement),
};

export const UrgencyDialogSpanish: Story = {
  render: () => html`<sm-urgency-dialog locale="es" level="emergency" .findings=${['chest-pain']}></sm-urgency-dialog>`,
  play: async ({ canvasElement }) => openDialog(canvasElement),
};

/**
 * The budget with any textarea, through `for`. Type past 50 characters: the textarea's
 * description holds the count once, and a polite announcement follows each crossing of the
 * warning (40) and the limit, and back.
 */
export const CharBudgetWithTextarea: Story = {
  render: () => html`<div style="display:grid;gap:.25rem;max-width:30rem;font-family:system-ui">
    <label for="note">A note for your care team</label>
    <textarea id="note" rows="4" aria-describedby="note-budget"></textarea>
    <sm-char-budget id="note-budget" for="note" max="50" locale="en"></sm-char-budget>
  </div>`,
};

export const CharBudgetWarning: Story = {
  render: () => html`<sm-char-budget locale="en" max="2000" .count=${1712}></sm-char-budget>`,
};

/** At exactly the limit: "You have reached the limit of 2,000 characters", not "0 characters left". */
export const CharBudgetAtLimit: Story = {
  render: () => html`<sm-char-budget locale="en" max="2000" .count=${2000}></sm-char-budget>`,
};

export const CharBudgetAtLimitSpanish: Story = {
  render: () => html`<sm-char-budget locale="es" max="2000" .count=${2000}></sm-char-budget>`,
};

export const CharBudgetOver: Story = {
  render: () => html`<sm-char-budget locale="es" max="2000" .count=${2045}></sm-char-budget>`,
};

/** Every prompt of the medical-question category. */
export const PromptFields: Story = {
  render: () => html`<sm-prompt-fields locale="en" .prompts=${resolveCategory(DEFAULT_CATEGORIES[1]!, 'en').prompts}></sm-prompt-fields>`,
};

/** Prompts with errors shown. */
export const PromptFieldsErrors: Story = {
  render: () => html`<sm-prompt-fields
    locale="es"
    .prompts=${resolveCategory(DEFAULT_CATEGORIES[0]!, 'es').prompts}
    .values=${{ medication: 'Metformina' }}
    .errors=${{ dose: 'Escriba: dosis o concentración', pharmacy: 'Escriba: farmacia' }}
  ></sm-prompt-fields>`,
};
