import { SmCategoryPicker } from './components/category-picker/category-picker.js';
import { SmCharBudget } from './components/char-budget/char-budget.js';
import { SmCompose } from './components/compose/compose.js';
import { SmPromptFields } from './components/prompt-fields/prompt-fields.js';
import { SmUrgencyDialog } from './components/urgency-dialog/urgency-dialog.js';
import { SmAttachments } from './components/attachments/attachments.js';
import { SmDictationButton } from './components/dictation/dictation-button.js';

const elements = {
  'sm-compose': SmCompose,
  'sm-category-picker': SmCategoryPicker,
  'sm-urgency-dialog': SmUrgencyDialog,
  'sm-char-budget': SmCharBudget,
  'sm-prompt-fields': SmPromptFields,
  'sm-attachments': SmAttachments,
  'sm-dictation-button': SmDictationButton,
} as const;

const WARNED = Symbol.for('sm-compose.warned-double-load');

/**
 * Registers every element. Safe to run twice (two bundles on one page): names already
 * taken are left alone, with one console warning for the whole page.
 */
export function defineElements(): void {
  let taken = false;
  for (const [name, constructor] of Object.entries(elements)) {
    const existing = customElements.get(name);
    if (!existing) customElements.define(name, constructor);
    else if (existing !== constructor) taken = true;
  }
  const flags = globalThis as { [WARNED]?: boolean };
  if (taken && !flags[WARNED]) {
    flags[WARNED] = true;
    console.warn('sm-compose: the elements were already defined by another copy of sm-compose; this copy is not used. Load the library once.');
  }
}

defineElements();

declare global {
  interface HTMLElementTagNameMap {
    'sm-compose': SmCompose;
    'sm-category-picker': SmCategoryPicker;
    'sm-urgency-dialog': SmUrgencyDialog;
    'sm-char-budget': SmCharBudget;
    'sm-prompt-fields': SmPromptFields;
    'sm-attachments': SmAttachments;
    'sm-dictation-button': SmDictationButton;
  }
}
