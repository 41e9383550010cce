// The attachment limits on their own: <sm-compose> needs them at once, the checks only once
// attachments are on (core/attachments.ts, loaded with the attachments element).

export interface AttachmentLimits {
  /** The most files in all. */
  maxFiles: number;
  /** The most bytes in one file. */
  maxFileSize: number;
  /** The most bytes in all files together. */
  maxTotalSize: number;
  /** Allowed types, as in the `accept` attribute: `image/*`, `application/pdf`, `.pdf`; empty allows any. */
  accept: string;
}

/** Bytes in a mebibyte. */
export const MB = 1024 * 1024;

export const DEFAULT_ATTACHMENT_LIMITS: Readonly<AttachmentLimits> = Object.freeze({
  maxFiles: 4,
  maxFileSize: 6 * MB,
  maxTotalSize: 10 * MB,
  accept: 'image/*,application/pdf,text/plain',
});
