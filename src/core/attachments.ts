import type { Locale } from './locale.js';
import { DEFAULT_ATTACHMENT_LIMITS, MB, type AttachmentLimits } from './attachment-limits.js';

export { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits };

/** What is known about a file before it is accepted: enough to check it, nothing of its contents. */
export interface AttachmentInfo {
  name: string;
  /** The MIME type the browser reported; empty when it did not know. */
  type: string;
  /** Bytes. */
  size: number;
}

/** Why a file was not added. */
export type AttachmentRule = 'type' | 'size' | 'total' | 'count' | 'empty' | 'duplicate';

export interface AttachmentRejection {
  name: string;
  rule: AttachmentRule;
}

export interface AttachmentCheck<T extends AttachmentInfo> {
  /** The candidates that may be added, in the order given. */
  accepted: T[];
  /** The others, in the order given, each with the first rule it breaks. */
  rejected: AttachmentRejection[];
}

/** The tokens of an `accept` string, lower-cased, without MIME parameters. */
export function acceptTokens(accept: string): string[] {
  return accept
    .split(',')
    .map((token) => token.split(';')[0]!.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether a file matches `accept`: exact MIME types, `type/*` wildcards and `.ext` name endings. */
export function matchesAccept(file: Pick<AttachmentInfo, 'name' | 'type'>, accept: string): boolean {
  const tokens = acceptTokens(accept);
  if (tokens.length === 0) return true;
  const type = file.type.split(';')[0]!.trim().toLowerCase();
  const name = file.name.toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token === '*/*' || token === '*') return true;
    if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
    return type !== '' && type === token;
  });
}

const positive = (value: number | undefined, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;

/** The limits with defaults in place of missing, zero, negative or non-numeric values. */
export function resolveLimits(limits: Partial<AttachmentLimits> = {}): AttachmentLimits {
  return {
    maxFiles: positive(limits.maxFiles, DEFAULT_ATTACHMENT_LIMITS.maxFiles),
    maxFileSize: positive(limits.maxFileSize, DEFAULT_ATTACHMENT_LIMITS.maxFileSize),
    maxTotalSize: positive(limits.maxTotalSize, DEFAULT_ATTACHMENT_LIMITS.maxTotalSize),
    accept: typeof limits.accept === 'string' ? limits.accept : DEFAULT_ATTACHMENT_LIMITS.accept,
  };
}

const sameFile = (a: AttachmentInfo, b: AttachmentInfo) => a.name === b.name && a.size === b.size && a.type === b.type;

/**
 * Checks files before they are added to `current` (the files already accepted). Each
 * candidate is checked in order against the type, emptiness, its size, duplicates, the
 * number of files and the total size, counting the candidates accepted before it. One file
 * that breaks a rule never stops the others.
 */
export function checkAttachments<T extends AttachmentInfo>(
  candidates: readonly T[],
  current: readonly AttachmentInfo[] = [],
  limits: Partial<AttachmentLimits> = {},
): AttachmentCheck<T> {
  const { maxFiles, maxFileSize, maxTotalSize, accept } = resolveLimits(limits);
  const kept: AttachmentInfo[] = [...current];
  let total = current.reduce((sum, file) => sum + file.size, 0);
  const accepted: T[] = [];
  const rejected: AttachmentRejection[] = [];
  for (const file of candidates) {
    const rule = firstBrokenRule(file);
    if (rule) {
      rejected.push({ name: file.name, rule });
      continue;
    }
    accepted.push(file);
    kept.push(file);
    total += file.size;
  }
  return { accepted, rejected };

  function firstBrokenRule(file: T): AttachmentRule | undefined {
    if (!matchesAccept(file, accept)) return 'type';
    if (file.size <= 0) return 'empty';
    if (file.size > maxFileSize) return 'size';
    if (kept.some((other) => sameFile(other, file))) return 'duplicate';
    if (kept.length >= maxFiles) return 'count';
    if (total + file.size > maxTotalSize) return 'total';
    return undefined;
  }
}

/** The payload's description of files: name (cleaned as shown), type and size, nothing of the contents. */
export function describeAttachments(files: readonly AttachmentInfo[]): AttachmentInfo[] {
  return files.map(({ name, type, size }) => ({ name: displayFileName(name), type, size }));
}

// Control and bidirectional formatting characters: a name like "photo\u202Egpj.exe" would
// otherwise display reversed, and can reverse the sentence it is shown in.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAMES = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g;

/** A file name safe to show inside a sentence: no control or bidi formatting characters. */
export function displayFileName(name: string): string {
  const shown = name.normalize('NFC').replace(UNSAFE_IN_NAMES, '').trim();
  return shown || '?';
}

const byteFormats = new Map<Locale, Intl.NumberFormat>();
const decimalFormats = new Map<Locale, Intl.NumberFormat>();

/** "512 bytes", "48 KB", "1.2 MB" ("1,2 MB" in Spanish): binary units, at most one decimal. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const size = Math.max(0, Number.isFinite(bytes) ? bytes : 0);
  if (size < 1024) {
    let format = byteFormats.get(locale);
    if (!format) byteFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' })));
    return format.format(size);
  }
  let format = decimalFormats.get(locale);
  if (!format) decimalFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  const [value, unit] = size < MB ? [size / 1024, 'KB'] : size < 1024 * MB ? [size / MB, 'MB'] : [size / (1024 * MB), 'GB'];
  // 1023.96 KB rounds to "1,024 KB": say "1 MB" instead.
  const rounded = Math.round(value * 10) / 10;
  if (rounded >= 1024 && unit !== 'GB') return formatFileSize(unit === 'KB' ? MB : 1024 * MB, locale);
  return `${format.format(rounded)} ${unit}`;
}
