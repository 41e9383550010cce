import { budgetStatus, type BudgetStatus } from '../budget.js';
import type { AnsweredField } from '../message-body.js';
import type { ProxyChoices, ProxyVisibility } from '../proxies.js';
import type { ResolvedRecipient } from '../recipients.js';
import type { ResolvedCategory } from '../resolve-catalog.js';
import type { ComposeState } from './state.js';
import type { FieldProblem, validate } from './validators.js';
import type { BodyLabels, SignatureEnv, writeMessage } from './writing.js';

/** What `derive` needs besides the state: the host's settings and the strings the body quotes. */
export interface ComposeEnv {
  categories: readonly ResolvedCategory[];
  /**
   * Who can receive a message of a category (`config.recipients`, in the order listed); empty
   * when the host routes by category alone. Given with the writing step, where they show.
   */
  recipients: (category: string) => readonly ResolvedRecipient[];
  /**
   * Reply mode (`config.replyTo`): the one category is the conversation's, nothing is chosen;
   * `closed` when the host no longer takes replies.
   */
  reply: 'open' | 'closed' | undefined;
  /** The character budget of the body. */
  limit: number;
  requireAcknowledgement: boolean;
  /** The body's labels, in the patient's language. */
  labels: BodyLabels;
  /**
   * How the body, the suggested subject and the signed line are written (writing.ts). Given
   * with the writing step, where they show; before it, they are empty and nothing cleans text.
   */
  writing: { writeMessage: typeof writeMessage } | undefined;
  /** With `config.signature`: the categories it is asked for, and the signed line (writing.ts). */
  signature: SignatureEnv | undefined;
  /**
   * With `config.proxies` (proxies.ts): who may see a message of this category, as the patient
   * chose; `undefined` where the choice is not offered. Given with the writing step, where it shows.
   */
  proxies?: ((category: string, choices: ProxyChoices) => ProxyVisibility | undefined) | undefined;
  /** Counts the body's characters (an incremental counter: a keystroke recounts only what changed). */
  count: (body: string) => number;
  /**
   * What blocks sending (validators.ts). Given where problems can be shown: the widget loads
   * the validators with its writing step, where Review is.
   */
  validate?: typeof validate;
}

/** Everything computed from the state, once per change. */
export interface Derived {
  category: ResolvedCategory | undefined;
  /** Who can receive a message of the chosen category, in the order they are listed. */
  recipients: readonly ResolvedRecipient[];
  /** The patient is asked to sign this message; once they typed their name, the line that ends the body. */
  signing: boolean;
  signedLine: string | undefined;
  /** Which proxies may see this message (with `config.proxies`, where the category offers the choice). */
  proxies: ProxyVisibility | undefined;
  /** Who the message goes to: the patient's choice, or the only one there is. */
  recipient: ResolvedRecipient | undefined;
  /** The answered prompts as the body and the payload list them. */
  fields: AnsweredField[];
  /** The text the clinician will read. */
  body: string;
  count: number;
  budget: BudgetStatus;
  /** The subject shown: the patient's own, or the one suggested from the category and key answer. */
  subject: string;
  /** What blocks sending, in the order of the form (shown once the patient pressed Review). */
  readonly problems: FieldProblem[];
  /**
   * Which parts show. `briefRules`: writing has begun, so the rules keep only when the message
   * will be read and the emergency line (whole while they are to be acknowledged).
   */
  shows: { choices: boolean; redirect: boolean; write: boolean; briefRules: boolean };
  /** What the urgency check reads: the subject and the body. */
  screenedText: string;
}

export function derive(state: ComposeState, env: ComposeEnv): Derived {
  // A reply answers in the conversation's category: nothing to choose.
  const category = env.reply ? env.categories[0] : env.categories.find((c) => c.id === state.category);
  const recipients = category ? env.recipients(category.id) : [];
  // The patient's choice while it can take this category, or the only one that can.
  const recipient = recipients.find((r) => r.id === state.recipient) ?? (recipients.length === 1 ? recipients[0] : undefined);
  // Before the writing step, nothing is written: no body, no suggested subject, nothing cleans text.
  const { fields = [], signing = false, signedLine, written = '', body = '', subject = state.subject ?? '' } = (category && env.writing?.writeMessage(state, category, env.labels, env.signature)) || {};
  const count = category ? env.count(body) : 0;
  const choices = !env.reply && (!env.requireAcknowledgement || state.acknowledged);
  const redirect = choices && Boolean(category?.redirect) && !state.redirectDeclined;
  let problems: FieldProblem[] | undefined;
  return {
    category,
    recipients,
    recipient,
    signing,
    signedLine,
    proxies: category && env.proxies?.(category.id, state.proxyChoices),
    fields,
    body,
    count,
    budget: budgetStatus(count, env.limit),
    subject,
    // Checked when asked for (at Review, and while the problems show), not on every keystroke.
    get problems() {
      return (problems ??= env.validate?.({ state, category, replying: Boolean(env.reply), recipients, recipient, signing, subject, body: written, count, limit: env.limit }) ?? []);
    },
    shows: { choices, redirect, write: (env.reply === 'open' || choices) && Boolean(category) && !redirect, briefRules: Boolean(category) && !env.requireAcknowledgement },
    screenedText: `${subject}\n${body}`,
  };
}
