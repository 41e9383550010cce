import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { AttachmentLimits } from '../../core/attachment-limits.js';
import type { Derived } from '../../core/compose/derive.js';
import type { FieldProblem } from '../../core/compose/validators.js';
import type { Locale } from '../../core/locale.js';
import { SUBJECT_MAX_LENGTH } from '../../core/payload-limits.js';
import type { ResolvedCategory } from '../../core/resolve-catalog.js';
import { fill, type Translation } from '../../i18n/index.js';
import type { SmPromptFields } from '../prompt-fields/prompt-fields.js';
import { signatureStep } from './compose.signature.js';
import { proxiesStep } from './compose.proxies.js';
import { errorAt, problemText } from './compose.problems.js';
import { billingNoticeApplies } from '../../core/billing.js';
import { localize } from '../../core/localized-text.js';
import { recipientsStep } from './compose.recipients.js';
import { replyView } from './compose.reply.js';
import type { ComposeConfig } from '../../core/config-schema.js';
import type { ComposeView } from './compose.view-model.js';

// The writing step of <sm-compose> and what blocks sending: stateless views, and the counter
// of the body, loaded with the writing step's elements (a category chosen), not with the first screen.
export { createCharacterCounter } from '../../core/count-characters.js';
export { validate } from '../../core/compose/validators.js';
export { writeMessage } from '../../core/compose/writing.js';
export { signing } from './compose.signature.js';
export { proxyVisibility } from '../../core/proxies.js';
export { recipientLists } from '../../core/recipients.js';

export { problemText } from './compose.problems.js';
// Review is pressed in the writing step, so what it does loads with it.
export { review } from './compose.flow.js';

/**
 * "Please fix these before you send": each problem links to its field. Not a live region: it is
 * focused after each press of Review and read then, once; fixing a field changes the list
 * without reading it all again.
 */
export function errorSummaryView(t: Translation, problems: readonly FieldProblem[]) {
  return html`<div part="error-summary" tabindex="-1" role="region" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${t.errorSummaryTitle}</h2>
    <ul>
      ${problems.map((problem) => html`<li><a href="#" @click=${(event: Event) => focusProblem(event, problem.target)}>${problemText(t, problem)}</a></li>`)}
    </ul>
  </div>`;
}

/** An error link: focus goes to the field with the problem. */
function focusProblem(event: Event, target: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  if (target.startsWith('prompt:')) root.querySelector<SmPromptFields>('sm-prompt-fields')?.focusField(target.slice('prompt:'.length));
  else root.querySelector<HTMLElement>({ regarding: 'input[name="regarding"]', recipient: 'input[name="recipient"]', category: 'sm-category-picker' }[target] ?? `#${target}`)?.focus();
}

/** The writing step: examples, the category's prompts, the subject, the message and its budget. */
export function writeView(
  t: Translation,
  options: {
    category: ResolvedCategory;
    derived: Derived;
    answers: Readonly<Record<string, string>>;
    message: string;
    problems: readonly FieldProblem[];
    locale: Locale;
    limit: number;
    dictation: boolean;
    attachments: { files: readonly File[]; limits: AttachmentLimits } | undefined;
    /** The host's billing notice for this category (`config.billing`); `''` when none. */
    billingNotice: string;
    /** "Who else can read this message?", with `config.proxies`: after the message and its files. */
    proxies: TemplateResult | typeof nothing;
    /** "Sign your message", with `config.signature`: last, above the button. */
    signature: TemplateResult | typeof nothing;
    /** The urgency notice and the load or preparation error, shown between the fields and the button. */
    notices: TemplateResult | typeof nothing;
    on: {
      answer: (event: Event) => void;
      subject: (event: Event) => void;
      message: (event: Event) => void;
      attach: (event: Event) => void;
      review: () => void;
      startWriting: (event: Event) => void;
    };
  },
) {
  const { category, derived, problems, on } = options;
  const errorFor = (target: string) => errorAt(t, problems, target);
  // The prompts get a new errors object only when an error changed: a keystroke in the message
  // does not render them again.
  const promptErrors = Object.fromEntries(problems.filter((p) => p.target.startsWith('prompt:')).map((p) => [p.target.slice('prompt:'.length), problemText(t, p)]));
  const subjectError = errorFor('subject');
  const messageError = errorFor('message');
  const over = derived.budget.state === 'over';
  // The message is optional when a required question asks for what the care team needs.
  const messageOptional = category.prompts.some((prompt) => prompt.required);
  return html`<div part="write" @focusin=${on.startWriting} @input=${on.startWriting}>
    ${category.examples.length > 0
      ? html`<div part="examples" class="examples">
          <span>${t.examplesTitle}</span>
          <ul>
            ${category.examples.map((example) => html`<li>${example}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${category.notice ? html`<p part="notice" class="notice">${category.notice}</p>` : nothing}
    ${options.billingNotice ? html`<p part="billing-notice" class="notice">${options.billingNotice}</p>` : nothing}
    <h2 id="write-title" tabindex="-1">${t.promptsTitle}</h2>
    ${guard([t, options.locale, options.dictation, category.prompts, options.answers, Object.entries(promptErrors).join('\n')], () =>
      html`<sm-prompt-fields .strings=${t} locale=${options.locale} ?dictation=${options.dictation} .prompts=${category.prompts} .values=${options.answers} .errors=${promptErrors} @sm-field-input=${on.answer}></sm-prompt-fields>`,
    )}
    <div class="field">
      <label for="subject">${t.subjectLabel}<span class="mark" aria-hidden="true"> ${t.requiredMark}</span></label>
      <span class="hint" id="subject-hint">${t.subjectHint}</span>
      ${subjectError ? html`<span class="error" id="subject-error">${subjectError}</span>` : nothing}
      <input part="subject" id="subject" type="text" .value=${live(derived.subject)} maxlength=${SUBJECT_MAX_LENGTH}
        aria-describedby="subject-hint${subjectError ? ' subject-error' : ''}" aria-required="true" aria-invalid=${subjectError ? 'true' : nothing} @input=${on.subject} />
    </div>
    <div class="field">
      <label for="message">${t.messageLabel}${messageOptional ? html`<span class="mark">\u00a0${t.optionalMark}</span>` : nothing}</label>
      <span class="hint" id="message-hint">${t.messageHint}</span>
      ${messageError ? html`<span class="error" id="message-error">${messageError}</span>` : nothing}
      <textarea part="message" id="message" rows="6" .value=${live(options.message)}
        aria-describedby="message-hint budget${messageError ? ' message-error' : ''}" aria-invalid=${over || messageError ? 'true' : nothing} @input=${on.message}></textarea>
      <sm-char-budget id="budget" .strings=${t} locale=${options.locale} .max=${options.limit} .count=${derived.count}></sm-char-budget>
      ${options.dictation ? html`<sm-dictation-button part="dictation" for="message" .strings=${t} locale=${options.locale}></sm-dictation-button>` : nothing}
    </div>
    ${options.attachments
      ? html`<sm-attachments
          part="attachments"
          .strings=${t}
          locale=${options.locale}
          .files=${options.attachments.files}
          .maxFiles=${options.attachments.limits.maxFiles}
          .maxFileSize=${options.attachments.limits.maxFileSize}
          .maxTotalSize=${options.attachments.limits.maxTotalSize}
          .accept=${options.attachments.limits.accept}
          @sm-attachments-change=${on.attach}
        ></sm-attachments>`
      : nothing}
    ${options.proxies}
    ${options.signature}
    ${options.notices}
    <div part="actions">
      <button type="button" class="primary" part="review-button" @click=${on.review}>${t.reviewButton}</button>
    </div>
  </div>`;
}

/** Between the choices and the writing: the message answered (reply mode), then who it goes to. */
export function stepsBeforeWriting(view: ComposeView, config: ComposeConfig, problems: readonly FieldProblem[]) {
  return html`${config.replyTo ? replyView(config, config.replyTo, view.locale) : nothing}
    ${view.derived.shows.write ? recipientsStep(view, config, problems) : nothing}`;
}

/** The nudge towards the category's faster channel, before writing. */
export function redirectView(t: Translation, redirect: NonNullable<ResolvedCategory['redirect']>, onChoice: (choice: 'followed' | 'continued') => void) {
  return html`<div part="redirect" class="notice redirect">
    <p>${redirect.message}</p>
    <div class="links">
      <a class="button primary" href=${redirect.href} @click=${() => onChoice('followed')}>${redirect.label}</a>
      <button type="button" @click=${() => onChoice('continued')}>${t.redirectContinue}</button>
    </div>
  </div>`;
}

/**
 * "We kept what you wrote" and "your draft could not be saved": inside the status region that
 * `renderCompose` keeps in the page (a draft exists only once a category is chosen, when this
 * module has loaded).
 */
export function draftNoticesView(t: Translation, options: { restoredAt: string | undefined; locale: string; saveFailed: boolean; onStartOver: () => void }) {
  return html`${options.restoredAt
    ? html`<div part="draft-notice" class="notice draft">
        <p>${fill(t.draftRestored, { time: formatTime(options.restoredAt, options.locale) })}</p>
        <button type="button" @click=${options.onStartOver}>${t.draftStartOver}</button>
      </div>`
    : nothing}
  ${options.saveFailed ? html`<p part="draft-error" class="notice">${t.draftSaveFailed}</p>` : nothing}`;
}

/** "21 Nov 2026, 10:04" in the patient's language. */
function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}


/** Shown when a part needed to check and send the message could not be loaded (offline). */
export function loadErrorView(t: Translation, emergencyNumber: string) {
  return html`<div part="load-error" role="alert" tabindex="-1">
    <strong>${t.errorLoadFailed}</strong>
    <p>${fill(t.errorLoadFailedDetail, { number: emergencyNumber })}</p>
  </div>`;
}

/** Shown when the message did not pass the final check at Review (it should not happen: the form checks first). */
export function prepareErrorView(t: Translation) {
  return html`<div part="load-error" role="alert" tabindex="-1">
    <strong>${t.errorPrepareFailed}</strong>
    <p>${t.errorPrepareFailedDetail}</p>
  </div>`;
}

/** The writing step as `renderCompose` shows it, with the urgency notice and a Review that could not go on. */
export function writeStep(view: ComposeView, category: ResolvedCategory, problems: readonly FieldProblem[]) {
  const { t, state, settings } = view;
  const urgent = view.notice?.level === 'urgent';
  const failed = state.reviewFailed === 'load' ? loadErrorView(t, settings.emergencyNumber) : state.reviewFailed === 'prepare' ? prepareErrorView(t) : nothing;
  return writeView(t, {
    category,
    derived: view.derived,
    answers: state.answers,
    message: state.message,
    problems,
    locale: view.locale,
    limit: settings.limit,
    dictation: view.dictation,
    attachments: view.resolved.attachments ? { files: state.files, limits: view.resolved.attachments } : undefined,
    proxies: proxiesStep(view, view.resolved.config),
    signature: signatureStep(view, view.resolved.config, problems),
    billingNotice: billingNoticeApplies(view.resolved.config, category.id) ? localize(view.resolved.config.billing!.notice, view.locale) : '',
    // Both live regions stay in the page, so that a notice put in them is read. An emergency or
    // a crisis interrupts (alert); same-day care waits its turn (status).
    notices: html`<div role="alert">${urgent ? nothing : noticeView(view)}</div><div role="status">${urgent ? noticeView(view) : nothing}</div>${failed}`,
    on: view.on,
  });
}

/** The inline notice: what the text read as when typing paused, and who to call instead. */
function noticeView(view: ComposeView) {
  const { notice, screening, settings } = view;
  if (!notice || notice.level === 'none' || !screening) return nothing;
  const ids = notice.findings.map((finding) => finding.id);
  return screening.urgencyNoticeView(view.t, {
    level: notice.level,
    crisis: screening.mentionsCrisis(ids),
    findings: screening.describeFindings(ids, view.locale),
    emergencyNumber: settings.emergencyNumber,
    crisisNumber: settings.crisisNumber,
    onCallNumber: settings.onCallNumber,
    crisisAdvice: view.resolved.crisisAdvice,
  });
}
