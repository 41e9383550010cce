import type { MessagePayload } from '../payload-schema.js';
import type { ProxyChoices } from '../proxies.js';
import type { UrgencyDecision } from '../urgency-levels.js';

/** Where the patient is: writing, checking the message before sending, or done. */
export type Phase = 'compose' | 'review' | 'sent';
/** Who the message is about; `''` until the patient has said. */
export type Regarding = '' | 'self' | 'other';

/** The patient's answers to the urgency check so far. */
export interface UrgencyRecord {
  /** The last answer, and when it was given (ISO 8601). */
  decision: UrgencyDecision;
  checkedAt: string;
  /** The findings the patient chose to go on past; the same findings are not asked about again. */
  continuedPast: readonly string[] | undefined;
  /** The red flags the patient said they have now, once they answered the routine check. */
  reported: readonly string[] | undefined;
}

/**
 * Everything `<sm-compose>` knows about the message being written, in one immutable value.
 * It changes only through the transitions in `transitions.ts`; what follows from it (the body,
 * the count, the errors) is computed by `derive`.
 */
export interface ComposeState {
  readonly phase: Phase;
  /** The patient confirmed they understand the rules (with `require-acknowledgement`). */
  readonly acknowledged: boolean;
  readonly regarding: Regarding;
  /** The chosen category's id; `''` before one is chosen. */
  readonly category: string;
  /** The chosen recipient's id (with `config.recipients`); `''` before one is chosen. */
  readonly recipient: string;
  /** What the patient typed to find a recipient in a long list (not part of the message). */
  readonly recipientSearch: string;
  /** The full name the patient signed with, and whether they certified the statement (with `config.signature`). */
  readonly signatureName: string;
  readonly signatureCertified: boolean;
  /** Which proxies may see this message, by id, where the patient chose (with `config.proxies`); the others follow the host's default. */
  readonly proxyChoices: ProxyChoices;
  /** The patient chose to write a message rather than follow the category's faster channel. */
  readonly redirectDeclined: boolean;
  /** Answers by prompt id, exactly as typed. */
  readonly answers: Readonly<Record<string, string>>;
  /** The patient's own subject; `undefined` while the suggested one is used. */
  readonly subject: string | undefined;
  readonly message: string;
  readonly files: readonly File[];
  readonly urgency: UrgencyRecord | undefined;
  /** The patient has started writing (a field of the writing step took focus) and not yet answered the check: it is due. */
  readonly checkDue: boolean;
  /** The patient pressed Review with something missing: the problems are shown from now on. */
  readonly showErrors: boolean;
  /** Review could not go on: a part needed did not load (offline), or the message failed the final check. */
  readonly reviewFailed: 'load' | 'prepare' | undefined;
  /** The last send failed (rejected or timed out): the error and a retry are shown. */
  readonly sendFailed: boolean;
  /** The message as reviewed: built once at Review, sent by Send. */
  readonly payload: MessagePayload | undefined;
  /**
   * The id of the message being sent. Kept across a failed send so that a retry of the same
   * message carries the same id; any change to the content gives the next one a new id.
   */
  readonly payloadId: string | undefined;
  /** When the restored draft was saved (ISO 8601), while its notice shows. */
  readonly restoredAt: string | undefined;
}

export const initialState: ComposeState = Object.freeze({
  phase: 'compose',
  acknowledged: false,
  regarding: '',
  category: '',
  recipient: '',
  recipientSearch: '',
  signatureName: '',
  signatureCertified: false,
  proxyChoices: Object.freeze({}),
  redirectDeclined: false,
  answers: Object.freeze({}),
  subject: undefined,
  message: '',
  files: Object.freeze([]),
  urgency: undefined,
  checkDue: false,
  showErrors: false,
  reviewFailed: undefined,
  sendFailed: false,
  payload: undefined,
  payloadId: undefined,
  restoredAt: undefined,
});
