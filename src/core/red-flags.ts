import type { Locale } from './locale.js';
import { localize, type LocalizedText } from './localized-text.js';
import type { RedFlagAction } from './urgency-levels.js';

export { RED_FLAG_ACTIONS, type RedFlagAction } from './urgency-levels.js';

/** A red flag as a host configures it (`config.urgency.redFlags`). */
export interface RedFlagDefinition {
  id: string;
  label: LocalizedText;
  action: RedFlagAction;
}

/** A red flag in the widget's language, ready to show. */
export interface RedFlag {
  id: string;
  label: string;
  action: RedFlagAction;
}

/**
 * The red flags the routine "Is this an emergency?" check names by default, in the order shown.
 * Their labels are translation strings (`redFlag…`), so hosts can reword them through
 * `config.strings`; the ids are what `payload.urgency.reported` carries.
 */
export const DEFAULT_RED_FLAGS: readonly Omit<RedFlag, 'label'>[] = [
  { id: 'chest-pain', action: 'emergency' },
  { id: 'trouble-breathing', action: 'emergency' },
  { id: 'stroke-signs', action: 'emergency' },
  { id: 'severe-bleeding', action: 'emergency' },
  { id: 'fainting-or-seizure', action: 'emergency' },
  { id: 'throat-swelling', action: 'emergency' },
  // A fever under 3 months is an emergency, as the screen of the text reads it (newborn-fever).
  { id: 'infant-fever', action: 'emergency' },
  { id: 'suicidal-thoughts', action: 'crisis' },
];

/**
 * The red flags to show: the host's list in `locale`, or the default list with the labels
 * `defaultLabel` gives (the widget's strings).
 */
export function resolveRedFlags(host: readonly RedFlagDefinition[] | undefined, locale: Locale, defaultLabel: (id: string) => string): RedFlag[] {
  if (host && host.length > 0) return host.map((flag) => ({ id: flag.id, label: localize(flag.label, locale) || flag.id, action: flag.action }));
  return DEFAULT_RED_FLAGS.map((flag) => ({ ...flag, label: defaultLabel(flag.id) }));
}
