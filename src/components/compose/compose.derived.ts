import { derive, type ComposeEnv, type Derived } from '../../core/compose/derive.js';
import type { ComposeState } from '../../core/compose/state.js';
import type { Locale } from '../../core/locale.js';
import { memoizeLast } from '../../core/memoize-last.js';
import type { ResolvedConfig } from './compose.config.js';
import { composeParts } from './compose.parts.js';

/**
 * What follows from `<sm-compose>`'s state (`derive`), with the environment its config and the
 * loaded writing step give it; computed again only when one of its inputs changed. The
 * environment changes with the config, the language or the writing step, never with a keystroke.
 */
export class DerivedCache {
  /** Counts the body, recounting only what a keystroke changed (loaded with the writing step). */
  private countBody: ((text: string) => number) | undefined;
  private readonly derive = memoizeLast(derive);
  private readonly env = memoizeLast(
    (resolved: ResolvedConfig, limit: number, requireAcknowledgement: boolean, locale: Locale, write: typeof composeParts.write.loaded): ComposeEnv => {
      const { t, config } = resolved;
      return {
        categories: resolved.categories,
        reply: resolved.reply,
        recipients: write ? write.recipientLists(config.recipients, locale) : () => [],
        limit,
        requireAcknowledgement,
        labels: { message: t.messageLabel, regarding: t.regardingLegend, regardingOther: t.regardingOther },
        // Nothing is counted before the writing step shows: there is nothing to count.
        count: write ? (this.countBody ??= write.createCharacterCounter()) : () => 0,
        validate: write?.validate,
        writing: write,
        signature: config.signature && write?.signing(config.signature, t, locale),
        proxies: write?.proxyVisibility(config.proxies, locale),
      };
    },
  );

  get(state: ComposeState, resolved: ResolvedConfig, limit: number, requireAcknowledgement: boolean, locale: Locale): Derived {
    return this.derive(state, this.env(resolved, limit, requireAcknowledgement, locale, composeParts.write.loaded));
  }
}
