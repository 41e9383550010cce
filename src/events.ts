import type { ConfigIssue } from './core/validate-config.js';
import type { MessagePayload } from './core/payload-schema.js';
import type { UrgencyDecision, UrgencyLevelName } from './core/urgency-levels.js';

/**
 * Event details. No event but `sm-submit` carries what the patient wrote: the others name
 * what changed, and the element's properties hold the rest.
 */
export interface SmSubmitDetail {
  payload: MessagePayload;
  /** The attached files, in the order of `payload.attachments` (empty without attachments). */
  files: File[];
  /** Keep the widget busy until `promise` settles; a rejection keeps every word and offers a retry. */
  waitUntil(promise: PromiseLike<unknown>): void;
}
export interface SmSentDetail {
  id: string;
}
export interface SmSubmitErrorDetail {
  id: string;
}
export interface SmConfigErrorDetail {
  issues: ConfigIssue[];
}
export interface SmCategoryChangeDetail {
  category: string;
}
export interface SmFieldInputDetail {
  id: string;
}
export interface SmUrgencyDecisionDetail {
  level: UrgencyLevelName;
  findings: string[];
  decision: UrgencyDecision;
  checkedAt: string;
  /**
   * The routine check only: the ids of the red flags the patient said they have right now
   * (empty after "None of these"). Never any message text.
   */
  reported?: string[];
}

export interface SmRedirectDetail {
  category: string;
  href: string;
  /** `followed`: the patient took the link; `continued`: chose to write a message anyway. */
  choice: 'followed' | 'continued';
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SmAcknowledgeDetail {}
// Attachments and dictation
export interface SmAttachmentsChangeDetail {
  /** How many files are attached now; read them from the element's `files`. */
  count: number;
}
export interface SmDictationDetail {
  /** `listening`: dictation started; `stopped`: it ended; `error`: it failed (the message is shown). */
  state: 'listening' | 'stopped' | 'error';
}

export interface SmEventMap {
  'sm-submit': CustomEvent<SmSubmitDetail>;
  'sm-sent': CustomEvent<SmSentDetail>;
  'sm-submit-error': CustomEvent<SmSubmitErrorDetail>;
  'sm-config-error': CustomEvent<SmConfigErrorDetail>;
  'sm-category-change': CustomEvent<SmCategoryChangeDetail>;
  'sm-field-input': CustomEvent<SmFieldInputDetail>;
  'sm-urgency-decision': CustomEvent<SmUrgencyDecisionDetail>;
  'sm-redirect': CustomEvent<SmRedirectDetail>;
  'sm-acknowledge': CustomEvent<SmAcknowledgeDetail>;
  'sm-attachments-change': CustomEvent<SmAttachmentsChangeDetail>;
  'sm-dictation': CustomEvent<SmDictationDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends SmEventMap {}
}

/** Dispatches an `sm-` event the way every part does: bubbling, composed, typed. */
export function emit<K extends keyof SmEventMap>(
  target: EventTarget,
  type: K,
  detail: SmEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}
