import { html, nothing } from 'lit';
import type { ResolvedCategory } from '../../core/resolve-catalog.js';
import { missingOptional } from '../../core/completeness.js';
import type { Locale } from '../../core/locale.js';
import { fill, formatList } from '../../i18n/index.js';
import { partStrings } from '../../i18n/part-strings.js';
import { REVIEW_STRINGS } from '../../i18n/review.js';
import type { ComposeConfig } from '../../core/config-schema.js';

// The steps after writing: the review of the message and the confirmation once it is sent.
// Stateless like compose.views.ts; loaded with what sending needs, after the first screen.

export { send } from './compose.send.js';

/** The review and sent steps' strings in `locale`, with the host's overrides. */
export const reviewStrings = (overrides: ComposeConfig['strings'], locale: Locale) => partStrings(REVIEW_STRINGS, overrides, locale);
type ReviewText = ReturnType<typeof reviewStrings>;

export function reviewView(
  t: ReviewText,
  options: {
    category: ResolvedCategory;
    /** Who it goes to (with `config.recipients`). */
    recipient?: string | undefined;
    answers: Record<string, string>;
    subject: string;
    body: string;
    locale: Locale;
    busy: boolean;
    sendFailed: boolean;
    onSend: () => void;
    onEdit: () => void;
  },
) {
  const { busy, sendFailed } = options;
  // Optional answers left empty: a gentle reminder, never a block.
  const optional = missingOptional(options.category.prompts, options.answers);
  return html`<div part="review" aria-busy=${busy ? 'true' : 'false'}>
    <h2 id="review-title" tabindex="-1">${t('reviewTitle')}</h2>
    <p>${t('reviewIntro')}</p>
    <dl>
      ${options.recipient ? html`<dt>${t('reviewRecipient')}</dt><dd>${options.recipient}</dd>` : nothing}
      <dt>${t('reviewCategory')}</dt>
      <dd>${options.category.label}</dd>
      <dt>${t('reviewSubject')}</dt>
      <dd>${options.subject}</dd>
    </dl>
    ${optional.length > 0 ? html`<p class="reminder">${fill(t('missingOptional'), { names: formatList(optional.map((p) => p.label.replace(/[?:]$/, '').toLowerCase()), options.locale) })}</p>` : nothing}
    <pre part="preview" tabindex="0" role="region" aria-label=${t('reviewBody')}>${options.body}</pre>
    ${sendFailed
      ? html`<div part="send-error" role="alert" tabindex="-1" aria-labelledby="send-error-title">
          <strong id="send-error-title">${t('errorSendFailed')}</strong>
          <p>${t('errorSendFailedDetail')}</p>
        </div>`
      : nothing}
    <div part="actions">
      <button type="button" class="primary" part="send-button" aria-disabled=${busy ? 'true' : 'false'} @click=${options.onSend}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t('sending')}` : sendFailed ? t('retryButton') : t('sendButton')}
      </button>
      <button type="button" part="edit-button" ?disabled=${busy} @click=${options.onEdit}>${t('editButton')}</button>
    </div>
  </div>`;
}

export function sentView(t: ReviewText, options: { replyTime: string; office?: { closed: string } | undefined; emergencyNumber: string; onNewMessage: () => void }) {
  return html`<div part="sent" role="status">
    <h2 id="sent-title" tabindex="-1">${t('sentTitle')}</h2>
    <p>${options.office ? options.office.closed : fill(t('sentBody'), { time: options.replyTime })}</p>
    <p>${fill(t('sentEmergencyReminder'), { number: options.emergencyNumber })}</p>
    <div part="actions">
      <button type="button" @click=${options.onNewMessage}>${t('newMessageButton')}</button>
    </div>
  </div>`;
}
