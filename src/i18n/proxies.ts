import type { PartStrings } from './part-strings.js';

/**
 * "Who else can read this message?", with the part that says it: only a portal that sets
 * `config.proxies` loads these. Hosts reword them with the same keys in `config.strings`.
 */
const en = {
  proxiesLegend: 'Who else can read this message?',
  /** With `default: 'all'` (the default): everyone is checked. */
  proxiesExplain: 'People who help manage your account can read your messages. Uncheck anyone who should not see this one.',
  /** With `default: 'none'`: no one is checked. */
  proxiesExplainNone: 'People who help manage your account can read the messages you let them see. Check anyone who may see this one.',
};

export const PROXY_STRINGS = {
  en,
  es: {
    proxiesLegend: '¿Quién más puede leer este mensaje?',
    proxiesExplain: 'Las personas que le ayudan a manejar su cuenta pueden leer sus mensajes. Desmarque a quien no deba ver este.',
    proxiesExplainNone: 'Las personas que le ayudan a manejar su cuenta pueden leer los mensajes que usted les deja ver. Marque a quien pueda ver este.',
  },
} satisfies PartStrings<keyof typeof en>;
