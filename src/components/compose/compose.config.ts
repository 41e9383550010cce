import type { ReactiveControllerHost } from 'lit';
import type { LazyModule } from '../../controllers/lazy-module.js';
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

/** What the config controller reads from its host at each update. */
export interface ConfigSource {
  config: ComposeConfig | undefined;
  locale: Locale;
}

/**
 * Keeps `<sm-compose>`'s config resolved in its language: a host's config waits for the checks
 * part (zod) before it is checked and shown; each new config and each new language is resolved
 * once, in the host's `willUpdate` (which server rendering runs too; it runs no controller
 * hooks). `onResolved` hears each result, with whether the config itself changed.
 */
export class ConfigController {
  resolved: ResolvedConfig = resolveConfig(undefined, 'en', undefined);
  /** A host's config waits for the checks part: nothing shows yet. */
  checking = false;
  private last: { source: ConfigSource; checked: boolean; failed: boolean } | undefined;
  private stale = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      read: () => ConfigSource;
      checks: LazyModule<{ resolveHostConfig: (config: unknown, locale: Locale) => CheckedConfig }>;
      /** Loads the checks part (counted as something the patient waits for). */
      needChecks: () => Promise<unknown>;
      onResolved: (resolved: ResolvedConfig, configChanged: boolean) => void;
    },
  ) {}

  /** Resolves again at the next update (the strings of the language have arrived). */
  refresh(): void {
    this.stale = true;
    this.host.requestUpdate();
  }

  /** Before each update: resolves the config if it, the language or the checks changed. */
  willUpdate(): void {
    const source = this.options.read();
    const { checks } = this.options;
    // Only a host's config waits for the checks; the defaults need none.
    const hosted = source.config != null;
    const checked = hosted && checks.ready;
    const failed = hosted && checks.failed;
    const last = this.last;
    if (!this.stale && last && last.source.config === source.config && last.source.locale === source.locale && last.checked === checked && last.failed === failed) return;
    this.stale = false;
    this.last = { source, checked, failed };
    this.checking = hosted && !checked && !failed;
    if (this.checking) {
      void this.options.needChecks().then(() => this.host.requestUpdate());
      return;
    }
    this.resolved = resolveConfig(source.config, source.locale, checks.loaded);
    this.options.onResolved(this.resolved, last === undefined || last.source.config !== source.config || last.checked !== checked || last.failed !== failed);
  }
}
