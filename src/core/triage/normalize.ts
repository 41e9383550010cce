/**
 * Text normalisation for the urgency rules, with a map back to the original string.
 *
 * The rules are written against a simplified form of the text:
 * - lower case;
 * - no diacritics ("Respiración" → "respiracion", "niño" → "nino");
 * - no apostrophes, straight or curly ("can't", "can’t" → "cant");
 * - hyphens read as spaces ("self-harm" → "self harm", "x-ray" → "x ray");
 * - en and em dashes read as commas (a soft clause break);
 * - every run of white space becomes one character: "\n" if the run holds a line break, else " ";
 * - combining marks and invisible characters (zero-width space, soft hyphen) are dropped.
 *
 * Lengths change (dropped apostrophes and marks, collapsed spaces, decomposed accents, lower-casing
 * that expands), so the text is built together with a map back to the original: a list of segments,
 * each either a run of plain ASCII copied one to one, or one source code point and what it became.
 * Plain runs are copied and lower-cased in bulk; only the other characters go one by one.
 */

/** The simplified text and its map back to the original (see `originalSpan`). */
export interface NormalizedText {
  readonly text: string;
  /** Where each segment starts in `text`, ascending. */
  readonly segmentStart: readonly number[];
  /** Where each segment starts in the original. */
  readonly sourceStart: readonly number[];
  /** For a one-code-point segment, where that code point ends in the original; -1 for a plain run. */
  readonly sourceEnd: readonly number[];
}

const LATIN_FIRST = 0xc0;
const LATIN_LAST = 0x24f;
const LATIN_EXT_FIRST = 0x1e00;
const LATIN_EXT_LAST = 0x1eff;

/** Lower-cased, accent-free spelling of the Latin letters with diacritics (built once). */
const latinFold: string[] = [];
const latinExtFold: string[] = [];
for (let cp = LATIN_FIRST; cp <= LATIN_LAST; cp++) latinFold.push(lowerWithoutMarks(String.fromCodePoint(cp)));
for (let cp = LATIN_EXT_FIRST; cp <= LATIN_EXT_LAST; cp++) latinExtFold.push(lowerWithoutMarks(String.fromCodePoint(cp)));

/** Lower case, decomposed, without its combining marks ("É" → "e"). */
function lowerWithoutMarks(s: string): string {
  const decomposed = s.toLowerCase().normalize('NFD');
  let out = '';
  for (const ch of decomposed) if (!isCombiningMark(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

function isCombiningMark(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}

function isApostrophe(cp: number): boolean {
  return cp === 0x27 || cp === 0x60 || cp === 0xb4 || cp === 0x2018 || cp === 0x2019 || cp === 0x201b || cp === 0x2032 || cp === 0x02bc || cp === 0xff07;
}

/** Invisible characters that are simply dropped (soft hyphen, zero-width space/joiners, BOM, variation selectors). */
function isInvisible(cp: number): boolean {
  return cp === 0xad || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f);
}

/** 0: not white space, 1: white space, 2: line break. Hyphens count as white space. */
function spaceKind(cp: number): 0 | 1 | 2 {
  if (cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c || cp === 0x85 || cp === 0x2028 || cp === 0x2029) return 2;
  if (cp === 0x20 || cp === 0x09 || cp === 0xa0 || cp === 0x2d || cp === 0x2010 || cp === 0x2011) return 1;
  if ((cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0x1680) return 1;
  return 0;
}

/**
 * Plain characters are copied through a run (lower-cased): printable ASCII except ' ` and -, and a
 * single space between two plain characters. This finds the next character that is not.
 */
const SPECIAL = /[^\x20-\x26\x28-\x2c\x2e-\x5f\x61-\x7e]|\x20(?![\x21-\x26\x28-\x2c\x2e-\x5f\x61-\x7e])|(?<![\x21-\x26\x28-\x2c\x2e-\x5f\x61-\x7e])\x20/g;

/** Normalises `input` for matching (see the module comment). Linear in the length of the input. */
export function normalizeForMatching(input: string): NormalizedText {
  const length = input.length;
  // Lower-casing never shortens a string, so equal lengths mean a one-to-one lower-cased copy.
  const folded = input.toLowerCase();
  const lower = folded.length === length ? folded : undefined;
  const parts: string[] = [];
  const segmentStart: number[] = [];
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  let size = 0;
  let runStart = 0;
  /** 0: the last output was not white space, 1: a space, 2: a line break. */
  let lastSpace: 0 | 1 | 2 = 0;
  const emit = (out: string, from: number, to: number): void => {
    parts.push(out);
    segmentStart.push(size);
    sourceStart.push(from);
    sourceEnd.push(to);
    size += out.length;
  };
  SPECIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPECIAL.exec(input)) !== null) {
    const i = m.index;
    if (i > runStart) {
      emit(lower === undefined ? input.slice(runStart, i).toLowerCase() : lower.slice(runStart, i), runStart, -1);
      lastSpace = 0;
    }
    const unit = input.charCodeAt(i);
    const cp = unit < 0x80 ? unit : (input.codePointAt(i) ?? unit);
    const next = i + (cp > 0xffff ? 2 : 1);
    const kind = spaceKind(cp);
    if (kind !== 0) {
      if (lastSpace === 0) {
        emit(kind === 2 ? '\n' : ' ', i, next);
        lastSpace = kind;
      } else if (kind === 2 && lastSpace === 1) {
        parts[parts.length - 1] = '\n';
        lastSpace = 2;
      }
    } else if (!isApostrophe(cp) && !isInvisible(cp) && !isCombiningMark(cp)) {
      const out = foldCodePoint(cp, input, i, next);
      if (out.length > 0) emit(out, i, next);
      lastSpace = 0;
    }
    runStart = next;
    SPECIAL.lastIndex = next;
  }
  if (length > runStart) emit(lower === undefined ? input.slice(runStart).toLowerCase() : lower.slice(runStart), runStart, -1);
  return { text: parts.join(''), segmentStart, sourceStart, sourceEnd };
}

/** The normalised spelling of one code point that is not plain ASCII, white space or dropped. */
function foldCodePoint(cp: number, input: string, i: number, next: number): string {
  if (cp === 0x2013 || cp === 0x2014 || cp === 0x2015) return ',';
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  if (cp >= LATIN_FIRST && cp <= LATIN_LAST) return latinFold[cp - LATIN_FIRST] ?? '';
  if (cp >= LATIN_EXT_FIRST && cp <= LATIN_EXT_LAST) return latinExtFold[cp - LATIN_EXT_FIRST] ?? '';
  if (next - i === 1) {
    const lower = String.fromCharCode(cp).toLowerCase();
    return lower.length === 1 ? lower : lowerWithoutMarks(lower);
  }
  return input.slice(i, next);
}

/** Maps the normalised span `[from, to)` (non-empty) back to the original `input`. */
export function originalSpan(input: string, normalized: NormalizedText, from: number, to: number): { offset: number; end: number } {
  const first = locate(normalized, from);
  const last = locate(normalized, to - 1);
  let end = last.end;
  // Keep the accents of the last letter ("café" written with a combining acute).
  while (end < input.length) {
    const cp = input.codePointAt(end) ?? 0;
    if (!isCombiningMark(cp) && !isInvisible(cp)) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return { offset: first.start, end };
}

function locate(normalized: NormalizedText, k: number): { start: number; end: number } {
  const starts = normalized.segmentStart;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= k) lo = mid;
    else hi = mid - 1;
  }
  const source = normalized.sourceStart[lo] ?? 0;
  const sourceEnd = normalized.sourceEnd[lo] ?? -1;
  if (sourceEnd < 0) {
    const at = source + (k - (starts[lo] ?? 0));
    return { start: at, end: at + 1 };
  }
  return { start: source, end: sourceEnd };
}
