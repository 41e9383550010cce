// The FHIR R4 datatype rules that the payload schema holds a payload to, so that every payload
// it accepts maps to a valid resource (`toFhirCommunication`). Kept apart from the mapper so
// that the payload schema does not load it. https://hl7.org/fhir/R4/datatypes.html

/**
 * R4 `dateTime` (datatypes.html#dateTime): years 0001 to 9999, and an offset from -14:00 to
 * +14:00 (`Z`, or `±hh:mm` with hh up to 13, or exactly 14:00).
 */
export const FHIR_DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

/** The largest R4 `unsignedInt` (and `Attachment.size`): 2^31 − 1. */
export const FHIR_UNSIGNED_INT_MAX = 2_147_483_647;
