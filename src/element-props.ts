/**
 * The public reactive properties of each element, without loading the elements: what the
 * React wrappers and the JSX and Vue typings are made of. `attributes` maps a property to its
 * attribute (what a server renders, and what a plain tag takes); `properties` lists those with
 * no attribute form (objects, functions), set on the element in the browser only; `events`
 * maps the `onSm…` prop names to the events hosts can listen to on the element (its own and
 * those of the parts inside it, which bubble and are composed). Types only at the use sites,
 * so the lazily loaded parts stay lazy; test/core/react.test.ts checks these tables against the
 * classes and the manifest.
 */
import type { SmEventMap } from './events.js';

interface ElementProps {
  readonly tagName: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly properties: readonly string[];
  readonly events: Readonly<Record<string, keyof SmEventMap>>;
}

const base = { locale: 'locale', theme: 'theme' } as const;

export const composeProps = {
  tagName: 'sm-compose',
  attributes: {
    ...base,
    maxLength: 'max-length',
    emergencyNumber: 'emergency-number',
    crisisNumber: 'crisis-number',
    onCallNumber: 'on-call-number',
    urgencyCheck: 'urgency-check',
    submitTimeout: 'submit-timeout',
    requireAcknowledgement: 'require-acknowledgement',
    name: 'name',
    draftKey: 'draft-key',
    leaveWarning: 'leave-warning',
    dictation: 'dictation',
    disabled: 'disabled',
  },
  properties: ['strings', 'config', 'draftStore'],
  events: {
    onSmSubmit: 'sm-submit',
    onSmSent: 'sm-sent',
    onSmSubmitError: 'sm-submit-error',
    onSmConfigError: 'sm-config-error',
    onSmCategoryChange: 'sm-category-change',
    onSmUrgencyDecision: 'sm-urgency-decision',
    onSmFieldInput: 'sm-field-input',
    onSmRedirect: 'sm-redirect',
    onSmAcknowledge: 'sm-acknowledge',
    onSmAttachmentsChange: 'sm-attachments-change',
    onSmDictation: 'sm-dictation',
  },
} as const satisfies ElementProps;

export const categoryPickerProps = {
  tagName: 'sm-category-picker',
  attributes: { ...base, value: 'value', disabled: 'disabled' },
  properties: ['strings', 'categories'],
  events: { onSmCategoryChange: 'sm-category-change' },
} as const satisfies ElementProps;

export const urgencyDialogProps = {
  tagName: 'sm-urgency-dialog',
  attributes: {
    ...base,
    open: 'open',
    level: 'level',
    emergencyNumber: 'emergency-number',
    crisisNumber: 'crisis-number',
    onCallNumber: 'on-call-number',
    crisisAdvice: 'crisis-advice',
  },
  properties: ['strings', 'findings', 'redFlags', 'reported', 'findingLabels'],
  events: { onSmUrgencyDecision: 'sm-urgency-decision' },
} as const satisfies ElementProps;

export const charBudgetProps = {
  tagName: 'sm-char-budget',
  attributes: { ...base, max: 'max', count: 'count', for: 'for', warningRatio: 'warning-ratio' },
  properties: ['strings'],
  events: {},
} as const satisfies ElementProps;

export const promptFieldsProps = {
  tagName: 'sm-prompt-fields',
  attributes: { ...base, disabled: 'disabled', dictation: 'dictation' },
  properties: ['strings', 'prompts', 'values', 'errors'],
  events: { onSmFieldInput: 'sm-field-input', onSmDictation: 'sm-dictation' },
} as const satisfies ElementProps;

export const attachmentsProps = {
  tagName: 'sm-attachments',
  attributes: { ...base, maxFiles: 'max-files', maxFileSize: 'max-file-size', maxTotalSize: 'max-total-size', accept: 'accept', disabled: 'disabled' },
  properties: ['strings', 'files'],
  events: { onSmAttachmentsChange: 'sm-attachments-change' },
} as const satisfies ElementProps;

export const dictationButtonProps = {
  tagName: 'sm-dictation-button',
  attributes: { ...base, for: 'for', disabled: 'disabled' },
  properties: ['strings'],
  events: { onSmDictation: 'sm-dictation' },
} as const satisfies ElementProps;

/** Every element's table, by tag. */
export const elementProps = {
  'sm-compose': composeProps,
  'sm-category-picker': categoryPickerProps,
  'sm-urgency-dialog': urgencyDialogProps,
  'sm-char-budget': charBudgetProps,
  'sm-prompt-fields': promptFieldsProps,
  'sm-attachments': attachmentsProps,
  'sm-dictation-button': dictationButtonProps,
} as const;

export type ElementPropsTable = ElementProps;

/** A table's property names with an attribute form, without one, and its event props. */
export type AttributeProp<T extends ElementProps> = keyof T['attributes'] & string;
export type PropertyProp<T extends ElementProps> = T['properties'][number];
export type EventProp<T extends ElementProps> = keyof T['events'] & string;

/** The listener of an `sm-` event. */
export type SmListener<K extends keyof SmEventMap> = (event: SmEventMap[K]) => void;

/** A number attribute also takes its text (`max-length="1500"`). */
type AttributeValue<V> = V extends number ? V | `${V}` : V;
/** `{ 'max-length'?: number, … }`: the properties with an attribute form, by attribute name. */
export type AttributesOf<E, T extends ElementProps> = {
  [K in AttributeProp<T> as T['attributes'][K]]?: K extends keyof E ? AttributeValue<Exclude<E[K], null>> : never;
};
/** `{ maxLength?: number, config?: ComposeConfig, … }`: every public property, by property name. */
export type PropertiesOf<E, T extends ElementProps> = {
  [K in AttributeProp<T> | PropertyProp<T> as K extends keyof E ? K : never]?: K extends keyof E ? E[K] : never;
};
/** `{ onSmSubmit?: (event) => void, … }`. */
export type EventPropsOf<T extends ElementProps> = { [K in EventProp<T>]?: SmListener<T['events'][K]> };
