import { buildPayload, type PayloadInput } from '../../core/build-payload.js';
import { messagePayloadSchema, type MessagePayload } from '../../core/payload-schema.js';

// <sm-compose>'s zod checks: the host's config and the payload it emits. Loaded after the
// first screen, or before it when the host has set a config that must be checked first.
export { validateConfig } from '../../core/validate-config.js';

/** The payload for `input`, checked against the published schema. Throws if it does not validate. */
export function validatedPayload(input: PayloadInput): MessagePayload {
  return messagePayloadSchema.parse(buildPayload(input));
}
