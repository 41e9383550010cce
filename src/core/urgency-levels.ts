/** How urgent a message looks, most severe first. */
export const URGENCY_LEVELS = ['emergency', 'crisis', 'urgent', 'none'] as const;
export type UrgencyLevelName = (typeof URGENCY_LEVELS)[number];

/**
 * What the patient chose at the urgency check. `not-needed`: no check was due (turned off);
 * `continued`: the patient confirmed it is not an emergency and went on.
 */
export const URGENCY_DECISIONS = [
  'not-needed',
  'continued',
  'called-emergency',
  'called-crisis',
  'called-on-call',
  'cancelled',
] as const;
export type UrgencyDecision = (typeof URGENCY_DECISIONS)[number];

/** Which check read the message: the built-in screen, or the host's `config.urgency.assess`. */
export const URGENCY_CHECK_SOURCES = ['built-in', 'host'] as const;
/** How a check ended: `ok`, or why the host's answer was not used (too slow, or failed or malformed). */
export const URGENCY_CHECK_STATUSES = ['ok', 'timeout', 'error'] as const;
export type UrgencyCheckStatus = (typeof URGENCY_CHECK_STATUSES)[number];

/**
 * What a red flag of the routine check tells the patient to do: call the emergency number,
 * call or text the crisis line, or call the care team's on-call line now.
 */
export const RED_FLAG_ACTIONS = ['emergency', 'crisis', 'on-call'] as const;
export type RedFlagAction = (typeof RED_FLAG_ACTIONS)[number];
