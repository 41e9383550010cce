import * as z from 'zod/mini';
import { DRAFT_VERSION, type ComposeDraftData } from './draft.js';
import { URGENCY_DECISIONS } from './urgency-levels.js';

z.config({ jitless: true }); // see config-schema.ts: no eval under strict CSP

// Apart from draft.ts so that saving a draft does not load zod; only reading one back does.

const urgencySchema = z.object({
  decision: z.enum(URGENCY_DECISIONS),
  checkedAt: z.iso.datetime({ offset: true }),
  findings: z.array(z.string()),
});

/** Unknown keys are dropped (a later, additive version-1 field must not cost the patient their text). */
const draftSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  savedAt: z.iso.datetime({ offset: true }),
  regarding: z.optional(z.enum(['self', 'other'])),
  category: z.optional(z.string()),
  recipient: z.optional(z.string()),
  answers: z.record(z.string(), z.string()),
  subject: z.optional(z.string()),
  subjectEdited: z.optional(z.boolean()),
  message: z.string(),
  // Checked on its own below: a bad urgency record is dropped, the words are kept.
  urgency: z.optional(z.unknown()),
});

/**
 * Reads a stored draft: a JSON string or an already parsed value. Anything that is not a
 * version-1 draft (junk, another version, another app's value under the same key) gives
 * `undefined`; this never throws. An invalid `urgency` record alone is dropped (the patient is
 * simply asked again); unknown keys are left out.
 */
export function parseDraft(value: unknown): ComposeDraftData | undefined {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const result = draftSchema.safeParse(data);
  if (!result.success) return undefined;
  const { urgency, ...rest } = result.data;
  const draft: ComposeDraftData = { ...rest, version: DRAFT_VERSION };
  if (urgency !== undefined) {
    const checked = urgencySchema.safeParse(urgency);
    if (checked.success) draft.urgency = checked.data;
  }
  return draft;
}
