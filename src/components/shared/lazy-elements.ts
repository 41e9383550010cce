import { LazyModule } from '../../controllers/lazy-module.js';
import { register } from './register.js';

// Elements that another element shows only later, or only with an option on. They are
// registered when first wanted, so that in the drop-in bundle the first screen does not
// carry them; where they are already registered (the full entry) this costs nothing.

/** The writing step's parts: shown once a category is chosen. */
export const formElements = new LazyModule(() =>
  Promise.all([import('../prompt-fields/prompt-fields.js'), import('../char-budget/char-budget.js')]).then(([{ SmPromptFields }, { SmCharBudget }]) =>
    register({ 'sm-prompt-fields': SmPromptFields, 'sm-char-budget': SmCharBudget }),
  ),
);

export const urgencyDialogElement = new LazyModule(() =>
  import('../urgency-dialog/urgency-dialog.js').then(({ SmUrgencyDialog }) => register({ 'sm-urgency-dialog': SmUrgencyDialog })),
);

export const attachmentsElement = new LazyModule(() =>
  import('../attachments/attachments.js').then(({ SmAttachments }) => register({ 'sm-attachments': SmAttachments })),
);

export { dictationElement } from '../dictation/dictation-element.js';
