/**
 * Trigger keys: which four-character word openings can start a match of a rule.
 *
 * Scanning a long message with one big alternation of every rule is slow (every word start tries
 * every alternative, and V8 stops optimising very large patterns). Instead the scanner walks the
 * word starts once, reads the first four characters of each word as a small integer key, and runs
 * only the rules registered under that key (as sticky regular expressions at that position).
 *
 * This module computes a rule's keys from its pattern by walking the regular-expression subset the
 * rules use: literals, escapes (\w \d \s \b), character classes, groups, lookarounds (ignored,
 * which can only add keys), alternation and quantifiers.
 *
 * Characters are folded into classes before keying (see `fold`): letters and digits stay
 * themselves, a space or line break is one class, anything else another.
 */

/** Characters in a trigger key: the first four of a word (or fewer and what follows). */
export const KEY_LENGTH = 4;
const MAX_KEYS_PER_RULE = 6000;
const OTHER = '\0';
const WORD = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');
const DIGITS = '0123456789'.split('');
const UNIVERSE = [...WORD, ' ', OTHER];
const ALL_FOLDS = Array.from({ length: 38 }, (_, f) => f);

/** Number of folded character classes: 0 other, 1–26 a–z, 27–36 0–9, 37 white space. */
export const FOLDS = 38;
const SPACE_FOLD = 37;

/** `FOLD_TABLE[code]` for codes below 128 (see `fold`). */
export const FOLD_TABLE = new Uint8Array(128);
for (let code = 0x61; code <= 0x7a; code++) FOLD_TABLE[code] = code - 0x60;
for (let code = 0x30; code <= 0x39; code++) FOLD_TABLE[code] = code - 0x30 + 27;
FOLD_TABLE[0x20] = SPACE_FOLD;
FOLD_TABLE[0x0a] = SPACE_FOLD;

/** Folds a character code for keying: a–z → 1–26, 0–9 → 27–36, space or line break → 37, else 0. */
export function fold(code: number): number {
  return code < 128 ? (FOLD_TABLE[code] ?? 0) : 0;
}

/** The key of a string of `KEY_LENGTH` folded characters: base-`FOLDS` digits, first character first. */
function keyOf(s: string): number {
  let key = 0;
  for (let k = 0; k < KEY_LENGTH; k++) key = key * FOLDS + fold(s.charCodeAt(k) || 0);
  return key;
}

/** Folds a pattern character to its representative: letters and digits, " " or "\0". */
function foldChar(c: string): string {
  const f = fold(c.charCodeAt(0));
  return f === 0 ? OTHER : f === SPACE_FOLD ? ' ' : c;
}

/*
 * The walker reads the pattern source directly, without building a tree: it extends a set of
 * partial openings ("states") through the pattern, and as soon as every state holds KEY_LENGTH
 * characters it jumps to the end of the current alternative. The jumps come from a structure index
 * built with one native regular-expression pass over the pattern, so module load stays fast.
 */

type States = Set<string>;

/** Where groups, classes and alternatives end, for one pattern. */
interface Structure {
  readonly src: string;
  /** For a "(" at p: the index of its ")". */
  readonly groupClose: Map<number, number>;
  /** For a "[" at p: the index just past its "]". */
  readonly classEnd: Map<number, number>;
  /** For an alternative anchored at a (0, or just after its "(" or "|"): the index of the "|" or ")" that ends it. */
  readonly alternativeEnd: Map<number, number>;
}

const STRUCTURE = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|[()|]/g;

function structureOf(src: string): Structure {
  const groupClose = new Map<number, number>();
  const classEnd = new Map<number, number>();
  const alternativeEnd = new Map<number, number>();
  const opens: number[] = [];
  const anchors: number[] = [0];
  STRUCTURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRUCTURE.exec(src)) !== null) {
    const at = m.index;
    const token = m[0];
    if (token === '(') {
      opens.push(at);
      anchors.push(at + 1);
    } else if (token === '|') {
      alternativeEnd.set(anchors[anchors.length - 1] ?? 0, at);
      anchors[anchors.length - 1] = at + 1;
    } else if (token === ')') {
      alternativeEnd.set(anchors.pop() ?? 0, at);
      groupClose.set(opens.pop() ?? 0, at);
    } else if (token.charCodeAt(0) === 0x5b) {
      classEnd.set(at, at + token.length);
    }
  }
  if (opens.length > 0 || anchors.length !== 1) throw new Error('unbalanced parentheses');
  alternativeEnd.set(anchors[0] ?? 0, src.length);
  return { src, groupClose, classEnd, alternativeEnd };
}

function anyOpen(states: States): boolean {
  for (const s of states) if (s.length < KEY_LENGTH) return true;
  return false;
}

function extend(states: States, chars: readonly string[]): States {
  const out: States = new Set();
  for (const s of states) {
    if (s.length >= KEY_LENGTH) out.add(s);
    else for (const c of chars) out.add(s + c);
  }
  if (out.size > MAX_KEYS_PER_RULE) throw new Error('too many trigger keys');
  return out;
}

const WORD_OR_OTHER = [...WORD, OTHER];
const SPACE_ONLY = [' '];

function escapeChars(e: string): readonly string[] | undefined {
  switch (e) {
    case 'w':
      return WORD_OR_OTHER;
    case 'd':
      return DIGITS;
    case 's':
    case 'n':
      return SPACE_ONLY;
    case 'b':
    case 'B':
      return undefined;
    default:
      return [foldChar(e)];
  }
}

function classChars(src: string, i: number, end: number): readonly string[] {
  let j = i + 1;
  let negate = false;
  if (src[j] === '^') {
    negate = true;
    j++;
  }
  const members = new Set<string>();
  while (j < end - 1) {
    const c = src[j] ?? '';
    if (c === '\\') {
      for (const x of escapeChars(src[j + 1] ?? '') ?? []) members.add(x);
      j += 2;
    } else if (src[j + 1] === '-' && j + 2 < end - 1) {
      const to = (src[j + 2] ?? c).charCodeAt(0);
      for (let code = c.charCodeAt(0); code <= to; code++) members.add(foldChar(String.fromCharCode(code)));
      j += 3;
    } else {
      members.add(foldChar(c));
      j++;
    }
  }
  // A negated class may match any character outside it; "other" always stays possible.
  return negate ? UNIVERSE.filter((x) => !members.has(x) || x === OTHER) : [...members];
}

/** Index just past the atom that starts at `i`. */
function atomEnd(st: Structure, i: number): number {
  const c = st.src.charCodeAt(i);
  if (c === 0x28) return (st.groupClose.get(i) ?? st.src.length) + 1;
  if (c === 0x5b) return st.classEnd.get(i) ?? st.src.length;
  if (c === 0x5c) return i + 2;
  return i + 1;
}

/** Applies the atom at `[i, end)` once. */
function applyAtom(st: Structure, i: number, end: number, states: States): States {
  const src = st.src;
  const c = src.charCodeAt(i);
  if (c === 0x28) {
    if (src.charCodeAt(i + 1) !== 0x3f) return walkAlternation(st, i + 1, i + 1, states);
    const kind = src.charCodeAt(i + 2);
    // Lookarounds match no characters (ignoring them can only add keys).
    if (kind !== 0x3a) return states;
    return walkAlternation(st, i + 1, i + 3, states);
  }
  if (c === 0x5b) return extend(states, classChars(src, i, end));
  if (c === 0x5c) {
    const chars = escapeChars(src[i + 1] ?? '');
    return chars === undefined ? states : extend(states, chars);
  }
  if (c === 0x2e) return extend(states, UNIVERSE);
  if (c === 0x5e || c === 0x24) return states;
  return extend(states, [foldChar(src[i] ?? '')]);
}

function isQuantifier(code: number): boolean {
  return code === 0x3f || code === 0x2a || code === 0x2b || code === 0x7b;
}

/** Reads a quantifier at `i`: [min, max, index after it]. */
function quantifier(src: string, i: number): [number, number, number] {
  const c = src.charCodeAt(i);
  let result: [number, number, number];
  if (c === 0x3f) result = [0, 1, i + 1];
  else if (c === 0x2a) result = [0, Infinity, i + 1];
  else if (c === 0x2b) result = [1, Infinity, i + 1];
  else if (c === 0x7b) {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 12));
    if (m === null) return [1, 1, i];
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
    result = [min, max, i + m[0].length];
  } else return [1, 1, i];
  if (src.charCodeAt(result[2]) === 0x3f) result[2]++; // lazy
  return result;
}

function repeat(st: Structure, i: number, end: number, states: States, min: number, max: number): States {
  const out: States = new Set();
  if (min === 0) for (const s of states) out.add(s);
  let current = states;
  const limit = Math.min(max, min + KEY_LENGTH + 1);
  for (let n = 1; n <= limit; n++) {
    current = applyAtom(st, i, end, current);
    const open = anyOpen(current);
    // Closed states pass through the remaining repetitions unchanged.
    if (n >= min || !open) for (const s of current) out.add(s);
    if (!open) break;
  }
  return out;
}

/** Letters, digits and spaces: characters that stand for themselves in a pattern. */
function isLiteral(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x20;
}

/** Walks one alternative from `i` to `stop` (its "|" or ")"). */
function walkSequence(st: Structure, i: number, stop: number, states: States): States {
  const src = st.src;
  let current = states;
  let j = i;
  while (j < stop && anyOpen(current)) {
    // Fast path: a run of literal characters not followed by a quantifier extends every state at once.
    let run = j;
    while (run < stop && isLiteral(src.charCodeAt(run))) run++;
    if (run < stop && run > j && isQuantifier(src.charCodeAt(run))) run--;
    if (run > j) {
      const literal = src.slice(j, run);
      const out: States = new Set();
      for (const state of current) out.add(state.length >= KEY_LENGTH ? state : state + literal.slice(0, KEY_LENGTH - state.length));
      current = out;
      j = run;
      continue;
    }
    const end = atomEnd(st, j);
    const [min, max, next] = quantifier(st.src, end);
    current = min === 1 && max === 1 ? applyAtom(st, j, end, current) : repeat(st, j, end, current, min, max);
    j = next;
  }
  return current;
}

/** Walks the alternatives anchored at `anchor` (0, or just after a "("), starting at `i`. */
function walkAlternation(st: Structure, anchor: number, i: number, states: States): States {
  const out: States = new Set();
  let start = i;
  let at = anchor;
  const fromNothing = states.size === 1 && states.has('');
  for (;;) {
    const stop = st.alternativeEnd.get(at) ?? st.src.length;
    let literal = start;
    if (fromNothing) while (literal < stop && literal - start < KEY_LENGTH && isLiteral(st.src.charCodeAt(literal))) literal++;
    if (literal - start === KEY_LENGTH && !isQuantifier(st.src.charCodeAt(literal))) {
      // Common case: an alternative that opens with a plain word of four letters or more.
      out.add(st.src.slice(start, literal));
    } else {
      for (const s of walkSequence(st, start, stop, states)) out.add(s);
    }
    if (out.size > MAX_KEYS_PER_RULE) throw new Error('too many trigger keys');
    if (st.src.charCodeAt(stop) !== 0x7c) return out;
    start = at = stop + 1;
  }
}

/**
 * The keys (the first `KEY_LENGTH` folded characters, see `keyOf`) under which `pattern` can
 * start matching. Throws if the pattern can match the empty string or too many openings (its start
 * is too open, such as `\w+`): that is a bug in the rule.
 */
export function triggerKeys(pattern: string): Set<number> {
  const states = walkAlternation(structureOf(pattern), 0, 0, new Set(['']));
  const keys = new Set<number>();
  for (const s of states) {
    if (s.length === 0) throw new Error('pattern can match the empty string');
    if (s.length >= KEY_LENGTH) {
      keys.add(keyOf(s));
      continue;
    }
    // A match shorter than the key ends at a word end: a space or other character, then anything.
    let partial = [0];
    for (let k = 0; k < KEY_LENGTH; k++) {
      const folds = k < s.length ? [fold(s.charCodeAt(k))] : k === s.length ? [SPACE_FOLD, 0] : ALL_FOLDS;
      partial = partial.flatMap((key) => folds.map((f) => key * FOLDS + f));
    }
    for (const key of partial) keys.add(key);
  }
  if (keys.size > MAX_KEYS_PER_RULE) throw new Error('too many trigger keys');
  return keys;
}
