/**
 * `sm-compose/react`: React components for every element, with events as props
 * (`onSmSubmit`, `onSmSent`, …). React 19 handles custom elements natively too; these
 * wrappers add types and camel-cased event props for React 18 and for editors.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './define.js';
import { SmCategoryPicker } from './components/category-picker/category-picker.js';
import { SmCharBudget } from './components/char-budget/char-budget.js';
import { SmCompose } from './components/compose/compose.js';
import { SmPromptFields } from './components/prompt-fields/prompt-fields.js';
import { SmUrgencyDialog } from './components/urgency-dialog/urgency-dialog.js';
import type { SmEventMap } from './events.js';

const event = <K extends keyof SmEventMap>(name: K) => name as EventName<SmEventMap[K]>;

export const SmComposeReact = createComponent({
  tagName: 'sm-compose',
  elementClass: SmCompose,
  react: React,
  events: {
    onSmSubmit: event('sm-submit'),
    onSmSent: event('sm-sent'),
    onSmSubmitError: event('sm-submit-error'),
    onSmConfigError: event('sm-config-error'),
    onSmCategoryChange: event('sm-category-change'),
    onSmUrgencyDecision: event('sm-urgency-decision'),
    onSmFieldInput: event('sm-field-input'),
    onSmRedirect: event('sm-redirect'),
    onSmAcknowledge: event('sm-acknowledge'),
  },
});

export const SmCategoryPickerReact = createComponent({
  tagName: 'sm-category-picker',
  elementClass: SmCategoryPicker,
  react: React,
  events: { onSmCategoryChange: event('sm-category-change') },
});

export const SmUrgencyDialogReact = createComponent({
  tagName: 'sm-urgency-dialog',
  elementClass: SmUrgencyDialog,
  react: React,
  events: { onSmUrgencyDecision: event('sm-urgency-decision') },
});

export const SmCharBudgetReact = createComponent({ tagName: 'sm-char-budget', elementClass: SmCharBudget, react: React });

export const SmPromptFieldsReact = createComponent({
  tagName: 'sm-prompt-fields',
  elementClass: SmPromptFields,
  react: React,
  events: { onSmFieldInput: event('sm-field-input') },
});

export type * from './events.js';
