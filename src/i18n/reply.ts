import type { PartStrings } from './part-strings.js';

/**
 * The reply mode's sentences, with the part that says them: only a portal that sets
 * `config.replyTo` loads them. Hosts reword them with the same keys in `config.strings`.
 */
const en = {
  replyTitle: 'Your reply to {from}',
  replySent: 'Their message of {date}',
  replyClosed: 'You can no longer reply to this message.',
  replyNewMessage: 'Write a new message instead',
};

export const REPLY_STRINGS = {
  en,
  es: {
    replyTitle: 'Su respuesta a {from}',
    replySent: 'Su mensaje del {date}',
    replyClosed: 'Ya no puede responder a este mensaje.',
    replyNewMessage: 'Escriba un mensaje nuevo',
  },
} satisfies PartStrings<keyof typeof en>;
