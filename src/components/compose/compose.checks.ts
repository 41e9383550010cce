import { buildPayload } from '../../core/build-payload.js';
import type { CombinedUrgency } from '../../core/combine-urgency.js';
import type { Derived } from '../../core/compose/derive.js';
import type { ComposeSettings } from '../../core/compose/settings.js';
import type { ComposeState } from '../../core/compose/state.js';
import type { Locale } from '../../core/locale.js';
import { messagePayloadSchema, type MessagePayload } from '../../core/payload-schema.js';
import { uuid } from '../../core/uuid.js';

// <sm-compose>'s zod checks: the host's config and the payload it emits. Loaded after the
// first screen, or before it when the host has set a config that must be checked first.
export { validateConfig } from '../../core/validate-config.js';

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
    recipient: derived.recipient && { id: derived.recipient.id, label: derived.recipient.label },
    subject: derived.subject,
    fields: derived.fields,
    message: state.message,
    messageLabel: options.messageLabel,
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
