import type { CombinedUrgency } from '../../core/combine-urgency.js';
import type { ComposeAction } from '../../core/compose/transitions.js';
import { asksWhileScreeningLoads, questionAtReview } from '../../core/compose/urgency-step.js';
import { settleWithin } from '../../core/settle-within.js';
import type { PartsController } from '../../controllers/parts.js';
import type { SubmissionController } from '../../controllers/submission.js';
import type { UrgencyController } from '../../controllers/urgency.js';
import type { ComposePart, composeParts } from './compose.parts.js';
import type { ComposeView } from './compose.view-model.js';

// What Review does, step by step: `<sm-compose>` calls it with a view of itself (Send, offered by
// the review step, is in compose.send.ts).

/** How long Review waits for a screening still on its way before it asks the red flags instead. */
const SCREENING_GRACE_MS = 150;

/** `<sm-compose>` as it is now: read again after every wait, since the patient may act meanwhile. */
export type FlowView = Pick<ComposeView, 'state' | 'derived' | 'settings' | 'locale' | 't' | 'resolved' | 'busy'> & { form: HTMLFormElement | null };

/** What the Review and Send flow reads from `<sm-compose>` and asks of it. */
export interface FlowHost {
  readonly element: HTMLElement;
  read(): FlowView;
  readonly parts: PartsController<typeof composeParts>;
  readonly urgency: UrgencyController;
  readonly submission: SubmissionController;
  dispatch(action: ComposeAction): void;
  focusAfterUpdate(selector: string): Promise<void>;
}

/** Review: what blocks sending, then the urgency check, then the message as it will be sent. */
export async function review(host: FlowHost): Promise<void> {
  if (host.urgency.checking) return;
  let now = host.read();
  if (now.derived.problems.length > 0) {
    host.dispatch({ type: 'show-errors' });
    return host.focusAfterUpdate('[part="error-summary"]');
  }
  const mode = now.settings.checkMode;
  const text = now.derived.screenedText;
  // The safety check first: the dialog does not wait for what only the review step needs.
  // With everything loaded and no host check, no await: the next step follows the press at once.
  const forCheck: ComposePart[] = mode === 'off' ? ['screening'] : ['screening', 'urgencyDialog'];
  let loaded = host.parts.ready(...forCheck);
  if (!loaded && asksWhileScreeningLoads(now.state, mode) && host.parts.ready('urgencyDialog')) {
    // The screening is still on its way: a moment for one nearly here, then (a slow network) the
    // red flags are asked rather than a longer wait; the screening still reads the text before
    // anything is sent.
    const soon = await settleWithin(host.parts.need(...forCheck), SCREENING_GRACE_MS);
    if (soon.status === 'fulfilled') loaded = soon.value;
    else {
      const answer = await host.urgency.ask('check');
      if (!answer) return failReview(host, 'load');
      if (answer.decision !== 'continued') return;
    }
  }
  const { screening } = loaded ?? (await host.parts.need(...forCheck)) ?? {};
  if (!screening) return failReview(host, 'load');
  let found: CombinedUrgency = screening.screenNow(text, host.read().locale).result;
  if (mode !== 'off') {
    const screened = host.urgency.atReview(screening);
    found = screened instanceof Promise ? await screened : screened;
    now = host.read();
    if (now.state.phase !== 'compose') return;
    const question = questionAtReview(now.state, mode, found);
    if (question) {
      const answer = await host.urgency.ask(question, question === 'check' ? undefined : found);
      if (!answer) return failReview(host, 'load');
      if (answer.decision !== 'continued') return;
    }
  }
  const forReview: ComposePart[] = ['checks', 'review'];
  const { checks } = host.parts.ready(...forReview) ?? (await host.parts.need(...forReview)) ?? {};
  if (!checks) return failReview(host, 'load');
  // The patient may have acted while a part loaded or the dialog was open.
  now = host.read();
  if (now.state.phase !== 'compose') return;
  // Written to meanwhile: what was checked is not what would be sent. Check again.
  if (now.derived.screenedText !== text) return review(host);
  const payload = checks.preparePayload({
    state: now.state,
    derived: now.derived,
    settings: now.settings,
    locale: now.locale,
    messageLabel: now.t.messageLabel,
    attachments: Boolean(now.resolved.attachments),
    config: now.resolved.config,
    found,
  });
  if (!payload) return failReview(host, 'prepare');
  host.dispatch({ type: 'review', payload });
  return host.focusAfterUpdate('#review-title');
}

function failReview(host: FlowHost, reason: 'load' | 'prepare'): Promise<void> {
  host.dispatch({ type: 'review-failed', reason });
  return host.focusAfterUpdate('[part="load-error"]');
}
