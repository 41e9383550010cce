import { isServer, LitElement, type PropertyDeclarations } from 'lit';
import { toLocale, type Locale } from '../../core/locale.js';
import { getTranslation, loadTranslation, type Translation } from '../../i18n/index.js';
import { settleWithin } from '../../core/settle-within.js';
import { PART_WAIT_MS } from '../../controllers/parts.js';

/**
 * The base of every sm- element: the language it speaks and its strings. An element
 * without a `locale` attribute follows the nearest `lang` attribute of the page.
 */
export class SmElement extends LitElement {
  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    strings: { attribute: false },
    theme: { reflect: true },
  };

  /** `en` or `es`; without it, the nearest `lang` attribute, then English. */
  declare locale: string | undefined;
  /** `light` (default), `dark`, or `auto` to follow the device's setting. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** The strings to show, with the host's overrides already applied (set by `<sm-compose>`). */
  declare strings: Translation | undefined;

  /**
   * An update in a language whose strings are still loading waits for them, for a moment: on a
   * slow network it shows English first (offline, English stays) and the language once it is here.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadTranslation(this.resolvedLocale);
    if (!loading) return super.scheduleUpdate();
    loading.then(() => this.translationArrived(), () => undefined);
    return settleWithin(loading, PART_WAIT_MS).then(() => super.scheduleUpdate());
  }

  /** Strings that were still loading have arrived: show them. */
  protected translationArrived(): void {
    this.requestUpdate();
  }

  /** The language as the last update found it: looked up once per update, not at every read. */
  private knownLocale: Locale | undefined;

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.knownLocale = undefined;
    super.requestUpdate(...args);
  }

  protected get resolvedLocale(): Locale {
    // A server renderer (@lit-labs/ssr) has no tree to look up: there, `locale` or English.
    return (this.knownLocale ??= toLocale(this.locale ?? (isServer ? undefined : this.closest('[lang]')?.getAttribute('lang'))));
  }

  protected get t(): Translation {
    return this.strings ?? getTranslation(this.resolvedLocale);
  }
}
