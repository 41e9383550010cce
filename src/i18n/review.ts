import type { PartStrings } from './part-strings.js';

/**
 * The review and sent steps' strings, with the part that shows them (loaded with what sending
 * needs, after the first screen). Hosts reword them as any other string, with the same keys in
 * `config.strings`.
 */
const en = {
  reviewTitle: 'Check your message',
  reviewIntro: 'This is what your care team will read.',
  reviewCategory: 'Topic',
  reviewRecipient: 'To',
  reviewSubject: 'Subject',
  reviewBody: 'Message',
  missingOptional: 'Your care team may also need: {names}. You can still send without it.',
  editButton: 'Edit message',
  sendButton: 'Send message',
  sending: 'Sending…',
  retryButton: 'Try again',
  errorSendFailed: 'Your message was not sent.',
  errorSendFailedDetail: 'Nothing you wrote was lost. Check your connection and try again.',
  sentTitle: 'Message sent',
  sentBody: 'Your care team usually answers {time}.',
  sentEmergencyReminder: 'If you feel worse or need help now, call {number}.',
  newMessageButton: 'Write another message',
};

export const REVIEW_STRINGS = {
  en,
  es: {
    reviewTitle: 'Revise su mensaje',
    reviewIntro: 'Esto es lo que leerá su equipo médico.',
    reviewCategory: 'Tema',
    reviewRecipient: 'Para',
    reviewSubject: 'Asunto',
    reviewBody: 'Mensaje',
    missingOptional: 'Su equipo médico también podría necesitar: {names}. Puede enviarlo sin esto.',
    editButton: 'Editar el mensaje',
    sendButton: 'Enviar el mensaje',
    sending: 'Enviando…',
    retryButton: 'Intentar de nuevo',
    errorSendFailed: 'Su mensaje no se envió.',
    errorSendFailedDetail: 'No se perdió nada de lo que escribió. Revise su conexión e inténtelo de nuevo.',
    sentTitle: 'Mensaje enviado',
    sentBody: 'Su equipo médico suele responder {time}.',
    sentEmergencyReminder: 'Si se siente peor o necesita ayuda ahora, llame al {number}.',
    newMessageButton: 'Escribir otro mensaje',
  },
} satisfies PartStrings<keyof typeof en>;
