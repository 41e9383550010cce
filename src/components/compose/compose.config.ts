import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from '../../core/attachment-limits.js';
import { DEFAULT_CATEGORIES } from '../../core/catalog.js';
import type { ComposeConfig } from '../../core/config-schema.js';
import type { Locale } from '../../core/locale.js';
import { localize } from '../../core/localized-text.js';
import { resolveCategory, type ResolvedCategory } from '../../core/resolve-catalog.js';
import type { ConfigIssue } from '../../core/validate-config.js';
import { getTranslation, type Translation } from '../../i18n/index.js';

/** The host's config as the widget uses it, in one language. */
export interface CheckedConfig {
  /** Why the config cannot be used; the form is replaced by this list when not empty. */
  issues: ConfigIssue[];
  config: ComposeConfig;
  /** The strings, with the host's overrides. */
  t: Translation;
  categories: ResolvedCategory[];
  /** Reply mode (`config.replyTo`): `closed` when the host no longer takes replies. */
  reply?: 'open' | 'closed';
}

/** The config resolved, with what the widget reads of it in its language. */
export interface ResolvedConfig extends CheckedConfig {
  /** When the care team replies: `config.replyTime`, else the default sentence. */
  replyTime: string;
  /** The host's words added to the crisis advice (`config.crisisAdvice`); empty without. */
  crisisAdvice: string;
  /** The attachment limits, with their defaults; `undefined` when attachments are off. */
  attachments: AttachmentLimits | undefined;
}

/**
 * The defaults without a config (no check needed on the first screen); a host's config is
 * checked and resolved by the checks part (`resolveHostConfig`, zod), loaded before it is used.
 */
export function resolveConfig(
  config: ComposeConfig | undefined,
  locale: Locale,
  checks: { resolveHostConfig: (config: unknown, locale: Locale) => CheckedConfig } | undefined,
): ResolvedConfig {
  const t = getTranslation(locale);
  const checked: CheckedConfig =
    config == null
      ? { issues: [], config: {}, t, categories: DEFAULT_CATEGORIES.map((category) => resolveCategory(category, locale)) }
      : (checks?.resolveHostConfig(config, locale) ?? { issues: [{ path: 'config', message: t.errorPartsMissing }], config: {}, t, categories: [] });
  const { attachments, replyTime, crisisAdvice } = checked.config;
  return {
    ...checked,
    replyTime: localize(replyTime, locale) || checked.t.defaultReplyTime,
    crisisAdvice: localize(crisisAdvice, locale),
    attachments: attachments ? { ...DEFAULT_ATTACHMENT_LIMITS, ...(typeof attachments === 'object' ? attachments : {}) } : undefined,
  };
}
