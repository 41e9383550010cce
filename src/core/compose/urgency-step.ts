import type { UrgencyLevelName } from '../urgency-levels.js';
import type { UrgencyCheckMode } from './settings.js';
import type { ComposeState } from './state.js';

/** What the urgency dialog is opened for: the routine check, or guidance for what the text reads as. */
export type UrgencyQuestion = 'check' | Exclude<UrgencyLevelName, 'none'>;

/** The routine check when writing starts: once, and only in the modes that ask then. */
export function asksWhenWritingStarts(state: ComposeState, mode: UrgencyCheckMode): boolean {
  return (mode === 'open' || mode === 'both') && state.urgency === undefined;
}

/**
 * What Review must ask before the message can be reviewed, given what the text reads as:
 * guidance for a finding the patient has not yet gone on past; else the routine check until
 * the patient has answered "continue"; else nothing.
 */
export function questionAtReview(
  state: ComposeState,
  mode: UrgencyCheckMode,
  assessment: { level: UrgencyLevelName; findings: readonly string[] },
): UrgencyQuestion | undefined {
  if (mode === 'off') return undefined;
  const seen = state.urgency?.continuedPast?.join(',');
  if ((mode === 'send' || mode === 'both') && assessment.level !== 'none' && assessment.findings.join(',') !== seen) return assessment.level;
  return state.urgency?.decision === 'continued' ? undefined : 'check';
}

/**
 * Review pressed before the screening has arrived (a slow network): whether the red flags are
 * asked at once rather than after the wait. Where Review may ask something (a mode that reads
 * the text for findings, or a routine check not yet answered); not in `open` once answered,
 * where Review asks nothing whatever the text reads as.
 */
export function asksWhileScreeningLoads(state: ComposeState, mode: UrgencyCheckMode): boolean {
  if (mode === 'off') return false;
  return mode === 'send' || mode === 'both' || state.urgency?.decision !== 'continued';
}
