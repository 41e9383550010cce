import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { DEFAULT_CATEGORIES } from '../../core/catalog.js';
import { budgetStatus, DEFAULT_CHARACTER_LIMIT } from '../../core/budget.js';
import { missingRequired } from '../../core/completeness.js';
import type { ComposeConfig } from '../../core/config-schema.js';
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from '../../core/attachment-limits.js';
import { cleanAnswer } from '../../core/clean-text.js';
import { isDraftEmpty, type DraftContent } from '../../core/draft.js';
import type { CombinedUrgency } from '../../core/combine-urgency.js';
import { createCharacterCounter } from '../../core/count-characters.js';
import { localize } from '../../core/localized-text.js';
import { assembleBody, suggestSubject } from '../../core/message-body.js';
import type { MessagePayload } from '../../core/payload-schema.js';
import { SUBJECT_MAX_LENGTH } from '../../core/payload-limits.js';
import { resolveCategory, type ResolvedCategory } from '../../core/resolve-catalog.js';
import type { UrgencyAssessment } from '../../core/triage/index.js';
import { uuid } from '../../core/uuid.js';
import type { ConfigIssue, ConfigResult } from '../../core/validate-config.js';
import { DebouncedTask } from '../../controllers/debounced-task.js';
import { DraftController, type DraftStore } from '../../controllers/draft.js';
import { LazyModule, PART_WAIT_MS, settledWithin, whenIdle } from '../../controllers/lazy-module.js';
import { FormValueController } from '../../controllers/form-value.js';
import { SubmissionController } from '../../controllers/submission.js';
import { emit, type SmUrgencyDecisionDetail } from '../../events.js';
import { fill, getTranslation, type Translation } from '../../i18n/index.js';
import { SmElement } from '../shared/sm-element.js';
import { attachmentsElement, dictationElement, formElements, urgencyDialogElement } from '../shared/lazy-elements.js';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import type { SmAttachments } from '../attachments/attachments.js';
import type { SmCategoryPicker } from '../category-picker/category-picker.js';
import type { SmPromptFields } from '../prompt-fields/prompt-fields.js';
import type { SmUrgencyDialog, UrgencyDialogLevel } from '../urgency-dialog/urgency-dialog.js';
import { composeStyles } from './compose.styles.js';
import { configErrorView, loadErrorView, draftNoticesView, redirectView, regardingView, rulesView } from './compose.views.js';

// Not needed for the first screen: loaded right after it (see `firstUpdated`), or at once when
// something needs them first. In the drop-in bundle each is a file of its own.
const screening = new LazyModule(() => import('./compose.screening.js'));
const checks = new LazyModule(() => import('./compose.checks.js'));
const review = new LazyModule(() => import('./compose.review.js'));

type Screening = Awaited<ReturnType<typeof screening.load>>;
type Checks = Awaited<ReturnType<typeof checks.load>>;
type SendingParts = { screening: Screening; checks: Checks };

/** When the widget asks "is this an emergency?". */
export type UrgencyCheckMode = 'open' | 'send' | 'both' | 'off';
type Phase = 'compose' | 'review' | 'sent';
interface FieldError {
  /** `prompt:<id>`, `subject` or `message`: where the error link takes focus. */
  target: string;
  message: string;
}

/** What the patient has written so far; used to prefill the widget (e.g. a reply on a known topic). */
export interface ComposeDraft {
  regarding?: 'self' | 'other';
  category?: string;
  answers?: Record<string, string>;
  subject?: string;
  message?: string;
}

const URGENCY_CHECK_MODES: readonly UrgencyCheckMode[] = ['open', 'send', 'both', 'off'];

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
export class SmCompose extends SmElement {
  static override styles = [baseStyles, fieldStyles, composeStyles];
  static formAssociated = true;
  static override properties = {
    config: { attribute: false },
    maxLength: { type: Number, attribute: 'max-length' },
    emergencyNumber: { attribute: 'emergency-number' },
    crisisNumber: { attribute: 'crisis-number' },
    onCallNumber: { attribute: 'on-call-number' },
    urgencyCheck: { attribute: 'urgency-check' },
    submitTimeout: { type: Number, attribute: 'submit-timeout' },
    requireAcknowledgement: { type: Boolean, attribute: 'require-acknowledgement' },
    name: { reflect: true },
    draftKey: { attribute: 'draft-key' },
    draftStore: { attribute: false },
    leaveWarning: { attribute: 'leave-warning' },
    dictation: { type: Boolean },
    files: { state: true },
    restoredAt: { state: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true },
    acknowledged: { state: true },
    regarding: { state: true },
    redirectDeclined: { state: true },
    phase: { state: true },
    category: { state: true },
    answers: { state: true },
    subject: { state: true },
    message: { state: true },
    showErrors: { state: true },
    sendFailed: { state: true },
    loadFailed: { state: true },
    notice: { state: true },
  };

  /** Categories, reply time and string overrides; validated, and shown as an error when invalid. */
  declare config: ComposeConfig | undefined;
  /** The character budget for the assembled message. Default 2000. */
  declare maxLength: number;
  /** Default 911. */
  declare emergencyNumber: string;
  /** Default 988. */
  declare crisisNumber: string;
  /** The care team's on-call line; shown in the urgency check when set. */
  declare onCallNumber: string | undefined;
  /** `open` (when writing starts), `send` (when sending), `both` (default) or `off`. */
  declare urgencyCheck: UrgencyCheckMode;
  /** Milliseconds to wait for the host's `waitUntil` promise before offering a retry. Default 30000. */
  declare submitTimeout: number;
  /** Ask the patient to confirm they understand the rules before writing. */
  declare requireAcknowledgement: boolean;
  /** The form field name: inside a `<form>`, the payload is submitted under it (see README). */
  declare name: string | null;
  /** Makes the whole widget unavailable. A disabled `<fieldset>` around it does the same. */
  declare disabled: boolean;
  /** Keeps a draft in this tab's `sessionStorage` under this key, restored after a reload. */
  declare draftKey: string | undefined;
  /** The host's own draft storage (e.g. on its server); used instead of `sessionStorage`. */
  declare draftStore: DraftStore | undefined;
  /** `on` (default): the browser asks before leaving the page with unsent text; `off`: it does not. */
  declare leaveWarning: 'on' | 'off';
  /**
   * Offer a "Dictate" button on text answers where the browser has speech recognition. Off by
   * default: in some browsers the recognition runs on the browser maker's servers.
   */
  declare dictation: boolean;
  declare private files: File[];
  declare private restoredAt: string | undefined;
  declare private formDisabled: boolean;

  declare private acknowledged: boolean;
  declare private regarding: '' | 'self' | 'other';
  declare private redirectDeclined: boolean;
  declare private phase: Phase;
  declare private category: string;
  declare private answers: Record<string, string>;
  declare private subject: string;
  declare private message: string;
  declare private showErrors: boolean;
  declare private sendFailed: boolean;
  /** A part of the widget needed to check and send the message did not load (offline). */
  declare private loadFailed: boolean;
  /** What the safety net noticed in the text while the patient typed. */
  declare private notice: UrgencyAssessment | undefined;

  private readonly submission = new SubmissionController(this);
  private readonly formValue = new FormValueController(this);
  private readonly drafts = new DraftController(this, {
    getKey: () => this.draftKey || undefined,
    getStore: () => this.draftStore,
    onError: () => this.requestUpdate(),
  });
  // The inline urgency notice: the text is read a moment after the patient stops typing.
  private readonly screenWhenPaused = new DebouncedTask(this, () => void this.screen(), 800);
  private subjectEdited = false;
  private payloadId: string | undefined;
  private decision: SmUrgencyDecisionDetail | undefined;
  private configIssues: ConfigIssue[] = [];
  private categories: ResolvedCategory[] = [];
  private translation: Translation = getTranslation('en');
  private reviewAfterCheck = false;
  private checkedFindings = '';
  /** The red flags the patient said they have now, once they answered the routine check. */
  private reported: string[] | undefined;
  /** The last Review's urgency result (both checks), with the text it was for. */
  private assessed: { text: string; result: CombinedUrgency } | undefined;
  /** Review is waiting for the host's urgency check: a second press does nothing. */
  private reviewing = false;

  constructor() {
    super();
    this.maxLength = DEFAULT_CHARACTER_LIMIT;
    this.emergencyNumber = '911';
    this.crisisNumber = '988';
    this.urgencyCheck = 'both';
    this.submitTimeout = 30_000;
    this.requireAcknowledgement = false;
    this.name = null;
    this.disabled = false;
    this.formDisabled = false;
    this.leaveWarning = 'on';
    this.dictation = false;
    this.files = [];
    this.acknowledged = false;
    this.regarding = '';
    this.redirectDeclined = false;
    this.phase = 'compose';
    this.category = '';
    this.answers = {};
    this.subject = '';
    this.message = '';
    this.showErrors = false;
    this.sendFailed = false;
    this.loadFailed = false;
  }

  protected override get t(): Translation {
    return this.translation;
  }

  /** The chosen category, in the widget's language. */
  get selectedCategory(): ResolvedCategory | undefined {
    return this.categories.find((category) => category.id === this.category);
  }

  /** Whether the widget is waiting for the host to finish a submission. */
  get busy(): boolean {
    return this.submission.busy;
  }

  private get limit(): number {
    return Number.isFinite(this.maxLength) && this.maxLength > 0 ? Math.floor(this.maxLength) : DEFAULT_CHARACTER_LIMIT;
  }

  private get checkMode(): UrgencyCheckMode {
    return URGENCY_CHECK_MODES.includes(this.urgencyCheck) ? this.urgencyCheck : 'both';
  }

  private get attachmentsEnabled(): boolean {
    return Boolean(this.config?.attachments);
  }

  private get attachmentLimits(): AttachmentLimits {
    const options = typeof this.config?.attachments === 'object' ? this.config.attachments : {};
    return { ...DEFAULT_ATTACHMENT_LIMITS, ...options };
  }

  private get replyTime(): string {
    return localize(this.config?.replyTime, this.resolvedLocale) || this.t.defaultReplyTime;
  }

  private get answeredFields() {
    // A message about someone else says so at the top, where the clinician starts reading.
    const about = this.regarding === 'other' ? [{ id: 'regarding', label: this.t.regardingLegend, value: this.t.regardingOther }] : [];
    return about.concat((this.selectedCategory?.prompts ?? []).map((prompt) => ({
      id: prompt.id,
      label: prompt.label,
      value: prompt.kind === 'select' ? (prompt.options.find((o) => o.value === this.answers[prompt.id])?.label ?? '') : (this.answers[prompt.id] ?? ''),
    })));
  }

  /** The text the clinician will read, as it stands now. */
  private get body(): string {
    return this.assembled.body;
  }

  /** Characters in `body`, the unit of the budget. */
  private get bodyCount(): number {
    return this.assembled.count;
  }

  /**
   * Assembling and counting a long message costs milliseconds, and a render asks several
   * times: the result is kept until an input to it changes.
   */
  private get assembled(): { body: string; count: number } {
    const inputs = [this.answers, this.message, this.category, this.regarding, this.t, this.categories] as const;
    const cached = this.assembledCache;
    if (cached && inputs.every((input, i) => input === cached.inputs[i])) return cached;
    const body = assembleBody(this.answeredFields, this.message, this.t.messageLabel);
    this.assembledCache = { inputs, body, count: this.countBody(body) };
    return this.assembledCache;
  }

  private assembledCache: { inputs: readonly unknown[]; body: string; count: number } | undefined;
  /** Recounts only what a keystroke changed, not the whole message. */
  private readonly countBody = createCharacterCounter();

  /** A host config is waiting for zod to load before it is checked and shown. */
  private checkingConfig = false;

  /** Parts being loaded for something the patient did; `updateComplete` waits for them. */
  private readonly loading = new Set<Promise<unknown>>();

  private track<T>(promise: Promise<T>): Promise<T> {
    this.loading.add(promise);
    const done = () => this.loading.delete(promise);
    promise.then(done, done);
    return promise;
  }

  /** Settles once rendering is done and no part the patient is waiting for is still loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.loading.size > 0) {
      await Promise.allSettled([...this.loading]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * An update that shows the writing step waits for its elements, for a moment: on a slow
   * network it goes ahead and they upgrade when they arrive. (A host config waits for zod in
   * `applyConfig`.) A part that failed to load is not asked for again on every update: Review
   * asks again and says what did not load.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.category === '' || formElements.ready || formElements.failed) return super.scheduleUpdate();
    return settledWithin(formElements.load(), PART_WAIT_MS).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.attachmentsEnabled) attachmentsElement.prefetch();
    if (this.dictation) dictationElement.prefetch();
    if (changed.has('config') || changed.has('locale') || !this.hasUpdated) this.applyConfig(changed.has('config'));
    // The subject follows the category and the key answer until the patient edits it.
    const inputs = changed as PropertyValues;
    if (!this.subjectEdited && ['category', 'answers', 'locale', 'config'].some((key) => inputs.has(key))) this.updateSuggestedSubject();
  }

  /** The strings are resolved with the host's overrides in `applyConfig`: resolve them again. */
  protected override translationArrived(): void {
    this.applyConfig(false);
    this.requestUpdate();
  }

  private applyConfig(configChanged: boolean): void {
    const locale = this.resolvedLocale;
    this.checkingConfig = this.config != null && !checks.ready && !checks.failed;
    if (this.checkingConfig) {
      // The form shows once zod has loaded and checked the config (not in scheduleUpdate: a
      // config set before the element was upgraded reaches it only in the first update).
      const recheck = () => this.requestUpdate('config');
      this.track(checks.load()).then(recheck, recheck);
      return;
    }
    const validate = checks.loaded?.validateConfig;
    const result: ConfigResult =
      this.config == null ? { ok: true, config: {} }
      : validate ? validate(this.config)
      : { ok: false, issues: [{ path: 'config', message: getTranslation(locale).errorPartsMissing }] };
    if (!result.ok) {
      this.configIssues = result.issues;
      this.translation = getTranslation(locale);
      this.categories = [];
      if (configChanged) emit(this, 'sm-config-error', { issues: result.issues });
      return;
    }
    this.configIssues = [];
    this.translation = getTranslation(locale, result.config.strings?.[locale]);
    this.categories = (result.config.categories ?? DEFAULT_CATEGORIES).map((category) => resolveCategory(category, locale));
    if (this.category && !this.selectedCategory) this.category = '';
  }

  // --- The patient's actions ---

  private onCategoryChange(event: Event): void {
    const picker = event.target as SmCategoryPicker;
    this.category = picker.value;
    this.redirectDeclined = false;
    this.saveDraft();
    const mode = this.checkMode;
    if ((mode === 'open' || mode === 'both') && !this.decision) void this.openUrgencyCheck('check');
  }

  private onAcknowledge(event: Event): void {
    this.acknowledged = (event.target as HTMLInputElement).checked;
    if (this.acknowledged) emit(this, 'sm-acknowledge', {});
  }

  private onRegardingChange(event: Event): void {
    this.regarding = (event.target as HTMLInputElement).value as 'self' | 'other';
    this.saveDraft();
  }

  private onRedirect(choice: 'followed' | 'continued'): void {
    const category = this.selectedCategory;
    if (!category?.redirect) return;
    if (choice === 'continued') this.redirectDeclined = true;
    emit(this, 'sm-redirect', { category: category.id, href: category.redirect.href, choice });
  }

  private onFieldInput(event: Event): void {
    this.answers = { ...(event.target as SmPromptFields).values };
    this.textChanged();
  }

  private onSubjectInput(event: Event): void {
    this.subject = (event.target as HTMLInputElement).value;
    this.subjectEdited = true;
    this.textChanged();
  }

  private onMessageInput(event: Event): void {
    this.message = (event.target as HTMLTextAreaElement).value;
    this.textChanged();
  }

  private onAttachmentsChange(event: Event): void {
    this.files = [...(event.target as SmAttachments).files];
    this.saveDraft();
  }

  private textChanged(): void {
    this.screenWhenPaused.schedule();
    this.saveDraft();
  }

  // --- Drafts ---

  private get draftContent(): DraftContent {
    const content: DraftContent = { answers: this.answers, message: this.message, subjectEdited: this.subjectEdited };
    if (this.regarding) content.regarding = this.regarding;
    if (this.category) content.category = this.category;
    if (this.subjectEdited) content.subject = this.subject;
    return content;
  }

  /** Saves a moment after the patient stops typing (with `draft-key` or a `draftStore` only). */
  private saveDraft(): void {
    const content = this.draftContent;
    // Files go only to a host draftStore; sessionStorage keeps the text alone.
    this.drafts.schedule(content, this.attachmentsEnabled ? this.files : []);
    this.drafts.setUnsavedGuard(this.leaveWarning !== 'off' && !(isDraftEmpty(content) && this.files.length === 0));
  }

  /** Restores a saved draft once, if the patient has not started writing meanwhile. */
  private async restoreDraft(): Promise<void> {
    const draft = await this.drafts.load();
    if (!draft || !isDraftEmpty(this.draftContent) || this.category) return;
    this.prefill({ ...draft, subject: draft.subjectEdited ? draft.subject : undefined });
    if (this.attachmentsEnabled) this.files = draft.files;
    this.restoredAt = draft.savedAt;
    this.drafts.setUnsavedGuard(this.leaveWarning !== 'off');
  }

  /** "Start over": the saved draft and everything on screen are discarded. */
  private async discardDraft(): Promise<void> {
    await this.drafts.clear();
    await this.startOver();
  }

  protected override firstUpdated(): void {
    void this.restoreDraft();
    // What the next steps need loads while the patient reads the first screen. The urgency
    // rules also compile on first use (tens of milliseconds): do that now too, not on the
    // patient's first pause in typing.
    whenIdle(() => {
      formElements.prefetch();
      checks.prefetch();
      if (this.checkMode === 'off') return;
      urgencyDialogElement.prefetch();
      screening.load().then(({ assessUrgency }) => assessUrgency('warm up'), () => undefined);
    });
  }

  /** The parts that checking and sending need, if they have all loaded: then no step waits. */
  private get loadedParts(): SendingParts | undefined {
    const [s, c] = [screening.loaded, checks.loaded];
    const ready = s && c && review.ready && formElements.ready && (this.checkMode === 'off' || urgencyDialogElement.ready);
    return ready ? { screening: s, checks: c } : undefined;
  }

  /**
   * The parts that checking and sending need, loaded if they are not yet. `undefined`, with
   * the load error shown, if one could not be loaded (offline): nothing written is lost.
   */
  private async partsForSending(): Promise<SendingParts | undefined> {
    const loaded = this.loadedParts;
    if (loaded) return loaded;
    try {
      const [s, c] = await this.track(
        Promise.all([screening.load(), checks.load(), review.load(), formElements.load(), this.checkMode === 'off' ? undefined : urgencyDialogElement.load()]),
      );
      this.loadFailed = false;
      return { screening: s, checks: c };
    } catch {
      this.loadFailed = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="load-error"]')?.focus();
      return undefined;
    }
  }

  private updateSuggestedSubject(): void {
    const category = this.selectedCategory;
    if (!category) return;
    const key = category.prompts.find((prompt) => prompt.summarizes);
    const keyAnswer = key ? (this.answeredFields.find((field) => field.id === key.id)?.value ?? '') : '';
    this.subject = suggestSubject(category.label, keyAnswer.split('\n')[0]);
  }

  /** The problems that block sending, in the order of the form. */
  private get errors(): FieldError[] {
    const t = this.t;
    const category = this.selectedCategory;
    if (!category) return [{ target: 'category', message: t.categoryLegend }];
    const errors: FieldError[] = this.regarding === '' ? [{ target: 'regarding', message: t.regardingRequired }] : [];
    errors.push(...missingRequired(category.prompts, this.answers).map((prompt) => ({
      target: `prompt:${prompt.id}`,
      message: fill(t.errorRequired, { name: prompt.label.replace(/[?:]$/, '').toLowerCase() }),
    })));
    // The same cleaning as the payload: a subject of only invisible characters is empty.
    if (cleanAnswer(this.subject) === '') errors.push({ target: 'subject', message: t.errorSubjectRequired });
    if (this.body.trim() === '') errors.push({ target: 'message', message: t.errorMessageRequired });
    if (budgetStatus(this.bodyCount, this.limit).state === 'over') errors.push({ target: 'message', message: t.errorOverBudget });
    return errors;
  }

  private async review(): Promise<void> {
    if (this.reviewing) return;
    if (this.errors.length > 0) {
      this.showErrors = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
      return;
    }
    this.showErrors = false;
    const parts = this.loadedParts ?? (await this.partsForSending());
    if (!parts) return;
    const mode = this.checkMode;
    if (mode !== 'off') {
      // Without a host check (config.urgency.assess), no await: the review step follows the press at once.
      const screened = parts.screening.screenAtReview(this.screenedText, this.resolvedLocale, this.config?.urgency);
      this.assessed = screened instanceof Promise ? await this.waitForHostCheck(screened) : screened;
      const assessment = this.assessed.result;
      if (this.phase !== 'compose') return;
      const findingKey = assessment.findings.join(',');
      const needsTextCheck = (mode === 'send' || mode === 'both') && assessment.level !== 'none' && findingKey !== this.checkedFindings;
      if (needsTextCheck || this.decision?.decision !== 'continued') {
        this.reviewAfterCheck = true;
        if (needsTextCheck && assessment.level !== 'none') await this.openUrgencyCheck(assessment.level, assessment);
        else await this.openUrgencyCheck('check');
        return;
      }
    }
    await this.showReview(parts);
  }

  private async showReview(parts: SendingParts): Promise<void> {
    this.phase = 'review';
    this.sendFailed = false;
    this.formValue.setPayload(this.name, this.createPayload(parts), this.formState(), this.attachmentsEnabled ? this.files : []);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#review-title')?.focus();
  }

  /** The inline, non-blocking notice: shown while typing when the text reads as urgent. */
  private async screen(): Promise<void> {
    if (this.checkMode === 'off' || this.phase !== 'compose') return;
    let rules: Screening;
    try {
      rules = screening.loaded ?? (await this.track(screening.load()));
    } catch {
      return; // Offline: the check at Review says what did not load.
    }
    if (this.phase !== 'compose') return;
    const assessment = this.assess(rules);
    this.notice = assessment.level === 'none' ? undefined : assessment;
  }

  private get crisisAdvice(): string {
    return localize(this.config?.crisisAdvice, this.resolvedLocale);
  }

  private get screenedText(): string {
    return `${this.subject}\n${this.body}`;
  }

  private assess({ assessUrgency }: Screening): UrgencyAssessment {
    // Both languages: a patient may write in Spanish in the English widget.
    return assessUrgency(this.screenedText);
  }

  /** The host's check is running (Review is busy meanwhile); `updateComplete` waits for it. */
  private async waitForHostCheck<T>(check: Promise<T>): Promise<T> {
    this.reviewing = true;
    try {
      return await this.track(check);
    } finally {
      this.reviewing = false;
    }
  }

  /** The urgency record for the payload: the last Review's result if the text is unchanged, else the rules' alone. */
  private urgencyFor(rules: Screening): CombinedUrgency {
    const text = this.screenedText;
    return this.assessed?.text === text ? this.assessed.result : rules.screenNow(text, this.resolvedLocale).result;
  }

  /** Opens the urgency dialog: the routine check, or guidance for what the text reads as. */
  private async openUrgencyCheck(level: UrgencyDialogLevel, assessment?: CombinedUrgency): Promise<void> {
    if (!urgencyDialogElement.ready) {
      try {
        await this.track(urgencyDialogElement.load());
      } catch {
        this.loadFailed = true;
        return;
      }
    }
    const dialog = this.renderRoot.querySelector<SmUrgencyDialog>('sm-urgency-dialog');
    if (!dialog) return;
    dialog.level = level;
    dialog.crisisAdvice = this.crisisAdvice || undefined;
    dialog.findings = assessment?.findings ?? [];
    dialog.findingLabels = assessment?.labels ?? {};
    dialog.redFlags = this.config?.urgency?.redFlags;
    dialog.reported = [...(this.reported ?? [])];
    dialog.show();
  }

  private async onUrgencyDecision(event: CustomEvent<SmUrgencyDecisionDetail>): Promise<void> {
    this.decision = event.detail;
    if (event.detail.reported) this.reported = event.detail.reported;
    if (event.detail.decision === 'continued') this.checkedFindings = event.detail.findings.join(',');
    this.saveDraft();
    const goOn = this.reviewAfterCheck && event.detail.decision === 'continued';
    this.reviewAfterCheck = false;
    if (!goOn) return;
    const parts = this.loadedParts ?? (await this.partsForSending());
    if (parts) await this.showReview(parts);
  }

  private async edit(): Promise<void> {
    this.phase = 'compose';
    this.sendFailed = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="review-button"]')?.focus();
  }

  /** Builds the payload from the current answers. Throws if it does not validate. */
  private createPayload(parts: SendingParts): MessagePayload {
    const category = this.selectedCategory!;
    const assessment = this.urgencyFor(parts.screening);
    this.payloadId ??= uuid();
    return parts.checks.validatedPayload({
      id: this.payloadId,
      createdAt: new Date(),
      locale: this.resolvedLocale,
      category: { id: category.id, label: category.label, routeTo: category.routeTo },
      subject: this.subject,
      fields: this.answeredFields,
      message: this.message,
      messageLabel: this.t.messageLabel,
      urgency: {
        level: assessment.level,
        findings: assessment.findings,
        decision: this.checkMode === 'off' ? 'not-needed' : (this.decision?.decision ?? 'not-needed'),
        checkedAt: this.decision?.checkedAt ?? new Date().toISOString(),
        ...(this.reported && this.checkMode !== 'off' && { reported: [...this.reported] }),
        checks: assessment.checks,
      },
      characterLimit: this.limit,
      regarding: this.regarding || undefined,
      declinedRedirect: this.redirectDeclined ? category.redirect?.href : undefined,
      attachments: this.attachmentsEnabled ? this.files : undefined,
    });
  }

  private async send(): Promise<void> {
    if (this.busy || this.phase !== 'review') return;
    const parts = this.loadedParts ?? (await this.partsForSending());
    if (!parts) return;
    const payload = this.createPayload(parts);
    this.sendFailed = false;
    const files = this.attachmentsEnabled ? [...this.files] : [];
    this.formValue.setPayload(this.name, payload, this.formState(), files);
    // In a plain <form method="post"> with no script, Send submits the form.
    const submitForm = () => this.formValue.form?.requestSubmit();
    const outcome = await this.submission.submit(
      (waitUntil) => emit(this, 'sm-submit', { payload, files, waitUntil }, { cancelable: true }),
      this.submitTimeout,
      submitForm,
    );
    if (outcome === 'ignored') return;
    if (outcome === 'sent') {
      this.phase = 'sent';
      this.drafts.setUnsavedGuard(false);
      void this.drafts.clear();
      emit(this, 'sm-sent', { id: payload.id });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent-title')?.focus();
      return;
    }
    this.sendFailed = true;
    emit(this, 'sm-submit-error', { id: payload.id });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="send-error"]')?.focus();
  }

  /** The form's value follows the widget: a payload only once the message is ready to send. */
  protected override updated(): void {
    const ready = this.phase === 'review' || this.phase === 'sent';
    if (!ready) this.formValue.setPayload(this.name, undefined, this.formState());
    this.formValue.setValidity(ready || this.configIssues.length > 0 ? '' : this.t.formIncomplete, this.renderRoot.querySelector<HTMLElement>('[part="review-button"]'));
  }

  /** The form the widget belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.formValue.internals.form;
  }

  /** The widget's validity as a form field: invalid until the message is ready to send. */
  get validity(): ValidityState {
    return this.formValue.internals.validity;
  }

  /** Why the form cannot be submitted yet, in the patient's language. */
  get validationMessage(): string {
    return this.formValue.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.formValue.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.formValue.internals.reportValidity();
  }

  /** What the browser keeps for form restore (only when the host made the widget a form field). */
  private formState(): string | null {
    if (!this.name || this.phase === 'sent') return null;
    const draft: ComposeDraft = { category: this.category, answers: this.answers, message: this.message };
    if (this.regarding) draft.regarding = this.regarding;
    if (this.subjectEdited) draft.subject = this.subject;
    return JSON.stringify(draft);
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.prefill(JSON.parse(state) as ComposeDraft);
    } catch {
      // A state this version cannot read: start empty rather than fail.
    }
  }

  /**
   * Fills the form without firing events, as if the patient had written it. The urgency
   * check still runs before anything can be sent.
   */
  prefill(draft: ComposeDraft): void {
    this.phase = 'compose';
    this.category = draft.category ?? this.category;
    this.regarding = draft.regarding ?? this.regarding;
    this.answers = { ...draft.answers };
    this.message = draft.message ?? '';
    this.subjectEdited = Boolean(draft.subject);
    this.subject = draft.subject ?? '';
  }

  /** Clears everything for a new message (after a send). */
  reset(): void {
    this.phase = 'compose';
    this.category = '';
    this.answers = {};
    this.subject = '';
    this.subjectEdited = false;
    this.message = '';
    this.showErrors = false;
    this.sendFailed = false;
    this.payloadId = undefined;
    this.regarding = '';
    this.redirectDeclined = false;
    this.notice = undefined;
    this.screenWhenPaused.cancel();
    this.decision = undefined;
    this.checkedFindings = '';
    this.reported = undefined;
    this.assessed = undefined;
    this.files = [];
    this.restoredAt = undefined;
    this.loadFailed = false;
    this.drafts.setUnsavedGuard(false);
  }

  private async startOver(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<SmCategoryPicker>('sm-category-picker')?.focus();
  }

  private focusTarget(event: Event, target: string): void {
    event.preventDefault();
    if (target.startsWith('prompt:')) {
      this.renderRoot.querySelector<SmPromptFields>('sm-prompt-fields')?.focusField(target.slice('prompt:'.length));
    } else if (target === 'regarding') {
      this.renderRoot.querySelector<HTMLElement>('input[name="regarding"]')?.focus();
    } else if (target === 'category') {
      this.renderRoot.querySelector<SmCategoryPicker>('sm-category-picker')?.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus();
    }
  }

  // --- Rendering ---

  protected override render() {
    const t = this.t;
    const content = this.checkingConfig
      ? nothing
      : this.configIssues.length > 0
        ? this.renderConfigError()
        : this.phase === 'sent'
          ? this.renderSent()
          : html`${this.renderRules()}${this.renderDraftNotices()}${this.phase === 'review' ? this.renderReview() : this.renderWrite()}`;
    const unavailable = this.disabled || this.formDisabled;
    return html`<section part="base" aria-label=${t.widgetLabel} lang=${this.resolvedLocale} ?inert=${unavailable} aria-disabled=${unavailable ? 'true' : nothing}>
      ${content}
      <sm-urgency-dialog
        .strings=${t}
        locale=${this.resolvedLocale}
        emergency-number=${this.emergencyNumber}
        crisis-number=${this.crisisNumber}
        .onCallNumber=${this.onCallNumber}
        @sm-urgency-decision=${this.onUrgencyDecision}
      ></sm-urgency-dialog>
    </section>`;
  }

  private renderConfigError() {
    return configErrorView(this.t, this.configIssues);
  }

  private renderRules() {
    return rulesView(this.t, {
      replyTime: this.replyTime,
      emergencyNumber: this.emergencyNumber,
      acknowledgement: this.requireAcknowledgement ? { checked: this.acknowledged, onChange: (event) => this.onAcknowledge(event) } : undefined,
    });
  }

  private renderChoices(category: ResolvedCategory | undefined, errorFor: (target: string) => string | undefined) {
    const regarding = regardingView(this.t, {
      value: this.regarding,
      error: errorFor('regarding'),
      proxyHref: this.config?.proxyHref,
      onChange: (event) => this.onRegardingChange(event),
    });
    return html`${regarding}
      <sm-category-picker .strings=${this.t} locale=${this.resolvedLocale} .categories=${this.categories} .value=${this.category} @sm-category-change=${this.onCategoryChange}></sm-category-picker>
      ${category?.redirect && !this.redirectDeclined ? redirectView(this.t, category.redirect, (choice) => this.onRedirect(choice)) : nothing}`;
  }

  private renderDraftNotices() {
    return draftNoticesView(this.t, {
      restoredAt: this.restoredAt,
      locale: this.resolvedLocale,
      saveFailed: this.drafts.lastError?.operation === 'save',
      onStartOver: () => void this.discardDraft(),
    });
  }

  private renderWrite() {
    const t = this.t;
    const category = this.selectedCategory;
    const errors = this.showErrors ? this.errors : [];
    const errorFor = (target: string) => errors.find((error) => error.target === target)?.message;
    const promptErrors = Object.fromEntries(errors.filter((e) => e.target.startsWith('prompt:')).map((e) => [e.target.slice(7), e.message]));
    const count = category ? this.bodyCount : 0;
    const over = budgetStatus(count, this.limit).state === 'over';
    return html`${errors.length > 0
        ? html`<div part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">${t.errorSummaryTitle}</h2>
            <ul>
              ${errors.map((error) => html`<li><a href="#" @click=${(event: Event) => this.focusTarget(event, error.target)}>${error.message}</a></li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.requireAcknowledgement && !this.acknowledged ? nothing : this.renderChoices(category, errorFor)}
      ${category && !(this.requireAcknowledgement && !this.acknowledged) && !(category.redirect && !this.redirectDeclined)
        ? html`<div part="write">
            ${category.examples.length > 0
              ? html`<div part="examples" class="examples">
                  <span>${t.examplesTitle}</span>
                  <ul>
                    ${category.examples.map((example) => html`<li>${example}</li>`)}
                  </ul>
                </div>`
              : nothing}
            ${category.notice ? html`<p part="notice" class="notice">${category.notice}</p>` : nothing}
            <h3>${t.promptsTitle}</h3>
            <sm-prompt-fields .strings=${t} locale=${this.resolvedLocale} ?dictation=${this.dictation} .prompts=${category.prompts} .values=${this.answers} .errors=${promptErrors} @sm-field-input=${this.onFieldInput}></sm-prompt-fields>
            <div class="field">
              <label for="subject">${t.subjectLabel} <span class="mark">${t.requiredMark}</span></label>
              <span class="hint" id="subject-hint">${t.subjectHint}</span>
              ${errorFor('subject') ? html`<span class="error" id="subject-error">${errorFor('subject')}</span>` : nothing}
              <input part="subject" id="subject" type="text" .value=${live(this.subject)} maxlength=${SUBJECT_MAX_LENGTH}
                aria-describedby="subject-hint${errorFor('subject') ? ' subject-error' : ''}" aria-invalid=${errorFor('subject') ? 'true' : nothing} @input=${this.onSubjectInput} />
            </div>
            <div class="field">
              <label for="message">${t.messageLabel} <span class="mark">${t.optionalMark}</span></label>
              <span class="hint" id="message-hint">${t.messageHint}</span>
              ${errorFor('message') ? html`<span class="error" id="message-error">${errorFor('message')}</span>` : nothing}
              <textarea part="message" id="message" rows="6" .value=${live(this.message)}
                aria-describedby="message-hint budget${errorFor('message') ? ' message-error' : ''}" aria-invalid=${over || errorFor('message') ? 'true' : nothing} @input=${this.onMessageInput}></textarea>
              <sm-char-budget id="budget" .strings=${t} locale=${this.resolvedLocale} .max=${this.limit} .count=${count}></sm-char-budget>
              ${this.dictation ? html`<sm-dictation-button part="dictation" for="message" .strings=${t} locale=${this.resolvedLocale}></sm-dictation-button>` : nothing}
            </div>
            ${this.attachmentsEnabled
              ? html`<sm-attachments
                  part="attachments"
                  .strings=${t}
                  locale=${this.resolvedLocale}
                  .files=${this.files}
                  .maxFiles=${this.attachmentLimits.maxFiles}
                  .maxFileSize=${this.attachmentLimits.maxFileSize}
                  .maxTotalSize=${this.attachmentLimits.maxTotalSize}
                  .accept=${this.attachmentLimits.accept}
                  @sm-attachments-change=${this.onAttachmentsChange}
                ></sm-attachments>`
              : nothing}
            <div role="status">${this.renderNotice()}</div>
            ${this.loadFailed ? loadErrorView(this.t, this.emergencyNumber) : nothing}
            <div part="actions">
              <button type="button" class="primary" part="review-button" @click=${this.review}>${t.reviewButton}</button>
            </div>
          </div>`
        : nothing}`;
  }

  private renderNotice() {
    const notice = this.notice;
    if (!notice || notice.level === 'none') return nothing;
    return screening.loaded?.urgencyNoticeView(this.t, {
      level: notice.level,
      crisis: screening.loaded?.mentionsCrisis(notice.findings.map((finding) => finding.id)) ?? false,
      // A notice exists only once the screening module has loaded.
      findings: screening.loaded?.describeFindings(notice.findings.map((finding) => finding.id), this.resolvedLocale) ?? '',
      emergencyNumber: this.emergencyNumber,
      crisisNumber: this.crisisNumber,
      onCallNumber: this.onCallNumber,
      crisisAdvice: this.crisisAdvice,
    });
  }

  private renderReview() {
    // The review step is reached only through `partsForSending`, which loaded its view.
    return review.loaded?.reviewView(this.t, {
      category: this.selectedCategory!,
      answers: this.answers,
      subject: this.subject,
      body: this.body,
      locale: this.resolvedLocale,
      busy: this.busy,
      sendFailed: this.sendFailed,
      onSend: () => void this.send(),
      onEdit: () => void this.edit(),
    });
  }

  private renderSent() {
    return review.loaded?.sentView(this.t, { replyTime: this.replyTime, emergencyNumber: this.emergencyNumber, onNewMessage: () => void this.startOver() });
  }
}
