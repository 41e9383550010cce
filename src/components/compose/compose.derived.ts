import { derive, type Derived } from '../../core/compose/derive.js';
import type { ComposeState } from '../../core/compose/state.js';
import type { Locale } from '../../core/locale.js';
import type { ResolvedConfig } from './compose.config.js';
import { composeParts } from './compose.parts.js';

/**
 * What follows from `<sm-compose>`'s state (`derive`), with the environment its config and the
 * loaded writing step give it; computed again only when one of its inputs changed.
 */
export class DerivedCache {
  /** Counts the body, recounting only what a keystroke changed (loaded with the writing step). */
  private countBody: ((text: string) => number) | undefined;
  private last: { inputs: readonly unknown[]; value: Derived } | undefined;

  get(state: ComposeState, resolved: ResolvedConfig, limit: number, requireAcknowledgement: boolean, locale: Locale): Derived {
    const write = composeParts.write.loaded;
    const inputs = [state, resolved, limit, requireAcknowledgement, write, locale];
    if (this.last?.inputs.every((input, i) => input === inputs[i])) return this.last.value;
    const { t, config } = resolved;
    const env = {
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
    this.last = { inputs, value: derive(state, env) };
    return this.last.value;
  }
}
