import { buildPayload } from '../../core/build-payload.js';
import type { CombinedUrgency } from '../../core/combine-urgency.js';
import type { Derived } from '../../core/compose/derive.js';
import type { ComposeSettings } from '../../core/compose/settings.js';
import type { ComposeState } from '../../core/compose/state.js';
import type { ComposeConfig } from '../../core/config-schema.js';
import type { Locale } from '../../core/locale.js';
import { formatOfficeDay, formatOfficeTime, officeStatus } from '../../core/office-hours.js';
import { fill, getTranslation } from '../../i18n/index.js';
import { OFFICE_STRINGS } from '../../i18n/office.js';
import { partStrings } from '../../i18n/part-strings.js';
import { billingNoticeApplies } from '../../core/billing.js';
import { DEFAULT_CATEGORIES } from '../../core/catalog.js';
import { resolveCategory } from '../../core/resolve-catalog.js';
import { validateConfig } from '../../core/validate-config.js';
import type { CheckedConfig } from './compose.config.js';
import { replyCategory } from './compose.reply.js';
import { messagePayloadSchema, type MessagePayload } from '../../core/payload-schema.js';
import { uuid } from '../../core/uuid.js';

// <sm-compose>'s zod checks: the host's config and the payload it emits. Loaded after the
// first screen, or before it when the host has set a config that must be checked first.
export { validateConfig } from '../../core/validate-config.js';

/** A host's config, checked (zod) and resolved in `locale`; in reply mode, the conversation's category alone, as a reply. */
export function resolveHostConfig(config: unknown, locale: Locale): CheckedConfig {
  const result = validateConfig(config);
  if (!result.ok) return { issues: result.issues, config: {}, t: getTranslation(locale), categories: [] };
  const categories = (result.config.categories ?? DEFAULT_CATEGORIES).map((category) => resolveCategory(category, locale));
  const reply = result.config.replyTo;
  const answered = reply && categories.find((category) => category.id === reply.categoryId);
  return {
    issues: [],
    config: result.config,
    t: getTranslation(locale, result.config.strings?.[locale]),
    categories: answered ? [replyCategory(answered, reply.subject)] : categories,
    ...(reply && { reply: reply.closed ? 'closed' : 'open' }),
  };
}


/** Out of hours (`config.officeHours`): when the care team will read the message, and the on-call line. */
export interface OfficeNotice {
  closed: string;
  onCall: string | undefined;
}

/** The office notice at `now`; `undefined` without `config.officeHours` or while the office is open. */
export function officeNotice(config: ComposeConfig, locale: Locale, onCallNumber: string | undefined, now = new Date()): OfficeNotice | undefined {
  if (!config.officeHours) return undefined;
  const { open, next } = officeStatus(config.officeHours, now);
  if (open) return undefined;
  const t = partStrings(OFFICE_STRINGS, config.strings, locale);
  const closed =
    !next ? t('officeClosedLong')
    : next.today ? fill(t('officeClosedToday'), { time: formatOfficeTime(next.opens, locale) })
    : fill(t('officeClosed'), { day: formatOfficeDay(next, locale) });
  return { closed, onCall: onCallNumber ? fill(t('officeOnCall'), { number: onCallNumber }) : undefined };
}

/**
 * The payload of the message as it stands, checked against the published schema; `undefined`
 * if it does not validate (the widget says so and keeps every word: an error never escapes).
 */
export function preparePayload(options: {
  state: ComposeState;
  derived: Derived;
  settings: ComposeSettings;
  locale: Locale;
  /** The heading of the patient's own words in the body. */
  messageLabel: string;
  attachments: boolean;
  /** The host's config: the conversation answered, the billing notice. */
  config: ComposeConfig;
  /** What the urgency checks found in the text at Review. */
  found: CombinedUrgency;
}): MessagePayload | undefined {
  const { state, derived, settings, found } = options;
  const category = derived.category!;
  const answered = settings.checkMode === 'off' ? undefined : state.urgency;
  const payload = buildPayload({
    // The same id for a retry of the same message; a changed message gets a new one.
    id: state.payloadId ?? uuid(),
    createdAt: new Date(),
    locale: options.locale,
    category: { id: category.id, label: category.label, routeTo: category.routeTo },
    inReplyTo: options.config.replyTo?.threadId,
    billingNoticeShown: billingNoticeApplies(options.config, category.id),
    // Ids only: the proxies' names stay with the host.
    proxyVisibility: derived.proxies && { visibleTo: derived.proxies.visibleTo, hiddenFrom: derived.proxies.hiddenFrom },
    recipient: derived.recipient && { id: derived.recipient.id, label: derived.recipient.label },
    subject: derived.subject,
    fields: derived.fields,
    message: state.message,
    messageLabel: options.messageLabel,
    // Signed when reviewed: the body already ends with the signed line, with today's date.
    ...(derived.signedLine && { signature: { name: state.signatureName, signedAt: new Date().toISOString() }, signedLine: derived.signedLine }),
    urgency: {
      level: found.level,
      findings: found.findings,
      decision: answered?.decision ?? 'not-needed',
      checkedAt: answered?.checkedAt ?? new Date().toISOString(),
      ...(answered?.reported && { reported: [...answered.reported] }),
      checks: found.checks,
    },
    characterLimit: settings.limit,
    regarding: state.regarding || undefined,
    declinedRedirect: state.redirectDeclined ? category.redirect?.href : undefined,
    attachments: options.attachments ? state.files : undefined,
  });
  const result = messagePayloadSchema.safeParse(payload);
  return result.success ? result.data : undefined;
}
