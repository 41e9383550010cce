import type { PropertyDeclarations } from 'lit';
import { createDraft, isDraftEmpty, serializeDraft } from '../../core/draft.js';
import type { ResolvedCategory } from '../../core/resolve-catalog.js';
import type { Derived } from '../../core/compose/derive.js';
import { resolveSettings, type ComposeSettings } from '../../core/compose/settings.js';
import { fromSnapshot, snapshot } from '../../core/compose/snapshot.js';
import { memoizeLast } from '../../core/memoize-last.js';
import { initialState, type ComposeState } from '../../core/compose/state.js';
import { transition, type ComposeAction, type ComposeDraft } from '../../core/compose/transitions.js';
import { asksWhenWritingStarts } from '../../core/compose/urgency-step.js';
import { DraftController, readSnapshot } from '../../controllers/draft.js';
import { FormValueController } from '../../controllers/form-value.js';
import { PartsController } from '../../controllers/parts.js';
import { SubmissionController } from '../../controllers/submission.js';
import { UrgencyController } from '../../controllers/urgency.js';
import { emit } from '../../events.js';
import type { Translation } from '../../i18n/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import type { SmUrgencyDialog } from '../urgency-dialog/urgency-dialog.js';
import { ConfigController, type ResolvedConfig } from './compose.config.js';
import { composeParts, type ComposePart } from './compose.parts.js';
import { ComposeProperties } from './compose.properties.js';
import { DerivedCache } from './compose.derived.js';
import type { FlowHost } from './compose.flow.js';
import { composeHandlers } from './compose.handlers.js';
import { composeStyles } from './compose.styles.js';
import { renderCompose } from './compose.render.js';
import type { ComposeView } from './compose.view-model.js';

export type { ComposeDraft } from '../../core/compose/transitions.js';
export type { UrgencyCheckMode } from '../../core/compose/settings.js';

/**
 * @tag sm-compose
 * @summary A secure-message composer for patient portals: category, urgency check,
 * per-category prompts, a character budget, review and send. It emits a validated payload
 * in `sm-submit`; the host portal submits it. The widget never talks to a server.
 *
 * @event {CustomEvent<SmSubmitDetail>} sm-submit - The patient pressed Send. `detail.payload` is validated; call `detail.waitUntil(promise)` to keep the widget busy until your request settles. A rejection keeps every word and lets the patient retry with the same `payload.id`.
 * @event {CustomEvent<SmSentDetail>} sm-sent - The host's promise resolved (or none was given) and the confirmation is shown.
 * @event {CustomEvent<SmSubmitErrorDetail>} sm-submit-error - The host's promise rejected or timed out; the error and a retry are shown.
 * @event {CustomEvent<SmConfigErrorDetail>} sm-config-error - The `config` property is invalid; the issues are listed and shown.
 * @event {CustomEvent<SmCategoryChangeDetail>} sm-category-change - The patient chose a category.
 * @event {CustomEvent<SmUrgencyDecisionDetail>} sm-urgency-decision - The patient answered the urgency check.
 * @event {CustomEvent<SmRedirectDetail>} sm-redirect - The category offered a faster channel (e.g. the refill tool); `choice` is `followed` or `continued`.
 * @event {CustomEvent<SmAcknowledgeDetail>} sm-acknowledge - The patient confirmed they understand the rules (with `require-acknowledgement`).
 * @event {CustomEvent<SmFieldInputDetail>} sm-field-input - The patient changed an answer (names the prompt, never the answer).
 *
 * @csspart base - The widget's frame.
 * @csspart rules - "Before you write": what messages are for and when to expect a reply.
 * @csspart acknowledgement - The "I understand" checkbox (with `require-acknowledgement`).
 * @csspart regarding - "Who is this message about?".
 * @csspart recipients - "Who should get this message?" (with `config.recipients`), or the sentence saying where it goes when only one team can take it.
 * @csspart signature - "Sign your message": the full name and the certify box (with `config.signature`).
 * @csspart billing-notice - The billing notice (`config.billing`), in the writing step.
 * @csspart proxies - "Who else can read this message?": one box per proxy (with `config.proxies`), in the writing step.
 * @csspart reply - Reply mode (`config.replyTo`): the message answered, shown read-only above the reply.
 * @csspart reply-excerpt - The text of the message answered.
 * @csspart reply-closed - Shown instead of the form when the host has closed replies.
 * @csspart proxy-notice - The explanation shown when the message is about someone else.
 * @csspart redirect - The nudge towards a faster channel, with its link and "continue with a message anyway".
 * @csspart examples - Examples of good use of the chosen category.
 * @csspart draft-notice - "We kept what you wrote", with "Start over", after a draft was restored.
 * @csspart draft-error - Shown when a draft could not be saved.
 * @csspart attachments - The `<sm-attachments>` part (with `config.attachments`).
 * @csspart dictation - The `<sm-dictation-button>` of the message (with `dictation`).
 * @csspart write - The writing step: prompts, subject and message.
 * @csspart notice - A category's notice, e.g. about controlled medicines.
 * @csspart urgency-notice - The inline notice shown while typing when the text reads as an emergency, a crisis or same-day care.
 * @csspart subject - The subject input.
 * @csspart message - The message textarea.
 * @csspart error-summary - The list of problems that block sending, focused when shown.
 * @csspart review - The review step.
 * @csspart preview - The message as the clinician will read it.
 * @csspart send-error - The error shown when the host rejected the submission.
 * @csspart load-error - Shown when a part needed to check and send the message could not be loaded (offline); nothing written is lost.
 * @csspart actions - The row of buttons.
 * @csspart review-button - "Review message".
 * @csspart send-button - "Send message".
 * @csspart edit-button - "Edit message".
 * @csspart sent - The confirmation.
 * @csspart config-error - The error shown instead of the form when `config` is invalid.
 *
 * @cssproperty --sm-color-accent - Buttons, links and selection. Default #0b5cad.
 * @cssproperty --sm-color-on-accent - Text on accent backgrounds. Default #ffffff.
 * @cssproperty --sm-color-text - Body text. Default #1b1b1b.
 * @cssproperty --sm-color-muted - Hints and secondary text. Default #4a4a4a.
 * @cssproperty --sm-color-surface - Background. Default #ffffff.
 * @cssproperty --sm-color-subtle - Panels. Default #f3f5f8.
 * @cssproperty --sm-color-border - Field borders. Default #6b7280.
 * @cssproperty --sm-color-frame - The widget's outer border. Default #d0d5dd.
 * @cssproperty --sm-color-danger - Errors and the emergency button. Default #b3261e.
 * @cssproperty --sm-color-danger-surface - Error panels. Default #fdecea.
 * @cssproperty --sm-color-on-danger - Text on the emergency button. Default #ffffff.
 * @cssproperty --sm-color-warning - The counter near the limit. Default #7a4d00.
 * @cssproperty --sm-color-success - The confirmation. Default #1e6b34.
 * @cssproperty --sm-color-focus - Focus rings. Default #b45309.
 * @cssproperty --sm-radius - Corner radius. Default 6px.
 * @cssproperty --sm-space - Base spacing. Default 1rem.
 * @cssproperty --sm-font-family - Font. Default the system UI font.
 * @cssproperty --sm-font-size - Base font size. Default 1rem.
 * @cssproperty --sm-max-width - The widget's greatest width. Default 42rem.
 */
export class SmCompose extends ComposeProperties {
  static override styles = [baseStyles, fieldStyles, composeStyles];
  static override properties: PropertyDeclarations = { state: { state: true } };

  /** Everything the patient has done, in one value; it changes only through `dispatch`. */
  declare private state: ComposeState;

  constructor() {
    super();
    this.state = initialState;
  }

  private readonly derivedCache = new DerivedCache();

  private readonly configs = new ConfigController(this, {
    read: () => ({ config: this.config, locale: this.resolvedLocale }),
    checks: composeParts.checks,
    needChecks: () => this.parts.need('checks'),
    onResolved: (resolved, configChanged) => {
      if (resolved.issues.length > 0 && configChanged) emit(this, 'sm-config-error', { issues: resolved.issues });
      this.dispatch({ type: 'categories', ids: resolved.categories.map((category) => category.id) });
    },
  });
  private readonly parts = new PartsController(this, composeParts, () => [
    // What the urgency check and Review need, then the writing step, then the rest.
    this.settings.checkMode === 'off' ? ['checks', 'review'] : ['urgencyDialog', 'screening', 'checks', 'review'],
    ['formElements', 'write'],
    this.optionalParts,
  ]);
  private readonly urgency = new UrgencyController(this, {
    read: () => ({
      active: this.state.phase === 'compose' && this.settings.checkMode !== 'off',
      text: this.derived.screenedText,
      locale: this.resolvedLocale,
      checkDue: this.state.checkDue && asksWhenWritingStarts(this.state, this.settings.checkMode),
      urgency: this.resolved.config.urgency,
      crisisAdvice: this.resolved.crisisAdvice,
      reported: this.state.urgency?.reported,
    }),
    screening: async () => (await this.parts.need('screening'))?.screening,
    dialog: async () => ((await this.parts.need('urgencyDialog')) && this.dialogElement) || undefined,
    dialogNow: () => (this.parts.ready('urgencyDialog') && this.dialogElement) || undefined,
    track: (work) => this.parts.track(work),
    onAnswer: (answer) => this.dispatch({ type: 'decide', answer }),
  });
  private readonly drafts = new DraftController(this, {
    getKey: () => this.draftKey || undefined,
    getStore: () => this.draftStore,
    // Once sent, the message is done with: the stored draft goes.
    read: () => ({
      content: snapshot(this.state.phase === 'sent' ? initialState : this.state),
      files: this.resolved.attachments && this.state.phase !== 'sent' ? this.state.files : [],
      unsaved: this.leaveWarning !== 'off',
    }),
    onRestore: (draft) => {
      // Only if the patient has not started writing meanwhile.
      if (this.state.category || !isDraftEmpty(snapshot(this.state))) return;
      this.dispatch({ type: 'restore', draft: fromSnapshot(draft), savedAt: draft.savedAt });
      if (this.resolved.attachments) this.dispatch({ type: 'attach', files: draft.files });
    },
  });
  protected readonly formValue = new FormValueController(this, () => ({
    name: this.name,
    payload: this.state.phase === 'compose' ? undefined : this.state.payload,
    files: this.resolved.attachments ? this.state.files : [],
    state: this.name && this.state.phase !== 'sent' ? serializeDraft(createDraft(snapshot(this.state))) : null,
    invalid: this.state.phase !== 'compose' || this.resolved.issues.length > 0 ? '' : this.t.formIncomplete,
    anchor: () => this.renderRoot.querySelector<HTMLElement>('[part="review-button"]'),
  }));
  private readonly submission = new SubmissionController(this);
  /** What Review and Send (compose.flow.ts) read and ask of this element. */
  private readonly flow: FlowHost = {
    element: this,
    read: () => ({ ...this.view(), form: this.form }),
    parts: this.parts,
    urgency: this.urgency,
    submission: this.submission,
    dispatch: (action) => this.dispatch(action),
    focusAfterUpdate: (selector) => this.focusAfterUpdate(selector),
  };

  // --- Public API ---

  /** The chosen category, in the widget's language. */
  get selectedCategory(): ResolvedCategory | undefined {
    return this.derived.category;
  }

  /** Whether the widget is waiting for the host to finish a submission. */
  get busy(): boolean {
    return this.submission.busy;
  }

  /**
   * Fills the form without firing events, as if the patient had written it. The urgency
   * check still runs before anything can be sent. `null` changes nothing; numbers become text.
   */
  prefill(draft: ComposeDraft | null | undefined): void {
    this.dispatch({ type: 'restore', draft });
  }

  /** Clears everything for a new message, and forgets the stored draft. */
  reset(): void {
    this.dispatch({ type: 'reset' });
  }

  formResetCallback(): void {
    this.reset();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    // A state this version cannot read is ignored: the form starts empty rather than fail.
    if (typeof state === 'string') void this.parts.track(readSnapshot(state).then((draft) => draft && this.prefill(fromSnapshot(draft))));
  }

  // --- State ---

  /** The config in the widget's language (compose.config.ts). */
  private get resolved(): ResolvedConfig {
    return this.configs.resolved;
  }

  protected override get t(): Translation {
    return this.resolved.t;
  }

  private dispatch(action: ComposeAction): void {
    this.state = transition(this.state, action);
  }

  private readonly settingsOf = memoizeLast((maxLength: unknown, urgencyCheck: unknown, submitTimeout: unknown, emergencyNumber: unknown, crisisNumber: unknown, onCallNumber: unknown) =>
    resolveSettings({ maxLength, urgencyCheck, submitTimeout, emergencyNumber, crisisNumber, onCallNumber }),
  );

  /** The attributes as the widget uses them: read at every step, resolved once per change. */
  private get settings(): ComposeSettings {
    return this.settingsOf(this.maxLength, this.urgencyCheck, this.submitTimeout, this.emergencyNumber, this.crisisNumber, this.onCallNumber);
  }

  /** What follows from the state, computed once per change of its inputs. */
  private get derived(): Derived {
    return this.derivedCache.get(this.state, this.resolved, this.settings.limit, this.requireAcknowledgement, this.resolvedLocale);
  }

  private get dialogElement(): SmUrgencyDialog | null {
    return this.renderRoot.querySelector<SmUrgencyDialog>('sm-urgency-dialog');
  }

  /** The parts only some hosts turn on. */
  private get optionalParts(): ComposePart[] {
    return [...(this.resolved.attachments ? (['attachments'] as const) : []), ...(this.dictation ? (['dictation'] as const) : [])];
  }

  // --- Lifecycle ---

  /** A render that shows the writing step waits, for a moment, for the elements it shows. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const shown: ComposePart[] = this.state.category === '' && !this.config?.replyTo ? [] : ['formElements', 'write', ...this.optionalParts];
    return this.parts.beforeShowing(shown, () => super.scheduleUpdate());
  }

  /** Settles once rendering is done and no part the patient is waiting for is still loading. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.parts.updateComplete(() => super.getUpdateComplete());
  }

  protected override willUpdate(): void {
    this.configs.willUpdate();
  }

  /** The strings of the language have arrived: the config is resolved again with them. */
  protected override translationArrived(): void {
    this.configs.refresh();
  }

  /** The patient's actions (compose.handlers.ts), which the views call. */
  private readonly on = composeHandlers(this.flow);

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // --- Rendering, by phase (compose.render.ts) ---

  protected override render() {
    return renderCompose(this.view());
  }

  /** Everything the views show, as one value (compose.view-model.ts). */
  private view(): ComposeView {
    return {
      t: this.t,
      locale: this.resolvedLocale,
      state: this.state,
      derived: this.derived,
      settings: this.settings,
      resolved: this.resolved,
      checking: this.configs.checking,
      unavailable: this.unavailable,
      requireAcknowledgement: this.requireAcknowledgement,
      office: composeParts.checks.loaded?.officeNotice(this.resolved.config, this.resolvedLocale, this.settings.onCallNumber),
      dictation: this.dictation,
      busy: this.busy,
      draftSaveFailed: this.drafts.lastError?.operation === 'save',
      notice: this.urgency.notice,
      // A notice exists only once the screening module has loaded.
      screening: composeParts.screening.loaded,
      on: this.on,
    };
  }
}
