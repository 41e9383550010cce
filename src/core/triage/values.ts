import type { MatchScope } from './types.js';

/** A number that is a measurement (not followed by a unit that makes it a dose, a count or a time). */
const NUMBER = /(?<![\d.,])(\d{2,4})(?:[.,](\d{1,2}))?(?![\d])(?! ?(?:mg(?! ?\/ ?dl)|mcg|ml|cc|units?\b|u\b|iu\b|lbs?\b|pounds?|kg|kilos?|cm|mm|in\b|inches|years?|yrs?|anos?|hours?|hrs?|horas?|days?|dias?|weeks?|semanas?|months?|meses|mes\b|minutes?|mins?|minutos?|seconds?|segundos?|times|veces|percent|por ?ciento|%|entries|readings|lecturas|grams?|gramos?|g\b|carbs?|am\b|pm\b|oclock|dollars|dolares|pills?|pastillas|tablets?|tabletas|strips?|tiras|calories|calorias|steps|pasos|bpm|over\b|sobre\b|\/))/g;

/** Every measurement-like number in the match and the rest of its clause. */
function numbersIn(scope: MatchScope): number[] {
  const text = scope.match + scope.after;
  const values: number[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text)) !== null) {
    const whole = Number(m[1]);
    const fraction = m[2] === undefined ? 0 : Number(`0.${m[2]}`);
    values.push(whole + fraction);
  }
  return values;
}

/** A temperature of at least 103 °F or 39.4 °C. */
export function highTemperature(scope: MatchScope): boolean {
  return numbersIn(scope).some((v) => (v >= 103 && v <= 110) || (v >= 39.4 && v < 45));
}

/**
 * A blood glucose of 54 mg/dL or less, or 400 mg/dL or more. 911 and 988 are the numbers to call,
 * not readings ("what sugar is low enough to call 911?").
 */
export function isExtremeGlucose(v: number): boolean {
  return (v >= 10 && v <= 54) || (v >= 400 && v <= 1500 && v !== 911 && v !== 988);
}

export function extremeGlucose(scope: MatchScope): boolean {
  return numbersIn(scope).some(isExtremeGlucose);
}
