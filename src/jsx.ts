/**
 * `sm-compose/jsx`: types for the plain tags in React 19's JSX (`<sm-compose>`), which React 19
 * handles natively. `sm-compose/react` brings them too; without it:
 * `import type {} from 'sm-compose/jsx';` once in the project.
 *
 * A plain tag takes what React 19 does with it, on the server and in the browser:
 * - the properties that have an attribute form, by their attribute name, which is what a
 *   server renders (`max-length={1500}` or `max-length="1500"`, `require-acknowledgement`);
 * - the others by their property name (`config`, `draftStore`), set in the browser only;
 * - the events as `onsm-…` (`onsm-submit`): React 19 listens to the event named after `on`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SmCategoryPicker } from './components/category-picker/category-picker.js';
import type { SmCharBudget } from './components/char-budget/char-budget.js';
import type { SmCompose } from './components/compose/compose.js';
import type { SmPromptFields } from './components/prompt-fields/prompt-fields.js';
import type { SmUrgencyDialog } from './components/urgency-dialog/urgency-dialog.js';
import type { SmAttachments } from './components/attachments/attachments.js';
import type { SmDictationButton } from './components/dictation/dictation-button.js';
import type {
  AttributesOf,
  ElementPropsTable,
  EventProp,
  PropertyProp,
  SmListener,
  attachmentsProps,
  categoryPickerProps,
  charBudgetProps,
  composeProps,
  dictationButtonProps,
  promptFieldsProps,
  urgencyDialogProps,
} from './element-props.js';

type PlainTagProperties<E, T extends ElementPropsTable> = { [K in PropertyProp<T> as K extends keyof E ? K : never]?: K extends keyof E ? E[K] : never };
type PlainTagEvents<T extends ElementPropsTable> = { [K in EventProp<T> as `on${T['events'][K]}`]?: SmListener<T['events'][K]> };

/** The props of an `sm-` element's plain tag in React 19. */
export type SmPlainTagProps<E extends HTMLElement, T extends ElementPropsTable> = AttributesOf<E, T> &
  PlainTagProperties<E, T> &
  PlainTagEvents<T> &
  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof AttributesOf<E, T> | keyof PlainTagProperties<E, T> | keyof PlainTagEvents<T>>;

export type SmComposeJsxProps = SmPlainTagProps<SmCompose, typeof composeProps>;
export type SmCategoryPickerJsxProps = SmPlainTagProps<SmCategoryPicker, typeof categoryPickerProps>;
export type SmUrgencyDialogJsxProps = SmPlainTagProps<SmUrgencyDialog, typeof urgencyDialogProps>;
export type SmCharBudgetJsxProps = SmPlainTagProps<SmCharBudget, typeof charBudgetProps>;
export type SmPromptFieldsJsxProps = SmPlainTagProps<SmPromptFields, typeof promptFieldsProps>;
export type SmAttachmentsJsxProps = SmPlainTagProps<SmAttachments, typeof attachmentsProps>;
export type SmDictationButtonJsxProps = SmPlainTagProps<SmDictationButton, typeof dictationButtonProps>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'sm-compose': SmComposeJsxProps;
      'sm-category-picker': SmCategoryPickerJsxProps;
      'sm-urgency-dialog': SmUrgencyDialogJsxProps;
      'sm-char-budget': SmCharBudgetJsxProps;
      'sm-prompt-fields': SmPromptFieldsJsxProps;
      'sm-attachments': SmAttachmentsJsxProps;
      'sm-dictation-button': SmDictationButtonJsxProps;
    }
  }
}
