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
