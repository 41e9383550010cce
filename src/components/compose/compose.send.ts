import { emit } from '../../events.js';
import type { FlowHost } from './compose.flow.js';

// Send is offered only by the review step, so it loads with it (compose.review.ts), not with the
// first screen.

/** Send: the reviewed payload goes to the host in `sm-submit`; a plain form is submitted. */
export async function send(host: FlowHost): Promise<void> {
  const { state, busy, resolved, settings, form } = host.read();
  const { payload } = state;
  if (busy || state.phase !== 'review' || !payload) return;
  host.dispatch({ type: 'send' });
  const files = resolved.attachments ? [...state.files] : [];
  const outcome = await host.submission.submit(
    (waitUntil) => emit(host.element, 'sm-submit', { payload, files, waitUntil }, { cancelable: true }),
    settings.submitTimeout,
    // In a plain <form method="post"> with no script, Send submits the form.
    () => form?.requestSubmit(),
  );
  if (outcome === 'ignored') return;
  if (outcome === 'sent') {
    host.dispatch({ type: 'sent' });
    emit(host.element, 'sm-sent', { id: payload.id });
    return host.focusAfterUpdate('#sent-title');
  }
  host.dispatch({ type: 'failed' });
  emit(host.element, 'sm-submit-error', { id: payload.id });
  return host.focusAfterUpdate('[part="send-error"]');
}
