/**
 * `sm-compose/vue`: types for the tags in Vue templates (Volar / vue-tsc), through Vue's
 * `GlobalComponents`: `import type {} from 'sm-compose/vue';` once in the project. Properties
 * by name (`:max-length="1500"` or `:maxLength`, `:config`), events as `@sm-submit` (typed
 * through `onSmSubmit`). The tags stay custom elements: tell Vue's compiler so
 * (`isCustomElement: (tag) => tag.startsWith('sm-')`).
 */
import type { DefineComponent } from 'vue';
import type { SmCategoryPicker } from './components/category-picker/category-picker.js';
import type { SmCharBudget } from './components/char-budget/char-budget.js';
import type { SmCompose } from './components/compose/compose.js';
import type { SmPromptFields } from './components/prompt-fields/prompt-fields.js';
import type { SmUrgencyDialog } from './components/urgency-dialog/urgency-dialog.js';
import type { SmAttachments } from './components/attachments/attachments.js';
import type { SmDictationButton } from './components/dictation/dictation-button.js';
import type {
  ElementPropsTable,
  EventPropsOf,
  PropertiesOf,
  attachmentsProps,
  categoryPickerProps,
  charBudgetProps,
  composeProps,
  dictationButtonProps,
  promptFieldsProps,
  urgencyDialogProps,
} from './element-props.js';

/** The props of an `sm-` element in a Vue template. */
export type SmVueProps<E extends HTMLElement, T extends ElementPropsTable> = PropertiesOf<E, T> & EventPropsOf<T>;

export type SmComposeVueProps = SmVueProps<SmCompose, typeof composeProps>;
export type SmCategoryPickerVueProps = SmVueProps<SmCategoryPicker, typeof categoryPickerProps>;
export type SmUrgencyDialogVueProps = SmVueProps<SmUrgencyDialog, typeof urgencyDialogProps>;
export type SmCharBudgetVueProps = SmVueProps<SmCharBudget, typeof charBudgetProps>;
export type SmPromptFieldsVueProps = SmVueProps<SmPromptFields, typeof promptFieldsProps>;
export type SmAttachmentsVueProps = SmVueProps<SmAttachments, typeof attachmentsProps>;
export type SmDictationButtonVueProps = SmVueProps<SmDictationButton, typeof dictationButtonProps>;

declare module 'vue' {
  interface GlobalComponents {
    'sm-compose': DefineComponent<SmComposeVueProps>;
    'sm-category-picker': DefineComponent<SmCategoryPickerVueProps>;
    'sm-urgency-dialog': DefineComponent<SmUrgencyDialogVueProps>;
    'sm-char-budget': DefineComponent<SmCharBudgetVueProps>;
    'sm-prompt-fields': DefineComponent<SmPromptFieldsVueProps>;
    'sm-attachments': DefineComponent<SmAttachmentsVueProps>;
    'sm-dictation-button': DefineComponent<SmDictationButtonVueProps>;
  }
}
