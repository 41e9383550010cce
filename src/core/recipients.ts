import type { RecipientDefinition } from './config-schema.js';
import type { Locale } from './locale.js';
import { localize } from './localized-text.js';

/** A care team or clinician, in one language, ready to render. */
export interface ResolvedRecipient {
  id: string;
  label: string;
  /** The facility or department it belongs to; `''` when none was given. */
  group: string;
  recent: boolean;
  /** The categories it takes; `undefined`: all of them. */
  categories: readonly string[] | undefined;
}

/** More than this many choices, and the list gets a search field. */
export const RECIPIENT_SEARCH_FROM = 8;

export function resolveRecipient(recipient: RecipientDefinition, locale: Locale): ResolvedRecipient {
  return {
    id: recipient.id,
    label: localize(recipient.label, locale),
    group: localize(recipient.group, locale),
    recent: recipient.recent === true,
    categories: recipient.categories,
  };
}

/**
 * Who can receive a message of this category, in the order a patient looks for them: the ones
 * they wrote to recently first, then by facility and name, as VA's and MyChart's lists do.
 */
export function recipientsFor(recipients: readonly ResolvedRecipient[], category: string): ResolvedRecipient[] {
  const eligible = recipients.filter((recipient) => recipient.categories === undefined || recipient.categories.includes(category));
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return [...eligible].sort((a, b) => Number(b.recent) - Number(a.recent) || collator.compare(a.group, b.group) || collator.compare(a.label, b.label));
}

/** Matches typed words against the name and the facility, ignoring case and accents. */
export function matchesSearch(recipient: ResolvedRecipient, query: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const haystack = fold(`${recipient.label} ${recipient.group}`);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

const none = (): ResolvedRecipient[] => [];
const lists = new WeakMap<readonly RecipientDefinition[], Partial<Record<Locale, (category: string) => ResolvedRecipient[]>>>();

/**
 * `config.recipients` in `locale`, as `derive` asks for them: by category, in the order listed.
 * Resolved once per list and language (derive runs on every keystroke).
 */
export function recipientLists(recipients: readonly RecipientDefinition[] | undefined, locale: Locale): (category: string) => ResolvedRecipient[] {
  if (!recipients) return none;
  const byLocale = lists.get(recipients) ?? {};
  lists.set(recipients, byLocale);
  return (byLocale[locale] ??= ((resolved) => (category: string) => recipientsFor(resolved, category))(recipients.map((recipient) => resolveRecipient(recipient, locale))));
}
