import { emit } from '../../events.js';
import type { SmAttachments } from '../attachments/attachments.js';
import type { SmCategoryPicker } from '../category-picker/category-picker.js';
import type { SmPromptFields } from '../prompt-fields/prompt-fields.js';
import type { FlowHost } from './compose.flow.js';
import type { ComposeView } from './compose.view-model.js';

/**
 * What each of the patient's actions does: an action for the state (`dispatch`), the event the
 * host hears, and where focus goes. The views call these; nothing here keeps state.
 */
export function composeHandlers(host: FlowHost): ComposeView['on'] {
  const { dispatch, element } = host;
  const startOver = () => {
    dispatch({ type: 'reset' });
    void host.focusAfterUpdate('sm-category-picker');
  };
  return {
    acknowledge: (event) => {
      const checked = (event.target as HTMLInputElement).checked;
      dispatch({ type: 'acknowledge', checked });
      if (checked) emit(element, 'sm-acknowledge', {});
    },
    regard: (event) => dispatch({ type: 'regard', regarding: (event.target as HTMLInputElement).value as 'self' | 'other' }),
    choose: (event) => dispatch({ type: 'choose', category: (event.target as SmCategoryPicker).value }),
    dispatch,
    redirect: (choice) => {
      const category = host.read().derived.category;
      if (!category?.redirect) return;
      emit(element, 'sm-redirect', { category: category.id, href: category.redirect.href, choice });
      if (choice !== 'continued') return;
      dispatch({ type: 'decline-redirect' });
      // The button goes away with the nudge: focus goes to where writing starts, not to <body>.
      void host.focusAfterUpdate('#write-title');
    },
    startWriting: (event) => {
      // A field, not the heading that takes focus after a redirect. Input counts too: words can
      // arrive without a focus event (dictation software, a window that is not focused).
      const origin = event.composedPath()[0];
      if (origin instanceof Element && origin.matches('input, textarea, select')) dispatch({ type: 'start-writing' });
    },
    answer: (event) => dispatch({ type: 'answer', answers: { ...(event.target as SmPromptFields).values } }),
    subject: (event) => dispatch({ type: 'edit-subject', subject: (event.target as HTMLInputElement).value }),
    message: (event) => dispatch({ type: 'type', message: (event.target as HTMLTextAreaElement).value }),
    attach: (event) => dispatch({ type: 'attach', files: [...(event.target as SmAttachments).files] }),
    // Review is in the writing step, Send on the review step: each loaded the part that does it.
    review: () => void host.parts.ready('write')?.write.review(host),
    send: () => void host.parts.ready('review')?.review.send(host),
    edit: () => {
      dispatch({ type: 'edit' });
      void host.focusAfterUpdate('[part="review-button"]');
    },
    startOver,
  };
}
