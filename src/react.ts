'use client';
/**
 * `sm-compose/react`: React components for the elements, with every event as an `onSm…` prop
 * (`onSmSubmit`, `onSmSent`, …, `onSmAttachmentsChange`, `onSmDictation`). A Client Component
 * module (`'use client'`): a Server Component can render these, and a server renderer writes
 * their attributes (`<sm-compose locale="es" max-length="1500">`). Built on
 * `sm-compose/elements`: only what the first screen needs loads with it, the rest when needed.
 *
 * React 19 also takes the plain tags: their types come with this module, or alone from
 * `sm-compose/jsx`.
 */
import './elements.js';
import type { SmCategoryPicker } from './components/category-picker/category-picker.js';
import type { SmCharBudget } from './components/char-budget/char-budget.js';
import type { SmCompose } from './components/compose/compose.js';
import type { SmPromptFields } from './components/prompt-fields/prompt-fields.js';
import type { SmUrgencyDialog } from './components/urgency-dialog/urgency-dialog.js';
import { categoryPickerProps, charBudgetProps, composeProps, promptFieldsProps, urgencyDialogProps } from './element-props.js';
import { createWrapper, type WrapperProps } from './react-wrapper.js';

export const SmComposeReact = createWrapper<SmCompose, typeof composeProps>(composeProps, 'SmComposeReact');
export const SmCategoryPickerReact = createWrapper<SmCategoryPicker, typeof categoryPickerProps>(categoryPickerProps, 'SmCategoryPickerReact');
export const SmUrgencyDialogReact = createWrapper<SmUrgencyDialog, typeof urgencyDialogProps>(urgencyDialogProps, 'SmUrgencyDialogReact');
export const SmCharBudgetReact = createWrapper<SmCharBudget, typeof charBudgetProps>(charBudgetProps, 'SmCharBudgetReact');
export const SmPromptFieldsReact = createWrapper<SmPromptFields, typeof promptFieldsProps>(promptFieldsProps, 'SmPromptFieldsReact');

export type SmComposeReactProps = WrapperProps<SmCompose, typeof composeProps>;
export type SmCategoryPickerReactProps = WrapperProps<SmCategoryPicker, typeof categoryPickerProps>;
export type SmUrgencyDialogReactProps = WrapperProps<SmUrgencyDialog, typeof urgencyDialogProps>;
export type SmCharBudgetReactProps = WrapperProps<SmCharBudget, typeof charBudgetProps>;
export type SmPromptFieldsReactProps = WrapperProps<SmPromptFields, typeof promptFieldsProps>;
export type { SmCompose, SmCategoryPicker, SmUrgencyDialog, SmCharBudget, SmPromptFields };
export type * from './events.js';
export type * from './jsx.js';
