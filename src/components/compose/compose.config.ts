import { DEFAULT_CATEGORIES } from '../../core/catalog.js';
import type { ComposeConfig } from '../../core/config-schema.js';
import type { Locale } from '../../core/locale.js';
import { resolveCategory, type ResolvedCategory } from '../../core/resolve-catalog.js';
import type { ConfigIssue } from '../../core/validate-config.js';
import { getTranslation, type Translation } from '../../i18n/index.js';

/** The host's config as the widget uses it, in one language. */
export interface ResolvedConfig {
  /** Why the config cannot be used; the form is replaced by this list when not empty. */
  issues: ConfigIssue[];
  config: ComposeConfig;
  /** The strings, with the host's overrides. */
  t: Translation;
  categories: ResolvedCategory[];
  /** Reply mode (`config.replyTo`): `closed` when the host no longer takes replies. */
  reply?: 'open' | 'closed';
}

/**
 * The defaults without a config (no check needed on the first screen); a host's config is
 * checked and resolved by the checks part (`resolveHostConfig`, zod), loaded before it is used.
 */
export function resolveConfig(
  config: ComposeConfig | undefined,
  locale: Locale,
  checks: { resolveHostConfig: (config: unknown, locale: Locale) => ResolvedConfig } | undefined,
): ResolvedConfig {
  const t = getTranslation(locale);
  if (config == null) return { issues: [], config: {}, t, categories: DEFAULT_CATEGORIES.map((category) => resolveCategory(category, locale)) };
  return checks?.resolveHostConfig(config, locale) ?? { issues: [{ path: 'config', message: t.errorPartsMissing }], config: {}, t, categories: [] };
}
