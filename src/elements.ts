/**
 * `sm-compose/elements`, and the entry of the drop-in bundle: registers the elements with only
 * what the first screen needs. The rest loads by itself: the urgency rules, the zod checks,
 * the dialog, attachments and dictation right after the first render (or at once when the
 * patient needs them first), Floating UI when a tip opens. For the functions
 * (`assessUrgency`, `validateConfig`, …) import `sm-compose` or `sm-compose/core`.
 */
import { SmCategoryPicker } from './components/category-picker/category-picker.js';
import { SmCompose } from './components/compose/compose.js';
import { attachmentsElement, dictationElement, formElements, urgencyDialogElement } from './components/shared/lazy-elements.js';
import { register } from './components/shared/register.js';
import { whenIdle } from './controllers/lazy-module.js';

register({
  'sm-compose': SmCompose,
  'sm-category-picker': SmCategoryPicker,
});
// Every element also works on its own, so the others are registered too, once the page is idle;
// attachments and dictation after the rest: on a slow network they would share the bandwidth
// that <sm-compose>'s urgency check needs.
whenIdle(() => {
  void Promise.allSettled([formElements.load(), urgencyDialogElement.load()]).then(() => {
    attachmentsElement.prefetch();
    dictationElement.prefetch();
  });
});

export { SmCompose, SmCategoryPicker };
export type { SmCharBudget } from './components/char-budget/char-budget.js';
export type { SmPromptFields } from './components/prompt-fields/prompt-fields.js';
export type { SmUrgencyDialog } from './components/urgency-dialog/urgency-dialog.js';
export type { SmAttachments } from './components/attachments/attachments.js';
export type { SmDictationButton } from './components/dictation/dictation-button.js';
export * from './events.js';
export type * from './tag-names.js';
