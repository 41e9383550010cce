import { html, nothing } from 'lit';
import type { ComposeConfig, ReplyToConfig } from '../../core/config-schema.js';
import type { Locale } from '../../core/locale.js';
import { localize } from '../../core/localized-text.js';
import type { ResolvedCategory } from '../../core/resolve-catalog.js';
import { fill } from '../../i18n/index.js';
import { partStrings } from '../../i18n/part-strings.js';
import { REPLY_STRINGS } from '../../i18n/reply.js';


/** The conversation's category as a reply: no questions, no examples, no faster channel; the subject "Re: …". */
export function replyCategory(category: ResolvedCategory, subject: string): ResolvedCategory {
  return { ...category, examples: [], notice: '', redirect: undefined, prompts: [], subject: /^re:/i.test(subject) ? subject : `Re: ${subject}` };
}

/**
 * Above the message: the clinician's message being answered, read-only and as text (never
 * HTML); or, when the host has closed replies, why, and where a new message starts.
 */
export function replyView(config: ComposeConfig, reply: ReplyToConfig, locale: Locale) {
  const t = partStrings(REPLY_STRINGS, config.strings, locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(reply.sentAt));
  const closed = reply.closed;
  return html`<section part="reply" aria-labelledby="reply-title">
    <h2 id="reply-title">${fill(t('replyTitle'), { from: localize(reply.from, locale) })}</h2>
    <p class="hint">${fill(t('replySent'), { date })}: <strong>${reply.subject}</strong></p>
    ${reply.excerpt ? html`<blockquote part="reply-excerpt">${reply.excerpt}</blockquote>` : nothing}
    ${closed
      ? html`<div part="reply-closed" class="notice" role="status">
          <p><strong>${t('replyClosed')}</strong> ${localize(closed.reason, locale)}</p>
          ${closed.newMessageHref ? html`<p><a href=${closed.newMessageHref}>${t('replyNewMessage')}</a></p>` : nothing}
        </div>`
      : nothing}
  </section>`;
}
