import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CombinedUrgency } from '../core/combine-urgency.js';
import type { UrgencyConfig } from '../core/config-schema.js';
import type { Locale } from '../core/locale.js';
import type { UrgencyQuestion } from '../core/compose/urgency-step.js';
import type { RedFlagDefinition } from '../core/red-flags.js';
import type { UrgencyAssessment } from '../core/triage/index.js';
import type { SmUrgencyDecisionDetail } from '../events.js';
import type { SmUrgencyDialog } from '../components/urgency-dialog/urgency-dialog.js';
import type * as Screening from '../components/compose/compose.screening.js';
import { DebouncedTask } from './debounced-task.js';

/** What the urgency controller reads from its host after each update. */
export interface UrgencyView {
  /** Whether the patient is writing (the notice is for the writing step only) and the check is on. */
  active: boolean;
  /** The text to screen: the subject and the body. */
  text: string;
  locale: Locale;
  /** The patient just chose a category and the check when writing starts is due. */
  checkDue: boolean;
  urgency: UrgencyConfig | undefined;
  crisisAdvice: string;
  reported: readonly string[] | undefined;
}

export interface UrgencyControllerOptions {
  read: () => UrgencyView;
  /** The screening module, loaded if needed; `undefined` when it could not be loaded. */
  screening: () => Promise<typeof Screening | undefined>;
  /** The dialog, with its element loaded; `undefined` when it could not be loaded. */
  dialog: () => Promise<SmUrgencyDialog | undefined>;
  /** The dialog if its element has loaded already. */
  dialogNow: () => SmUrgencyDialog | undefined;
  /** Counts work the patient waits for (the host's check), so that `updateComplete` waits for it. */
  track: <T>(work: Promise<T>) => Promise<T>;
  /** The patient answered the dialog (each answer, whatever asked). */
  onAnswer: (answer: SmUrgencyDecisionDetail) => void;
}

/**
 * The urgency screen of a message being written: the inline notice a moment after typing
 * pauses (one assessment per distinct text), the check at Review, and `ask()`, which opens
 * `<sm-urgency-dialog>` and resolves with the patient's answer (as Material's dialog resolves
 * `show()` with its `returnValue`).
 */
export class UrgencyController implements ReactiveController {
  /** What the text read as when typing last paused; `undefined` when nothing. */
  notice: UrgencyAssessment | undefined;
  /** Review is waiting for the host's check: a second press does nothing. */
  checking = false;
  private screenedText = '';
  private wasDue = false;
  private asking: Promise<SmUrgencyDecisionDetail | undefined> | undefined;
  private readonly whenPaused: DebouncedTask;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: UrgencyControllerOptions,
  ) {
    host.addController(this);
    this.whenPaused = new DebouncedTask(host, () => void this.screen(), 800);
  }

  hostUpdated(): void {
    const view = this.options.read();
    if (!view.active) {
      this.whenPaused.cancel();
      this.screenedText = '';
      if (this.notice) {
        this.notice = undefined;
        this.host.requestUpdate();
      }
      return;
    }
    if (view.text !== this.screenedText) {
      this.screenedText = view.text;
      this.whenPaused.schedule();
    }
    // Once per choice: a dialog that could not load is not asked for again on every update.
    if (view.checkDue && !this.wasDue) void this.ask('check');
    this.wasDue = view.checkDue;
  }

  /**
   * The check at Review: the rules and, with `urgency.assess`, the host's check beside them
   * (for at most its timeout). Without a host check the result is there at once, not behind a
   * promise, so that Review follows the press without a wait.
   */
  atReview(screening: typeof Screening): CombinedUrgency | Promise<CombinedUrgency> {
    const { text, locale, urgency } = this.options.read();
    const screened = screening.screenAtReview(text, locale, urgency);
    if (!(screened instanceof Promise)) return screened.result;
    this.checking = true;
    return this.options.track(screened.then((done) => done.result).finally(() => (this.checking = false)));
  }

  /**
   * Opens the dialog for `question` and resolves with the patient's answer; `undefined` when
   * the dialog could not be loaded. A question asked while one is open gets that one's answer.
   */
  ask(question: UrgencyQuestion, found?: CombinedUrgency): Promise<SmUrgencyDecisionDetail | undefined> {
    if (this.asking) return this.asking;
    // Loaded already: the dialog opens in this task, not after a wait.
    const ready = this.options.dialogNow();
    let asked: Promise<SmUrgencyDecisionDetail | undefined>;
    if (ready) asked = this.open(ready, question, found);
    else {
      const loaded = this.options.dialog();
      asked = loaded.then((dialog) => dialog && this.open(dialog, question, found));
      // `updateComplete` waits until the dialog is shown (not for the answer).
      void this.options.track(loaded.then(() => undefined));
    }
    this.asking = asked.finally(() => (this.asking = undefined));
    return this.asking;
  }

  private open(dialog: SmUrgencyDialog, question: UrgencyQuestion, found: CombinedUrgency | undefined): Promise<SmUrgencyDecisionDetail> {
    const view = this.options.read();
    dialog.level = question;
    dialog.crisisAdvice = view.crisisAdvice || undefined;
    dialog.findings = found?.findings ?? [];
    dialog.findingLabels = found?.labels ?? {};
    dialog.redFlags = view.urgency?.redFlags as RedFlagDefinition[] | undefined;
    dialog.reported = [...(view.reported ?? [])];
    const answered = new Promise<SmUrgencyDecisionDetail>((resolve) =>
      dialog.addEventListener(
        'sm-urgency-decision',
        (event) => {
          this.options.onAnswer(event.detail);
          resolve(event.detail);
          // What the answer resumes (a Review) is waited for by `updateComplete`.
          if (this.asking) this.options.track(this.asking);
        },
        { once: true },
      ),
    );
    dialog.show();
    return answered;
  }

  private async screen(): Promise<void> {
    const screening = await this.options.screening();
    const view = this.options.read();
    // Offline: the check at Review says what did not load. A step away from writing clears it.
    if (!screening || !view.active) return;
    const assessment = screening.assessOnce(view.text);
    this.notice = assessment.level === 'none' ? undefined : assessment;
    this.host.requestUpdate();
  }
}
