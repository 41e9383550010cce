// Realistic message text for the cost figures: patient messages (a medical question, a refill,
// a follow-up, with numbers, a negated symptom and one same-day finding, a high fever) repeated up to the
// wanted length. English is plain ASCII (countCharacters' fast path); Spanish has accents and
// ñ, so it takes the Intl.Segmenter path.

const EN = [
  'Hi Dr. Patel, I have had a headache and some dizziness since Tuesday, mostly in the morning. ',
  'My blood pressure at home was 152/96 today and 148/94 yesterday. I take lisinopril 10 mg once a day. ',
  'No chest pain and no trouble breathing. Should I change the dose or come in this week? ',
  'Also, I need a refill of metformin 500 mg twice a day; I have 5 days left. Please send it to Main Street Pharmacy. ',
  'After my visit on the 3rd my ankle is still swollen and it hurts when I walk more than a block. ',
  'My son has had a fever of 103 since yesterday. Thank you! \n\n',
].join('');

const ES = [
  'Hola doctora García, tengo dolor de cabeza y algo de mareo desde el martes, sobre todo por la mañana. ',
  'La presión en casa fue 152/96 hoy y 148/94 ayer. Tomo lisinopril de 10 mg una vez al día. ',
  'No tengo dolor de pecho ni dificultad para respirar. ¿Debo cambiar la dosis o ir a consulta esta semana? ',
  'También necesito más metformina de 500 mg dos veces al día; me quedan 5 días. Por favor envíela a la Farmacia Año Nuevo. ',
  'Después de mi consulta del día 3, el tobillo sigue hinchado y me duele al caminar más de una cuadra. ',
  'Mi hijo tiene fiebre de 39.5 desde ayer. ¡Gracias! \n\n',
].join('');

/** `length` UTF-16 code units of a patient message in `lang` ('en' or 'es'), repeated. */
export function realisticText(length, lang = 'en') {
  const base = lang === 'es' ? ES : EN;
  return base.repeat(Math.ceil(length / base.length)).slice(0, length);
}
