// Emits dist/message-payload.schema.json from the zod payload schema.
import { writeFileSync, mkdirSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { messagePayloadSchema, PAYLOAD_SCHEMA_VERSION } from '../src/core/payload-schema.js';

const schema = {
  ...toJSONSchema(messagePayloadSchema, { target: 'draft-2020-12' }),
  $id: `https://sm-compose.dev/schemas/message-payload.v${PAYLOAD_SCHEMA_VERSION}.json`,
  title: 'sm-compose message payload',
  description: 'What <sm-compose> emits in sm-submit. characterCount must not exceed characterLimit (checked by the zod schema).',
};
mkdirSync('dist', { recursive: true });
writeFileSync('dist/message-payload.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log('dist/message-payload.schema.json written');
