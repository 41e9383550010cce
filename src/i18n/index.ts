import type { Locale } from '../core/locale.js';
import { en } from './en.js';
import { es } from './es.js';
import type { PluralText, Translation, TranslationKey } from './translation.js';

export type { PluralText, Translation, TranslationKey } from './translation.js';
export { en, es };

const translations: Record<Locale, Translation> = { en, es };

type Overrides = Partial<Record<string, string>>;

/** The strings for `locale`, with the host's overrides applied to plain (non-plural) strings. */
export function getTranslation(locale: Locale, overrides?: Overrides): Translation {
  const base = translations[locale];
  if (!overrides) return base;
  const merged: Translation = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (key in base && typeof base[key as TranslationKey] === 'string' && typeof value === 'string') {
      (merged as unknown as Record<string, string>)[key] = value;
    }
  }
  return merged;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** Formats a number the way the locale writes it: 2,000 in English, 2000 in Spanish. */
export function formatNumber(n: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/** Picks the plural form for `n` and fills `{n}`. */
export function plural(text: PluralText, n: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = rules.select(n) === 'one' ? text.one : text.other;
  return form.replaceAll('{n}', formatNumber(n, locale));
}

/** Fills `{placeholders}` in a string. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** "chest pain, trouble breathing and a seizure", in the locale's words. */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}
