import { characterLimit } from '../budget.js';

/** When the widget asks "is this an emergency?". */
export type UrgencyCheckMode = 'open' | 'send' | 'both' | 'off';
const URGENCY_CHECK_MODES: readonly unknown[] = ['open', 'send', 'both', 'off'] satisfies UrgencyCheckMode[];

export const DEFAULT_EMERGENCY_NUMBER = '911';
export const DEFAULT_CRISIS_NUMBER = '988';
export const DEFAULT_SUBMIT_TIMEOUT_MS = 30_000;
/** Longer waits are cut to this: a timer past 2^31 ms fires at once in browsers. */
export const MAX_SUBMIT_TIMEOUT_MS = 600_000;

/** The element's attributes as a host may set them: anything, from markup or a script. */
export interface ComposeAttributes {
  maxLength: unknown;
  urgencyCheck: unknown;
  submitTimeout: unknown;
  emergencyNumber: unknown;
  crisisNumber: unknown;
  onCallNumber: unknown;
}

/** The attributes as the widget uses them: every value one that works. */
export interface ComposeSettings {
  limit: number;
  checkMode: UrgencyCheckMode;
  submitTimeout: number;
  emergencyNumber: string;
  crisisNumber: string;
  onCallNumber: string | undefined;
}

/**
 * The one place attributes are read. A value that cannot work (a blank emergency number, a
 * timeout of `abc`, `0` or `-1`, a limit of `-5`) falls back to the default rather than
 * breaking a step the patient relies on.
 */
export function resolveSettings(attributes: ComposeAttributes): ComposeSettings {
  return {
    limit: characterLimit(attributes.maxLength),
    checkMode: URGENCY_CHECK_MODES.includes(attributes.urgencyCheck) ? (attributes.urgencyCheck as UrgencyCheckMode) : 'both',
    submitTimeout: milliseconds(attributes.submitTimeout, DEFAULT_SUBMIT_TIMEOUT_MS, MAX_SUBMIT_TIMEOUT_MS),
    emergencyNumber: phoneNumber(attributes.emergencyNumber) ?? DEFAULT_EMERGENCY_NUMBER,
    crisisNumber: phoneNumber(attributes.crisisNumber) ?? DEFAULT_CRISIS_NUMBER,
    onCallNumber: phoneNumber(attributes.onCallNumber),
  };
}

/** A positive number of milliseconds, at most `max`; `fallback` for anything else. */
export function milliseconds(value: unknown, fallback: number, max: number): number {
  const ms = typeof value === 'string' && value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(ms) || ms < 1) return fallback;
  return Math.min(Math.floor(ms), max);
}

/** A number to call: trimmed, with at least one digit; `undefined` when blank or unusable. */
export function phoneNumber(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const number = String(value).trim();
  return /\d/.test(number) ? number : undefined;
}
