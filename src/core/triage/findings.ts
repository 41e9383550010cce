import type { UrgencyLevelName } from '../urgency-levels.js';

/** How urgent a message reads. `none` means nothing in the text looked urgent. */
export type UrgencyLevel = UrgencyLevelName;

/** Severity order: a higher number is more severe (emergency > crisis > urgent > none). */
export const URGENCY_LEVEL_RANK: Readonly<Record<UrgencyLevel, number>> = Object.freeze({
  none: 0,
  urgent: 1,
  crisis: 2,
  emergency: 3,
});

/** The more severe of two levels. */
export function mostSevere(a: UrgencyLevel, b: UrgencyLevel): UrgencyLevel {
  return URGENCY_LEVEL_RANK[b] > URGENCY_LEVEL_RANK[a] ? b : a;
}

/** Every finding the safety net can report, grouped by level. */
export const URGENCY_FINDING_IDS = [
  // emergency: call the emergency number
  'chest-pain',
  'heart-attack',
  'trouble-breathing',
  'stroke-signs',
  'fainting',
  'seizure',
  'severe-bleeding',
  'coughing-vomiting-blood',
  'allergic-reaction',
  'overdose-poisoning',
  'severe-headache',
  'blood-sugar-extreme',
  'pregnancy-bleeding',
  'unresponsive',
  'serious-injury',
  'very-high-blood-pressure',
  'low-oxygen',
  'heart-rate-extreme',
  'newborn-fever',
  'pregnancy-warning',
  'baby-moving-less',
  'baby-dehydration',
  'after-birth-bleeding',
  'black-stool-bleeding',
  'sepsis-signs',
  'testicle-pain',
  'emergency-signs',
  // crisis: call or text the crisis line
  'suicidal-thoughts',
  'self-harm',
  'overdose-plan',
  'someone-else-suicidal',
  'crisis-signs',
  // urgent: same day, on-call line
  'high-fever',
  'infant-fever',
  'spreading-infection',
  'cant-keep-fluids',
  'severe-pain',
] as const;

export type UrgencyFindingId = (typeof URGENCY_FINDING_IDS)[number];

/** The level each finding raises the message to. */
export const URGENCY_FINDING_LEVELS: Readonly<Record<UrgencyFindingId, Exclude<UrgencyLevel, 'none'>>> = Object.freeze({
  'chest-pain': 'emergency',
  'heart-attack': 'emergency',
  'trouble-breathing': 'emergency',
  'stroke-signs': 'emergency',
  fainting: 'emergency',
  seizure: 'emergency',
  'severe-bleeding': 'emergency',
  'coughing-vomiting-blood': 'emergency',
  'allergic-reaction': 'emergency',
  'overdose-poisoning': 'emergency',
  'severe-headache': 'emergency',
  'blood-sugar-extreme': 'emergency',
  'pregnancy-bleeding': 'emergency',
  unresponsive: 'emergency',
  'serious-injury': 'emergency',
  'very-high-blood-pressure': 'emergency',
  'low-oxygen': 'emergency',
  'heart-rate-extreme': 'emergency',
  'newborn-fever': 'emergency',
  'pregnancy-warning': 'emergency',
  'baby-moving-less': 'emergency',
  'baby-dehydration': 'emergency',
  'after-birth-bleeding': 'emergency',
  'black-stool-bleeding': 'emergency',
  'sepsis-signs': 'emergency',
  'testicle-pain': 'emergency',
  'emergency-signs': 'emergency',
  'suicidal-thoughts': 'crisis',
  'self-harm': 'crisis',
  'overdose-plan': 'crisis',
  'someone-else-suicidal': 'crisis',
  'crisis-signs': 'crisis',
  'high-fever': 'urgent',
  'infant-fever': 'urgent',
  'spreading-infection': 'urgent',
  'cant-keep-fluids': 'urgent',
  'severe-pain': 'urgent',
});

/**
 * Whether any of these finding ids is a crisis: then the crisis line is offered first, or right
 * after the emergency number when the message reads as an emergency too.
 */
export function mentionsCrisis(ids: readonly string[]): boolean {
  return ids.some((id) => (URGENCY_FINDING_LEVELS as Readonly<Record<string, string>>)[id] === 'crisis');
}

/** One thing the safety net noticed. */
export interface UrgencyFinding {
  id: UrgencyFindingId;
  level: Exclude<UrgencyLevel, 'none'>;
  /** The exact substring of the original text that triggered the finding. */
  match: string;
  /** Index of `match` in the original text (UTF-16 code units, like `String.prototype.indexOf`). */
  offset: number;
}

/** What `assessUrgency` returns. */
export interface UrgencyAssessment {
  /** The most severe level among the findings, or `none`. */
  level: UrgencyLevel;
  /** One finding per id (its first occurrence), sorted by offset. */
  findings: UrgencyFinding[];
}
