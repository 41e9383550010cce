/**
 * `sm-compose`: registers every element and re-exports the whole public API.
 */
import './define.js';

export * from './core/index.js';
export { defineElements } from './define.js';
export { SmCompose, type ComposeDraft, type UrgencyCheckMode } from './components/compose/compose.js';
export { SmCategoryPicker } from './components/category-picker/category-picker.js';
export { SmUrgencyDialog, type UrgencyDialogLevel } from './components/urgency-dialog/urgency-dialog.js';
export { SmCharBudget } from './components/char-budget/char-budget.js';
export { SmPromptFields } from './components/prompt-fields/prompt-fields.js';
export { SmAttachments } from './components/attachments/attachments.js';
export { SmDictationButton } from './components/dictation/dictation-button.js';
export {
  checkAttachments,
  matchesAccept,
  describeAttachments,
  formatFileSize,
  DEFAULT_ATTACHMENT_LIMITS,
  type AttachmentInfo,
  type AttachmentLimits,
  type AttachmentRejection,
  type AttachmentRule,
  type AttachmentCheck,
} from './core/attachments.js';
export { speechRecognitionConstructor, type DictationError } from './controllers/speech-recognition.js';
export * from './events.js';
import { provideTranslation } from './i18n/index.js';
import { es } from './i18n/es.js';

// The full entry has every language at hand, so `getTranslation('es')` works from the start.
provideTranslation('es', es);

export { getTranslation, en as stringsEn, type Translation, type TranslationKey, type PluralText } from './i18n/index.js';
export { es as stringsEs };
