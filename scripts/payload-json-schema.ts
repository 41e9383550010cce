import { toJSONSchema } from 'zod/mini';
import { messagePayloadSchema, PAYLOAD_SCHEMA_VERSION } from '../src/core/payload-schema.js';

/** What the published schema says about itself: what it accepts, and the two checks it cannot make. */
export const PAYLOAD_JSON_SCHEMA_DESCRIPTION =
  'What <sm-compose> emits in sm-submit, generated from the zod schema messagePayloadSchema (sm-compose/core), and accepting exactly what it accepts, but for two checks that relate one field to another, which JSON Schema cannot state: ' +
  'characterCount must equal the number of user-perceived characters (extended grapheme clusters, as Intl.Segmenter counts them) in body, and must not exceed characterLimit. Validate with the zod schema to check those too. ' +
  'Properties not listed here are accepted, at the top and in nested objects (a later release of version 1 may add optional ones); the zod schema drops them from what it returns, and readers should ignore them. ' +
  'Lengths (maxLength) count Unicode code points; patterns are ECMAScript regular expressions.';

const DATE_TIME = {
  format: 'date-time',
  description: 'RFC 3339 date-time with Z or an offset, that FHIR R4 can carry: years 0001 to 9999, offsets from -14:00 to +14:00.',
};

/** Words for the properties whose rules need them (kept here, so that they do not ship in the browser). */
const PROPERTY_NOTES: Record<string, Record<string, unknown>> = {
  createdAt: DATE_TIME,
  body: {
    description:
      'Plain text with labelled sections: what the clinician reads. Never blank: at least one character that is neither white space (ECMAScript \\s) nor a control character U+0000–U+001F.',
  },
  characterCount: {
    description:
      'User-perceived characters (extended grapheme clusters, as Intl.Segmenter counts them) in body; at most characterLimit. ' +
      'JSON Schema can neither count grapheme clusters nor compare two fields: the zod schema (messagePayloadSchema in sm-compose/core) ' +
      'also checks that characterCount equals countCharacters(body) and does not exceed characterLimit; this schema does not.',
  },
};

type Schema = Record<string, unknown> & { properties: Record<string, Schema> };

/**
 * The payload's JSON Schema, generated from the zod schema. `io: 'input'` leaves objects open
 * to added fields (no `additionalProperties: false`), as zod accepts them: readers of version 1
 * accept payloads with later optional fields. Only words are added here (descriptions, the
 * `date-time` format as an annotation), never a rule: the rules are zod's.
 */
export function payloadJsonSchema(): Record<string, unknown> {
  const schema = toJSONSchema(messagePayloadSchema, { target: 'draft-2020-12', io: 'input' }) as unknown as Schema;
  for (const [name, notes] of Object.entries(PROPERTY_NOTES)) Object.assign(schema.properties[name]!, notes);
  Object.assign(schema.properties.urgency!.properties.checkedAt!, DATE_TIME);
  return {
    ...schema,
    $id: `https://sm-compose.dev/schemas/message-payload.v${PAYLOAD_SCHEMA_VERSION}.json`,
    title: 'sm-compose message payload',
    description: PAYLOAD_JSON_SCHEMA_DESCRIPTION,
  };
}
