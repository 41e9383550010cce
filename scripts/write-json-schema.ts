// Emits dist/message-payload.schema.json from the zod payload schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { payloadJsonSchema } from './payload-json-schema.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/message-payload.schema.json', `${JSON.stringify(payloadJsonSchema(), null, 2)}\n`);
console.log('dist/message-payload.schema.json written');
