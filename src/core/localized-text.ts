import type { Locale } from './locale.js';

/** Host- or catalog-provided text: one string for every locale, or one per locale. */
export type LocalizedText = string | Partial<Record<Locale, string>>;

/** Resolves localized text, falling back to English, then to any language given. */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? Object.values(text).find((value) => value !== undefined) ?? '';
}
