import { toJSONSchema } from 'zod/mini';
import { messagePayloadSchema, PAYLOAD_SCHEMA_VERSION } from '../src/core/payload-schema.js';

/** What the published schema says about itself: what it accepts, and the two checks it cannot make. */
export const PAYLOAD_JSON_SCHEMA_DESCRIPTION =
  'What <sm-compose> emits in sm-submit, generated from the zod schema messagePayloadSchema (sm-compose/core), and accepting exactly what it accepts, but for two checks that relate one field to another, which JSON Schema cannot state: ' +
  'characterCount must equal the number of user-perceived characters (extended grapheme clusters, as Intl.Segmenter counts them) in body, and must not exceed characterLimit. Validate with the zod schema to check those too. ' +
  'Properties not listed here are accepted, at the top and in nested objects (a later release of version 1 may add optional ones); the zod schema drops them from what it returns, and readers should ignore them. ' +
  'Lengths (maxLength) count Unicode code points; patterns are ECMAScript regular expressions.';

/**
 * The payload's JSON Schema, generated from the zod schema. `io: 'input'` leaves objects open
 * to added fields (no `additionalProperties: false`), as zod accepts them: readers of version 1
 * accept payloads with later optional fields.
 */
export function payloadJsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(messagePayloadSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: `https://sm-compose.dev/schemas/message-payload.v${PAYLOAD_SCHEMA_VERSION}.json`,
    title: 'sm-compose message payload',
    description: PAYLOAD_JSON_SCHEMA_DESCRIPTION,
  };
}
