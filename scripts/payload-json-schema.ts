import { toJSONSchema } from 'zod/mini';
import { messagePayloadSchema, PAYLOAD_SCHEMA_VERSION } from '../src/core/payload-schema.js';

/**
 * The payload's JSON Schema, generated from the zod schema. `io: 'input'` leaves objects open
 * to added fields, so readers of version 1 accept payloads with later optional fields.
 */
export function payloadJsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(messagePayloadSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: `https://sm-compose.dev/schemas/message-payload.v${PAYLOAD_SCHEMA_VERSION}.json`,
    title: 'sm-compose message payload',
    description: 'What <sm-compose> emits in sm-submit. characterCount must not exceed characterLimit (checked by the zod schema).',
  };
}
