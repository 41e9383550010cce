import type { MessagePayload } from '../payload-schema.js';
import type { ProxyChoices } from '../proxies.js';
import type { UrgencyDecision } from '../urgency-levels.js';
import { initialState, type ComposeState, type Regarding } from './state.js';

/** What a host may prefill, or a draft restores: the patient's choices and words. */
export interface ComposeDraft {
  regarding?: 'self' | 'other';
  category?: string;
  /** The recipient's id (with `config.recipients`). */
  recipient?: string;
  answers?: Record<string, string>;
  subject?: string;
  message?: string;
  /** Which proxies may see the message, by id (with `config.proxies`): `true` may, `false` may not. */
  proxies?: ProxyChoices;
}

/** The patient's answer to the urgency check, as `<sm-urgency-dialog>` reports it. */
export interface UrgencyAnswer {
  decision: UrgencyDecision;
  checkedAt: string;
  findings: readonly string[];
  reported?: readonly string[] | undefined;
}

/** Everything that can happen to a message, one action per transition below. */
export type ComposeAction =
  | { type: 'acknowledge'; checked: boolean }
  | { type: 'regard'; regarding: Regarding }
  | { type: 'choose'; category: string }
  | { type: 'choose-recipient'; recipient: string }
  | { type: 'search-recipients'; query: string }
  | { type: 'sign'; name?: string; certified?: boolean }
  | { type: 'choose-proxies'; choices: ProxyChoices }
  | { type: 'start-writing' }
  | { type: 'decline-redirect' }
  | { type: 'answer'; answers: Readonly<Record<string, string>> }
  | { type: 'edit-subject'; subject: string }
  | { type: 'type'; message: string }
  | { type: 'attach'; files: readonly File[] }
  | { type: 'decide'; answer: UrgencyAnswer }
  | { type: 'show-errors' }
  | { type: 'review'; payload: MessagePayload }
  | { type: 'review-failed'; reason: 'load' | 'prepare' }
  | { type: 'edit' }
  | { type: 'send' }
  | { type: 'sent' }
  | { type: 'failed' }
  | { type: 'reset' }
  | { type: 'restore'; draft: unknown; savedAt?: string | undefined }
  | { type: 'categories'; ids: readonly string[] };

/** The next state. Pure: the same state and action always give the same result. */
export function transition(state: ComposeState, action: ComposeAction): ComposeState {
  switch (action.type) {
    case 'acknowledge':
      return { ...state, acknowledged: action.checked };
    case 'regard':
      return changed(state, { regarding: action.regarding });
    case 'choose':
      return action.category === state.category ? state : changed(state, { category: action.category, redirectDeclined: false });
    case 'choose-recipient':
      return changed(state, { recipient: action.recipient });
    case 'sign':
      return changed(state, { signatureName: action.name ?? state.signatureName, signatureCertified: action.certified ?? state.signatureCertified });
    case 'choose-proxies':
      return changed(state, { proxyChoices: action.choices });
    case 'search-recipients':
      return { ...state, recipientSearch: action.query };
    case 'start-writing':
      // The check when writing starts comes when the patient starts writing, not while they browse.
      return state.urgency === undefined && !state.checkDue ? { ...state, checkDue: true } : state;
    case 'decline-redirect':
      return { ...state, redirectDeclined: true };
    case 'answer':
      return changed(state, { answers: action.answers });
    case 'edit-subject':
      return changed(state, { subject: action.subject });
    case 'type':
      return changed(state, { message: action.message });
    case 'attach':
      return changed(state, { files: action.files });
    case 'decide':
      return decide(state, action.answer);
    case 'show-errors':
      return { ...state, showErrors: true };
    case 'review':
      return { ...state, phase: 'review', showErrors: false, reviewFailed: undefined, sendFailed: false, payload: action.payload, payloadId: action.payload.id };
    case 'review-failed':
      return { ...state, reviewFailed: action.reason };
    case 'edit':
      return { ...state, phase: 'compose', sendFailed: false, payload: undefined };
    case 'send':
      return { ...state, sendFailed: false };
    case 'sent':
      return { ...state, phase: 'sent' };
    case 'failed':
      return { ...state, sendFailed: true };
    case 'reset':
      // The rules were understood once; everything the patient wrote is gone.
      return { ...initialState, acknowledged: state.acknowledged };
    case 'restore':
      return restore(state, action.draft, action.savedAt);
    case 'categories':
      return state.category === '' || action.ids.includes(state.category) ? state : changed(state, { category: '' });
  }
}

/** A change to what the message says: the reviewed payload and its id no longer describe it. */
function changed(state: ComposeState, change: Partial<ComposeState>): ComposeState {
  return { ...state, ...change, payload: undefined, payloadId: undefined };
}

function decide(state: ComposeState, answer: UrgencyAnswer): ComposeState {
  const before = state.urgency;
  return {
    ...state,
    checkDue: false,
    urgency: {
      decision: answer.decision,
      checkedAt: answer.checkedAt,
      continuedPast: answer.decision === 'continued' ? [...answer.findings] : before?.continuedPast,
      reported: answer.reported ? [...answer.reported] : before?.reported,
    },
  };
}

/**
 * Fills the form from a host's prefill or a restored draft, as if the patient had written it.
 * Anything a script can pass is accepted: what is not text is left out (numbers become text),
 * and `null` changes nothing.
 */
function restore(state: ComposeState, draft: unknown, savedAt: string | undefined): ComposeState {
  if (typeof draft !== 'object' || draft === null) return state;
  const { regarding, category, recipient, answers, subject, message, proxies } = draft as Record<string, unknown>;
  return changed(state, {
    phase: 'compose',
    category: typeof category === 'string' ? category : state.category,
    recipient: typeof recipient === 'string' ? recipient : state.recipient,
    regarding: regarding === 'self' || regarding === 'other' ? regarding : state.regarding,
    answers: entries(answers, text),
    proxyChoices: entries(proxies, (visible) => (typeof visible === 'boolean' ? visible : undefined)),
    message: text(message) ?? '',
    subject: text(subject) || undefined,
    sendFailed: false,
    restoredAt: savedAt,
  });
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** The entries of `value` that `read` accepts, by id: answers as text, proxies' choices as booleans. */
function entries<T>(value: unknown, read: (item: unknown) => T | undefined): Record<string, T> {
  if (typeof value !== 'object' || value === null) return {};
  const kept = Object.entries(value).flatMap(([id, item]) => {
    const accepted = read(item);
    return accepted === undefined ? [] : [[id, accepted] as const];
  });
  return Object.fromEntries(kept);
}
