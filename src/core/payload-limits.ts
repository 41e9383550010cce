// Numbers the payload schema holds a payload to. Kept apart from the schema so that the widget
// can use them (a subject field's maxlength, the version it stamps) without loading zod.

/** The payload's version. Additive, optional fields keep it; anything that breaks a reader bumps it. */
export const PAYLOAD_SCHEMA_VERSION = 1;
/**
 * The longest subject: the schema counts code points (as JSON Schema does); the widget's field
 * (`maxlength`) stops at as many UTF-16 code units, which is never more code points.
 */
export const SUBJECT_MAX_LENGTH = 100;
