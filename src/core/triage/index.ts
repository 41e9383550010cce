/**
 * The urgency safety net: `assessUrgency(text)` reads a patient's message for emergencies,
 * mental-health crises and same-day problems, in English and Spanish. DOM-free.
 */
export { assessUrgency, type AssessUrgencyOptions } from './assess-urgency.js';
export {
  mentionsCrisis,
  mostSevere,
  URGENCY_FINDING_IDS,
  URGENCY_FINDING_LEVELS,
  URGENCY_LEVEL_RANK,
  type UrgencyAssessment,
  type UrgencyFinding,
  type UrgencyFindingId,
  type UrgencyLevel,
} from './findings.js';
