import type { Locale } from '../core/locale.js';

/**
 * Strings that load with the part that says them, not with the first screen (`en.ts` is in
 * every first load): the same keys `K` in every language, checked by the type.
 */
export type PartStrings<K extends string = string> = Record<Locale, Record<K, string>>;

/**
 * A lookup of `table`'s strings in `locale`, with the host's overrides (`config.strings`, the
 * same keys as any other string).
 */
export function partStrings<T extends PartStrings>(table: T, overrides: Partial<Record<Locale, Record<string, string>>> | undefined, locale: Locale) {
  return (key: keyof T['en'] & string): string => overrides?.[locale]?.[key] ?? table[locale][key]!;
}
