import type { Locale } from '../core/locale.js';
import { LazyModule } from '../controllers/lazy-module.js';
import { en } from './en.js';
import type { PluralText, Translation, TranslationKey } from './translation.js';

export type { PluralText, Translation, TranslationKey } from './translation.js';
export { en };

const translations: Partial<Record<Locale, Translation>> = { en };

/** Spanish is a file of its own in the drop-in bundle: loaded when an element first speaks it. */
const spanish = new LazyModule(() => import('./es.js').then(({ es }) => provideTranslation('es', es)));

/** Makes `locale`'s strings available synchronously (the full entry does so for Spanish at load). */
export function provideTranslation(locale: Locale, strings: Translation): void {
  translations[locale] = strings;
}

/** A promise while `locale`'s strings are still loading; `undefined` once they are here. */
export function loadTranslation(locale: Locale): Promise<unknown> | undefined {
  // After a failed load (offline) the page stays in English rather than asking on every update.
  return translations[locale] || spanish.failed ? undefined : spanish.load();
}

type Overrides = Partial<Record<string, string>>;

/** The strings for `locale`, with the host's overrides applied to plain (non-plural) strings. */
export function getTranslation(locale: Locale, overrides?: Overrides): Translation {
  // English until a locale's strings have loaded; elements wait for them (`loadTranslation`).
  const base = translations[locale] ?? en;
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
