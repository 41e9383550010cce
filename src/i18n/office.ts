import type { PartStrings } from './part-strings.js';

/**
 * The office-hours sentences, with the part that says them: only a portal that sets
 * `config.officeHours` loads them, not every first screen. Hosts reword them as any other
 * string, with the same keys in `config.strings`.
 */
const en = {
  officeClosed: 'The office is closed now. Your care team will read this on {day}.',
  officeClosedToday: 'The office is closed now. It opens today at {time}; your care team will read this then.',
  officeClosedLong: 'The office is closed now. Your care team will read this when it opens again.',
  officeOnCall: 'If you need help before then, call the on-call line: {number}.',
};

export const OFFICE_STRINGS = {
  en,
  es: {
    officeClosed: 'La oficina está cerrada ahora. Su equipo médico leerá esto el {day}.',
    officeClosedToday: 'La oficina está cerrada ahora. Abre hoy a las {time}; su equipo médico leerá esto entonces.',
    officeClosedLong: 'La oficina está cerrada ahora. Su equipo médico leerá esto cuando vuelva a abrir.',
    officeOnCall: 'Si necesita ayuda antes, llame a la línea de guardia: {number}.',
  },
} satisfies PartStrings<keyof typeof en>;
