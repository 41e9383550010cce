import { register } from './components/shared/register.js';
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

/**
 * Registers every element. Safe to run twice (two bundles on one page): names already
 * taken are left alone, with one console warning for the whole page.
 */
export function defineElements(): void {
  register(elements);
}

defineElements();

export type * from './tag-names.js';
