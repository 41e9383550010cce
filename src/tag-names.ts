// The tag names, for TypeScript: `document.querySelector('sm-compose')` is an SmCompose.
import type { SmCategoryPicker } from './components/category-picker/category-picker.js';
import type { SmCharBudget } from './components/char-budget/char-budget.js';
import type { SmCompose } from './components/compose/compose.js';
import type { SmPromptFields } from './components/prompt-fields/prompt-fields.js';
import type { SmUrgencyDialog } from './components/urgency-dialog/urgency-dialog.js';
import type { SmAttachments } from './components/attachments/attachments.js';
import type { SmDictationButton } from './components/dictation/dictation-button.js';

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

export {};
