/**
 * Extractors for what patients write as numbers: blood pressure ("220/130", "bp 190 over 115"),
 * oxygen ("o2 84%", "saturando 85"), heart rate ("pulse 170", "140 bpm") and a baby's age
 * ("my 6 week old", "2mo", "mi niño de 10 días"). They run on normalised text (see
 * `normalize.ts`), one pass of one regular expression each, so their cost grows linearly with the
 * text.
 */
import { isExtremeGlucose } from './values.js';

/** A reading out of the safe range, found in normalised text. */
export interface ReadingHit {
  /** `elevated-pressure` (160/110 and over) is a warning only with a symptom or a pregnancy. */
  readonly kind: 'blood-pressure' | 'elevated-pressure' | 'oxygen' | 'heart-rate' | 'glucose';
  /** Systolic, or the single value. */
  readonly value: number;
  /** Diastolic, for a blood pressure. */
  readonly second?: number;
  readonly from: number;
  readonly to: number;
}

/** "220/130", "190 over 115", "180 sobre 110", "200x120". */
const PRESSURE = /(?<![\w.,/])(\d{2,3}) ?(?:\/|over|sobre|x) ?(\d{2,3})(?![\d.,]\d|\/\d)/g;
/** A pressure word a few words before the numbers. */
const PRESSURE_BEFORE = /\b(?:bp|b p|blood pressures?|pressures?|presion(?: arterial)?|tension(?: arterial)?|ta|pa|readings?|mediciones|lecturas?)\b(?:[^\d.!?;\n]{0,30})$/;
/** A single number and what stands right after it. */
const NUMBER = /(?<![\w.,/])(\d{2,3})(?:[.,]\d)?(?![\d/]| ?(?:over|sobre) \d)( ?(?:%|percent|por ?ciento|bpm|beats?|lpm|ppm|latidos|pulsaciones))?/g;
const OXYGEN_BEFORE = /\b(?:oxygen|oxigen|o2|oxygen levels?|oxygen sat\w*|sats?|saturation|saturating|spo2|sp02|pulse ox\w*|pulseox\w*|oximeter|oxymeter|ox|oxigeno|oxigenacion|saturacion|saturando|satura|oximetro|saturometro|saturimetro|saturador)\b(?:[^\d.!?;\n]{0,24})$/;
const OXYGEN_AFTER = /^ ?(?:%|percent|por ?ciento)? ?(?:on (?:the |my |his |her )?(?:pulse ?ox\w*|oximeter|finger (?:thing|monitor))|oxygen|o2|sat\b|saturation|de oxigeno|de saturacion|en el oximetro)/;
const HEART_BEFORE = /\b(?:heart ?rate|hr|pulse|heart ?beat|heart (?:is |was |keeps )?(?:racing|pounding|beating|going)|pulso|frecuencia(?: cardiaca)?|fc|latidos|ritmo(?: cardiaco)?|corazon (?:\w+ )?(?:late|latiendo|va|anda|esta))\b(?:[^\d.!?;\n]{0,20})$/;
const HEART_UNIT = /^ ?(?:bpm|beats?|lpm|ppm|latidos|pulsaciones)/;
const GLUCOSE_WORDS = String.raw`blood sugars?|sugars?|sugr|suger|shugar|glucose|bg|bgl|bs|cbg|fsbs|finger ?sticks?|meter|glucometer|cgm|dexcom|libre|azucar|glucosa|glicemia|glucemia|glucometro|aparat\w*|medidor`;
const GLUCOSE_BEFORE = new RegExp(String.raw`\b(?:${GLUCOSE_WORDS})\b(?:[^\d.!?;\n]{0,30})$`);
/** A form's readings line, read as a blood sugar when the message is about diabetes. */
const READINGS_LABEL = /\b(?:readings?|mediciones|lecturas?|numbers|numeros)\b[^!?;\n]{0,60}$/;
const DIABETES = /\b(?:insulin\w*|glipizide|glyburide|glimepiride|glibenclamida|glimepirida|metformina|metformin|diabet\w*|sugars?|a1c|lantus|humalog|novolog|basal|bolus|dexcom|libre|meter|glucose|insulina|glucosa|azucar|glucometro)\b/;
/** "HI" or "LO" on a glucose meter. */
const METER_WORD = /\b(?:hi|lo)\b/g;
/**
 * "Hi"/"lo" read as the meter's word only right after the sugar, its meter or a reading verb, with
 * at most a few linking words between: Spanish "lo" is a pronoun ("azúcar, electro y lo que vea").
 */
const METER_WORD_BEFORE = new RegExp(
  String.raw`\b(?:${GLUCOSE_WORDS}|readings?|mediciones|lecturas?|says|reads|reading|shows|showing|showed|said|read|dice|dijo|marca|marco|sale|salio)\b(?: (?:is|was|its|it|just|the|meter|machine|says|reads|said|read|shows|showed|at|on|of|me|le|el|la|en|de|un|esta|estaba|dice|dijo|marca|marco|sale|salio|puro|solo))*[ :=,"'“”-]*$`,
);
const PERCENT_AFTER = /^ ?(?:%|percent|por ?ciento)/;
const OXYGEN_WORDS = /\b(?:oxygen|o2|sats?|ox|oximeter|pulse ?ox\w*|finger (?:monitor|thing|clip)|monitor|oxigeno|saturacion|oximetro|saturando|saturometro|saturimetro|saturador)\b/;
/** Effort, a baby, a normal or usual value: a fast pulse that is not a warning. */
const NOT_AT_REST = /\b(?:run\w*|jog\w*|workout|working out|exercis\w*|treadmill|gym|cardio|walk\w* up|stairs|correr|corriendo|trot\w*|bici\w*|escaleras|ejercicio|gimnasio|caminadora|baby|infant|newborn|bebe|recien nacid\w*)\b/;
/** "usual", "baseline": a chronic reading the team already knows. */
const USUAL = /\b(?:usual|usually|always|normal for me|baseline|same as (?:always|before|usual)|as usual|stable|steady|runs? (?:around |about |at |between )?(?=\d)|target|goal|all year|sleep study|estudio del sueno|polisomnograf\w*|meta|como siempre|de siempre|normal para mi|estable|lo normal|usualmente|normalmente|siempre)\b/;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** ! ? ; and a line break end a sentence; so does a full stop that is not a decimal point. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || (c === 0x2e && !isDigit(text.charCodeAt(i + 1)));
}

/** The sentence around `[from, to)`, at most 160 characters each side. */
function sentenceAround(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && from - start < 160 && !endsSentence(text, start - 1)) start--;
  let end = to;
  while (end < text.length && end - to < 160 && !endsSentence(text, end)) end++;
  return text.slice(start, end);
}

/** Every dangerous blood pressure, oxygen level or resting heart rate in the text. */
export function dangerousReadings(text: string): ReadingHit[] {
  const hits: ReadingHit[] = [];
  PRESSURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PRESSURE.exec(text)) !== null) {
    const sys = Number(m[1]);
    const dia = Number(m[2]);
    if (!(sys > dia && sys <= 300 && dia >= 30)) continue;
    const labelled = PRESSURE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index));
    const high = sys >= 180 || (dia >= 120 && sys >= 140);
    const low = labelled && sys <= 80;
    const span = { value: sys, second: dia, from: m.index, to: m.index + m[0].length };
    // Without a pressure word, only an unmistakable crisis value ("220/130") counts.
    if ((high && (labelled || (sys >= 180 && dia >= 60))) || low) hits.push({ kind: 'blood-pressure', ...span });
    else if ((sys >= 160 || dia >= 110) && sys >= 120 && dia >= 60) hits.push({ kind: 'elevated-pressure', ...span });
  }
  const diabetes = DIABETES.test(text);
  NUMBER.lastIndex = 0;
  while ((m = NUMBER.exec(text)) !== null) {
    const value = Number(m[1]);
    const from = m.index;
    const to = from + m[0].length;
    const before = text.slice(Math.max(0, from - 50), from);
    const after = text.slice(from + (m[1]?.length ?? 0), from + 60);
    if (value >= 50 && value <= 91) {
      const oxygen = OXYGEN_BEFORE.test(before) || OXYGEN_AFTER.test(after) || (PERCENT_AFTER.test(after) && OXYGEN_WORDS.test(sentenceAround(text, from, to)));
      if (oxygen) {
        if (value <= 90 && !USUAL.test(sentenceAround(text, from, to))) hits.push({ kind: 'oxygen', value, from, to });
        continue;
      }
    }
    if (isExtremeGlucose(value)) {
      if (GLUCOSE_BEFORE.test(before) || (diabetes && READINGS_LABEL.test(before))) {
        hits.push({ kind: 'glucose', value, from, to });
        continue;
      }
    }
    if ((value >= 150 && value <= 300) || (value >= 20 && value <= 40)) {
      if (!(HEART_BEFORE.test(before) || HEART_UNIT.test(after))) continue;
      const sentence = sentenceAround(text, from, to);
      if (NOT_AT_REST.test(sentence) || USUAL.test(sentence)) continue;
      hits.push({ kind: 'heart-rate', value, from, to });
    }
  }
  if (diabetes) {
    METER_WORD.lastIndex = 0;
    while ((m = METER_WORD.exec(text)) !== null) {
      const before = text.slice(Math.max(0, m.index - 50), m.index);
      if (METER_WORD_BEFORE.test(before) || (READINGS_LABEL.test(before) && /:\s*$/.test(before))) {
        hits.push({ kind: 'glucose', value: m[0] === 'hi' ? 600 : 20, from: m.index, to: m.index + m[0].length });
      }
    }
  }
  return hits;
}

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
};
const DAYS_PER: Readonly<Record<string, number>> = { d: 1, w: 7, m: 30 };

/**
 * An age in days: "6 week old", "2mo old", "my 3 wk", "10 day old", "de 2 meses de nacido",
 * "bebé de 6 semanas", "newborn" (0). Durations ("fever for 2 weeks") are not ages: an age needs
 * "old", "de nacido/edad/vida", or a baby word just before it.
 */
const AGE = new RegExp(
  [
    String.raw`\b(?<n>\d{1,2}|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?= )) ?(?<u>days?|d|weeks?|wks?|wk|w|months?|mos?|mths?|m) ?(?:old|o\b|\/o)`,
    String.raw`\b(?:my|our|his|her|their|the) (?<n2>\d{1,2}) ?(?<u2>wk|wks|w|mo|mos|m|d)\b`,
    String.raw`\b(?:baby|babys|infant|son|daughter|grandson|granddaughter|boy|girl|nino|nina|nene|nena|bebe|bebita|bebito|hij[oa]|niet[oa]|chiquit[oa]|criatura|nin[oa]|guagua|chamaquit[oa]|chamac[oa]|guirr[oa]|cipot[ea]|chavalit[oa]|chiquitin|muchachit[oa]|pequen[oa]|nenit[oa]|bb) (?:(?:is|who is|thats|that is|es|de|tiene|que tiene|turned|cumplio|only|solo|apenas|just) )?(?:de )?(?<n3>\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(?<u3>dias?|semanas?|mes(?:es)?|days?|weeks?|months?|wks?|mos?)\b`,
    String.raw`\b(?<n4>\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce) (?<u4>dias?|semanas?|mes(?:es)?) de (?:nacid[oa]|edad|vida)`,
    String.raw`\b(?<zero>newborn|new born|neonate|recien nacid[oa]|recien nacid[oa]s)\b`,
  ].join('|'),
  'g',
);

/** The youngest baby's age mentioned, in days, and where; undefined when none is. */
export function youngestAge(text: string): { days: number; from: number; to: number } | undefined {
  let best: { days: number; from: number; to: number } | undefined;
  AGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGE.exec(text)) !== null) {
    const g = m.groups ?? {};
    let days: number;
    if (g.zero !== undefined) days = 0;
    else {
      const n = g.n ?? g.n2 ?? g.n3 ?? g.n4 ?? '';
      const unit = g.u ?? g.u2 ?? g.u3 ?? g.u4 ?? '';
      const count = /^\d+$/.test(n) ? Number(n) : (SMALL_NUMBERS[n] ?? Number.NaN);
      const letter = unit.startsWith('s') ? 'w' : unit.startsWith('mes') || unit.startsWith('mo') || unit.startsWith('mth') ? 'm' : (unit[0] ?? 'd');
      days = count * (DAYS_PER[letter] ?? Number.NaN);
    }
    if (Number.isFinite(days) && (best === undefined || days < best.days)) best = { days, from: m.index, to: m.index + m[0].length };
  }
  return best;
}

/**
 * Temperatures written as readings: a decimal in °C or °F ("36.9", "37,2", "98.6"), or whole
 * degrees Celsius with the unit ("37 grados"). Whole °F are left out: "it's 98 degrees in her
 * house" is the weather.
 */
const TEMPERATURE = /\b(?:(3[4-9]|4[0-2]|9[4-9]|10[0-7])[.,](\d)\d?|(3[4-9]|4[0-2]) ?(?:grados|c)\b)/g;

/**
 * Whether every temperature written in `text` is a normal one (36.4–37.4 °C, 97.5–99.3 °F), at
 * least one being there: then the word "temperature", or "she felt warm", is not a fever. A low
 * one (35.1, 96.2) is not normal: in a baby or a frail adult it is as dangerous as a fever; nor
 * is a low-grade one (37.9 "de fiebre").
 */
export function onlyNormalTemperatures(text: string): boolean {
  let seen = false;
  TEMPERATURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TEMPERATURE.exec(text)) !== null) {
    const value = Number(`${m[1] ?? m[3]}.${m[2] ?? 0}`);
    const celsius = value < 50 ? value : ((value - 32) * 5) / 9;
    if (celsius < 36.4 || celsius >= 37.45) return false;
    seen = true;
  }
  return seen;
}

/**
 * "Fever" said and not denied ("has a fever", "tiene calentura"; not "no fever", "sin fiebre",
 * "hasn't had any fever") nor asked about ("is that a fever?", "¿eso se considera fiebre?").
 */
const FEVER_SAID = /(?<!\b(?:no|not|sin|ni|without|never|nunca|denies|niega|isnt|hasnt|havent|hadnt|doesnt|didnt|dont)(?: \w+){0,2} )(?<!\b(?:considera|considered|count as|counts as|is that|is this|is it|es eso|eso es|cuenta como)(?: an?| una?| como)? )\b(?:fever|fevers|feverish|febrile|fiebre|calentura|febril)\b/;

/**
 * Whether the message says someone has a fever: then a normal temperature written elsewhere
 * (the parent's own, an earlier one) does not take it back.
 */
export function saysFever(text: string): boolean {
  return FEVER_SAID.test(text);
}
