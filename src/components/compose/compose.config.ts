import { DEFAULT_CATEGORIES } from '../../core/catalog.js';
import type { ComposeConfig } from '../../core/config-schema.js';
import type { Locale } from '../../core/locale.js';
import { resolveCategory, type ResolvedCategory } from '../../core/resolve-catalog.js';
import type { ConfigIssue, ConfigResult } from '../../core/validate-config.js';
import { getTranslation, type Translation } from '../../i18n/index.js';

/** The host's config as the widget uses it, in one language. */
export interface ResolvedConfig {
  /** Why the config cannot be used; the form is replaced by this list when not empty. */
  issues: ConfigIssue[];
  config: ComposeConfig;
  /** The strings, with the host's overrides. */
  t: Translation;
  categories: ResolvedCategory[];
}

/**
 * Checks `config` with `validate` (zod, loaded after the first screen; without a config the
 * defaults need no check) and resolves it in `locale`.
 */
export function resolveConfig(config: ComposeConfig | undefined, locale: Locale, validate: ((config: unknown) => ConfigResult) | undefined): ResolvedConfig {
  const result: ConfigResult =
    config == null ? { ok: true, config: {} }
    : validate ? validate(config)
    : { ok: false, issues: [{ path: 'config', message: getTranslation(locale).errorPartsMissing }] };
  if (!result.ok) return { issues: result.issues, config: {}, t: getTranslation(locale), categories: [] };
  return {
    issues: [],
    config: result.config,
    t: getTranslation(locale, result.config.strings?.[locale]),
    categories: (result.config.categories ?? DEFAULT_CATEGORIES).map((category) => resolveCategory(category, locale)),
  };
}
