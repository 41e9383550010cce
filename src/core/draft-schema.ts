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
  // Checked on their own below: a bad urgency record is dropped, the words are kept.
  urgency: z.optional(z.unknown()),
  proxies: z.optional(z.unknown()),
});

/**
 * Reads a stored draft: a JSON string or an already parsed value. Anything that is not a
 * version-1 draft (junk, another version, another app's value under the same key) gives
 * `undefined`; this never throws. An invalid `urgency` record alone is dropped (the patient is
 * simply asked again); so is a malformed entry of the proxies' choice (the others are kept);
 * unknown keys are left out.
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
  const { urgency, proxies, ...rest } = result.data;
  const draft: ComposeDraftData = { ...rest, version: DRAFT_VERSION };
  const choices = proxyChoices(proxies);
  if (choices) draft.proxies = choices;
  if (urgency !== undefined) {
    const checked = urgencySchema.safeParse(urgency);
    if (checked.success) draft.urgency = checked.data;
  }
  return draft;
}

/**
 * The proxies' choice, entry by entry: an id as `config.proxies` spells ids, and a boolean. A
 * malformed entry is dropped and the patient's other choices are kept (no zod: a tuple schema
 * would cost every later load half a kilobyte).
 */
function proxyChoices(value: unknown): Record<string, boolean> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const kept = Object.entries(value).filter(([id, visible]) => /^[a-z0-9][a-z0-9-]*$/.test(id) && typeof visible === 'boolean');
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}
