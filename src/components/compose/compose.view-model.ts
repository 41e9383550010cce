import type { Derived } from '../../core/compose/derive.js';
import type { ComposeSettings } from '../../core/compose/settings.js';
import type { ComposeState } from '../../core/compose/state.js';
import type { ComposeAction } from '../../core/compose/transitions.js';
import type { Locale } from '../../core/locale.js';
import type { UrgencyAssessment } from '../../core/triage/index.js';
import type { Translation } from '../../i18n/index.js';
import type { ResolvedConfig } from './compose.config.js';

/** Everything `<sm-compose>` shows, as one value: the element builds it, `renderCompose` draws it. */
export interface ComposeView {
  t: Translation;
  locale: Locale;
  state: ComposeState;
  derived: Derived;
  settings: ComposeSettings;
  /** The config in the widget's language, with its reply time, crisis advice and attachment limits. */
  resolved: ResolvedConfig;
  /** A host's config waits for its check: nothing shows yet. */
  checking: boolean;
  unavailable: boolean;
  requireAcknowledgement: boolean;
  /** Out of hours: when the message will be read, and the on-call line (`config.officeHours`). */
  office: import('./compose.checks.js').OfficeNotice | undefined;
  dictation: boolean;
  busy: boolean;
  draftSaveFailed: boolean;
  /** What the text read as when typing last paused, and the module that shows it. */
  notice: UrgencyAssessment | undefined;
  screening: typeof import('./compose.screening.js') | undefined;
  on: {
    acknowledge: (event: Event) => void;
    regard: (event: Event) => void;
    choose: (event: Event) => void;
    /** A later-loaded step's own actions (the recipients' choice and search). */
    dispatch: (action: ComposeAction) => void;
    redirect: (choice: 'followed' | 'continued') => void;
    answer: (event: Event) => void;
    subject: (event: Event) => void;
    message: (event: Event) => void;
    attach: (event: Event) => void;
    review: () => void;
    send: () => void;
    edit: () => void;
    startOver: () => void;
    startWriting: (event: Event) => void;
  };
}
