import type { ProxiesConfig } from './config-schema.js';
import type { Locale } from './locale.js';
import { localize } from './localized-text.js';

/**
 * The patient's choice for one message (`config.proxies`), by proxy id: `true` may see it,
 * `false` may not. Ids only: the names stay in the host's config.
 */
export type ProxyChoices = Readonly<Record<string, boolean>>;

/** A proxy in one language, with whether it may see the message. */
export interface ResolvedProxy {
  id: string;
  label: string;
  visible: boolean;
}

/** Who may see this message, as the patient chose: as shown, and as sent. */
export interface ProxyVisibility {
  /** Every proxy the host lists, in its order. */
  people: readonly ResolvedProxy[];
  /** The ids of the proxies who may see the message, and of those who may not. */
  visibleTo: string[];
  hiddenFrom: string[];
}

/** Whether the patient chooses who may see messages of this category: proxies are listed, and the category is one of theirs. */
export function proxiesApply(config: ProxiesConfig | undefined, category: string): config is ProxiesConfig {
  return Boolean(config && config.people.length > 0 && (config.categories?.includes(category) ?? true));
}

/**
 * `config.proxies` in `locale`, as `derive` asks for it: for a category, each proxy with the
 * patient's choice, or the host's default (`all`) where the patient has not chosen;
 * `undefined` where no choice is offered. A choice for an id the config no longer lists counts
 * for nothing.
 */
export function proxyVisibility(config: ProxiesConfig | undefined, locale: Locale): (category: string, choices: ProxyChoices) => ProxyVisibility | undefined {
  return (category, choices) => {
    if (!proxiesApply(config, category)) return undefined;
    const byDefault = config.default !== 'none';
    const people = config.people.map((person) => {
      const chosen = Object.hasOwn(choices, person.id) ? choices[person.id] : undefined;
      return { id: person.id, label: localize(person.label, locale), visible: typeof chosen === 'boolean' ? chosen : byDefault };
    });
    return {
      people,
      visibleTo: people.filter((person) => person.visible).map((person) => person.id),
      hiddenFrom: people.filter((person) => !person.visible).map((person) => person.id),
    };
  };
}

/**
 * The choice after the patient checked (`visible`) or unchecked one proxy: every proxy the host
 * lists, as shown; ids it no longer lists are dropped.
 */
export function chooseProxy(visibility: ProxyVisibility, id: string, visible: boolean): ProxyChoices {
  return Object.fromEntries(visibility.people.map((person) => [person.id, person.id === id ? visible : person.visible]));
}
