import { LazyModule } from '../../controllers/lazy-module.js';
import { attachmentsElement, dictationElement, formElements, urgencyDialogElement } from '../shared/lazy-elements.js';

/**
 * What `<sm-compose>` loads after its first screen (each a file of its own in the drop-in
 * bundle), by name, for its `PartsController`.
 */
export const composeParts = {
  /** The urgency rules (the largest part) and the inline notice. */
  screening: new LazyModule(() => import('./compose.screening.js')),
  /** zod: the host's config and the payload. */
  checks: new LazyModule(() => import('./compose.checks.js')),
  /** The writing step's views. */
  write: new LazyModule(() => import('./compose.write.js')),
  /** The review and sent steps. */
  review: new LazyModule(() => import('./compose.review.js')),
  /** `<sm-prompt-fields>` and `<sm-char-budget>`: the writing step. */
  formElements,
  urgencyDialog: urgencyDialogElement,
  attachments: attachmentsElement,
  dictation: dictationElement,
};

export type ComposePart = keyof typeof composeParts;

