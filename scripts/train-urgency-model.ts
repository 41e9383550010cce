/**
 * `npx tsx scripts/train-urgency-model.ts`: trains the urgency screen's two linear models
 * (emergency, crisis) and writes `src/core/triage/model.ts`.
 *
 * Data: the project's own corpus, the tuning part of the blind corpus and the written training
 * corpus; never the sealed part. The thresholds are chosen by 5-fold cross-validation on the
 * `check` half of the written training corpus, which the rules were never tuned on, for the
 * screen as it runs (the rules, the model's veto, then the model for what the rules did not
 * name): the most emergency + crisis messages caught while at most MAX_FALSE_ALARMS of routine
 * ones are flagged, out of fold.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { assessWithRulesOnly, ruleSignals } from '../src/core/triage/assess-urgency.js';
import { BEYOND_VETO, featuresOf, wordCount, WORDS_TO_JUDGE } from '../src/core/triage/classifier.js';
import { normalizeForMatching } from '../src/core/triage/normalize.js';
import { URGENCY_FINDING_LEVELS, type UrgencyFindingId } from '../src/core/triage/findings.js';
import { readSet, type Expected } from './urgency-metrics.js';

const MAX_FALSE_ALARMS = Number(process.env.SM_MAX_FALSE_ALARMS ?? 0.03);
const EPOCHS = 300;
const L2 = Number(process.env.SM_L2 ?? 3e-5);
const MIN_DOCS = Number(process.env.SM_MIN_DOCS ?? 3);
const KEEP = Number(process.env.SM_KEEP ?? 0.2);
/** Weights are kept in steps of 1/QUANTUM: coarser steps compress better. */
const QUANTUM = Number(process.env.SM_QUANTUM ?? 100);

interface Example {
  lang: 'en' | 'es';
  expected: Expected;
  features: string[];
  blind: boolean;
  /** The rules' reading: flagged emergency or crisis, and whether a crisis finding was named. */
  ruleFlag: boolean;
  ruleCrisis: boolean;
  /** A crisis said in so many words ("suicidal thoughts"): the model never sets it aside. */
  ruleCrisisStated: boolean;
  ruleCrisisShort: boolean;
  ruleEmergency: boolean;
  /** An emergency finding the model never sets aside (a reading, a baby's fever), or a message too short to judge. */
  ruleEmergencyStands: boolean;

}

const root = new URL('../', import.meta.url);
const tuning = readSet(new URL('test/fixtures/urgency-blind-tuning.json', root).pathname);
const own = (JSON.parse(readFileSync(new URL('test/fixtures/urgency-corpus.json', root), 'utf8')) as { lang: 'en' | 'es'; expected: string; text: string }[]).map((e) => ({
  lang: e.lang,
  expected: (e.expected === 'none' ? 'routine' : e.expected) as Expected,
  text: e.text,
}));

function example(m: { lang: 'en' | 'es'; expected: Expected; text: string }, blind: boolean): Example {
  const rules = assessWithRulesOnly(m.text, { locale: m.lang });
  const levels = rules.findings.map((f) => URGENCY_FINDING_LEVELS[f.id as UrgencyFindingId]);
  return {
    lang: m.lang,
    expected: m.expected,
    ...(() => {
      const { normalized, signals } = ruleSignals(m.text, { locale: m.lang });
      return { features: [...featuresOf(normalized, signals).keys()] };
    })(),
    blind,
    ruleFlag: rules.level === 'emergency' || rules.level === 'crisis',
    ruleCrisis: levels.includes('crisis'),
    ruleCrisisShort: wordCount(normalizeForMatching(m.text).text) < WORDS_TO_JUDGE,
    ruleCrisisStated: rules.findings.some((f) => URGENCY_FINDING_LEVELS[f.id as UrgencyFindingId] === 'crisis' && f.id !== 'crisis-signs'),
    ruleEmergency: levels.includes('emergency'),
    ruleEmergencyStands:
      levels.includes('emergency') &&
      (wordCount(normalizeForMatching(m.text).text) < WORDS_TO_JUDGE || rules.findings.some((f) => BEYOND_VETO.has(f.id))),
  };
}

const written = readSet(new URL('test/fixtures/urgency-written-training.json', root).pathname);
const check = written.filter((m) => m.split === 'check').map((m) => example(m, true));
const mine = [...own, ...tuning, ...written.filter((m) => m.split !== 'check')].map((m) => example(m, false));
const blind = check;

interface Model {
  bias: number;
  weights: Map<string, number>;
}

/** L2-regularised logistic regression on binary features, full-batch Adam. */
function train(data: readonly Example[], target: (e: Example) => boolean): Model {
  const docs = new Map<string, number>();
  for (const e of data) for (const f of e.features) docs.set(f, (docs.get(f) ?? 0) + 1);
  const vocab = [...docs.entries()].filter(([, n]) => n >= MIN_DOCS).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = data.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const ys = data.map((e) => (target(e) ? 1 : 0));
  const positives = ys.reduce<number>((a, b) => a + b, 0);
  // Balance the classes so that a rare label still pulls its weight.
  const wPos = data.length / (2 * Math.max(1, positives));
  const wNeg = data.length / (2 * Math.max(1, data.length - positives));
  const w = new Float64Array(vocab.length + 1);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const rate = 0.05;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = new Float64Array(w.length);
    rows.forEach((row, k) => {
      let z = w[vocab.length] ?? 0;
      for (const i of row) z += w[i] ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const y = ys[k] ?? 0;
      const g = (p - y) * (y === 1 ? wPos : wNeg);
      for (const i of row) grad[i] = (grad[i] ?? 0) + g;
      grad[vocab.length] = (grad[vocab.length] ?? 0) + g;
    });
    for (let i = 0; i < w.length; i++) {
      const g = (grad[i] ?? 0) / data.length + (i < vocab.length ? L2 * (w[i] ?? 0) : 0);
      m[i] = 0.9 * (m[i] ?? 0) + 0.1 * g;
      v[i] = 0.999 * (v[i] ?? 0) + 0.001 * g * g;
      const mHat = (m[i] ?? 0) / (1 - 0.9 ** epoch);
      const vHat = (v[i] ?? 0) / (1 - 0.999 ** epoch);
      w[i] = (w[i] ?? 0) - (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  // Small weights are dropped here, so that cross-validation measures the model as shipped.
  const weights = new Map<string, number>();
  vocab.forEach((f, i) => {
    const x = Math.round((w[i] ?? 0) * QUANTUM) / QUANTUM;
    if (Math.abs(x) >= KEEP) weights.set(f, x);
  });
  return { bias: w[vocab.length] ?? 0, weights };
}

interface Reading {
  p: number;
  /** The weight of the words alone, without what the rules found. */
  words: number;
}

function probability(model: Model, e: Example): Reading {
  let z = model.bias;
  let words = 0;
  for (const f of e.features) {
    const w = model.weights.get(f) ?? 0;
    z += w;
    if (!f.startsWith('#') && !f.includes('~')) words += w;
  }
  return { p: 1 / (1 + Math.exp(-z)), words };
}

const isEmergency = (e: Example): boolean => e.expected === 'emergency';
const isCrisis = (e: Example): boolean => e.expected === 'crisis';

// ---- 5-fold cross-validation on the tuning part: out-of-fold probabilities --------------------
const FOLDS = 5;
const oof = blind.map(() => ({ e: { p: 0, words: 0 }, c: { p: 0, words: 0 } }));
for (let fold = 0; fold < FOLDS; fold++) {
  const trainSet = [...mine, ...blind.filter((_, i) => i % FOLDS !== fold)];
  const e = train(trainSet, isEmergency);
  const c = train(trainSet, isCrisis);
  blind.forEach((x, i) => {
    if (i % FOLDS === fold) oof[i] = { e: probability(e, x), c: probability(c, x) };
  });
}

interface Score {
  tr: number;
  tws: number;
  /** Emergencies given a crisis finding too. */
  emergencyAsCrisis: number;
  te: number;
  tc: number;
  tv: number;
  tw: number;
  recall: number;
  routed: number;
  falseAlarms: number;
}

/**
 * The screen's decision: a rule finding stands unless its model reads it below \`tv\` (the veto);
 * the model adds a finding above \`te\` or \`tc\`.
 */
function score(te: number, tc: number, tv: number, tw: number, probs: readonly { e: Reading; c: Reading }[], set: readonly Example[], tr = tc, tws = -99): Score {
  let positives = 0;
  let caught = 0;
  let crises = 0;
  let routed = 0;
  let routine = 0;
  let alarms = 0;
  let emergencies = 0;
  let emergencyAsCrisis = 0;
  set.forEach((x, i) => {
    const p = probs[i] ?? { e: { p: 0, words: 0 }, c: { p: 0, words: 0 } };
    // A crisis said in so many words is set aside only when the words weigh clearly against it.
    // The veto asks "is this routine?": both readings must be low. An overdose taken to die reads
    // as a crisis more than an emergency, and must keep its emergency finding all the same.
    const looksRoutine = p.e.p < tv && p.c.p < tv;
    const stated = x.ruleCrisisStated && (x.ruleCrisisShort || !(looksRoutine && p.c.words < tws));
    const ruleCrisis = stated || (x.ruleCrisis && (x.ruleCrisisShort || !(looksRoutine && p.c.words < tw)));
    // A message that still states a crisis is not routine: its emergency findings stay.
    const ruleEmergency = x.ruleEmergencyStands || (x.ruleEmergency && !(looksRoutine && !ruleCrisis && p.e.words < tw));
    const flagged = ruleCrisis || ruleEmergency || p.c.p >= tc || p.e.p >= te;
    // Once a message is flagged, a lower crisis reading is enough to put the crisis line first.
    const crisisNamed = ruleCrisis || p.c.p >= tc || (flagged && p.c.p >= tr);
    if (x.expected === 'emergency' || x.expected === 'crisis') {
      positives++;
      if (flagged) caught++;
    }
    if (x.expected === 'crisis') {
      crises++;
      if (crisisNamed) routed++;
    }
    if (x.expected === 'routine') {
      routine++;
      if (flagged) alarms++;
    }
    if (x.expected === 'emergency') {
      emergencies++;
      if (crisisNamed && !stated) emergencyAsCrisis++;
    }
  });
  return { tr, tws, emergencyAsCrisis: emergencyAsCrisis / Math.max(1, emergencies), te, tc, tv, tw, recall: caught / positives, routed: routed / crises, falseAlarms: alarms / routine };
}

/** Catch the most emergencies and crises and route the most crises, with false alarms held at the cap. */
const objective = (s: Score): number => s.recall + s.routed - 4 * Math.max(0, s.falseAlarms - MAX_FALSE_ALARMS);
let best: Score | undefined;
// A rule's finding is set aside only when the words weigh against it (tw ≤ 0): a short, plain
// message ("my wife collapsed") has too few words for the model to overrule the rules.
for (const [tv, tw] of [[0, 0], ...[0.3, 0.5, 0.7, 0.8, 0.9].flatMap((v) => [-1, -1.5, -2, -3].map((w) => [v, w]))] as [number, number][]) {
  for (const tws of [-99, -3, -2, -1.5, -1]) {
  for (let te = 0.3; te <= 0.99; te += 0.02) {
    for (let tc = 0.3; tc <= 0.99; tc += 0.02) {
      const s = score(te, tc, tv, tw, oof, blind, tc, tws);
      if (best === undefined || objective(s) > objective(best) + 1e-9) best = s;
    }
  }
  }
  const atVeto = best;
  if (atVeto) console.log(`  best so far (veto below ${tv} with words below ${tw}): recall ${(atVeto.recall * 100).toFixed(1)}%, routed ${(atVeto.routed * 100).toFixed(1)}%, false alarms ${(atVeto.falseAlarms * 100).toFixed(1)}% (te ${atVeto.te.toFixed(2)}, tc ${atVeto.tc.toFixed(2)}, tv ${atVeto.tv}, tw ${atVeto.tw})`);
}
const rulesOnly = score(2, 2, 0, 0, oof, blind);
if (best === undefined) best = { ...rulesOnly };
// The routing threshold: the lowest that files at most 3% of emergencies as crises too.
{
  const chosen = best;
  for (let tr = chosen.tc; tr >= 0.2; tr -= 0.02) {
    const s = score(chosen.te, chosen.tc, chosen.tv, chosen.tw, oof, blind, tr, chosen.tws);
    if (s.emergencyAsCrisis <= 0.03 && s.routed >= best.routed) best = s;
  }
}
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
console.log(`rules alone (tuning part): recall ${pct(rulesOnly.recall)}, crisis routed ${pct(rulesOnly.routed)}, false alarms ${pct(rulesOnly.falseAlarms)}`);
console.log(
  `rules + model, out of fold: recall ${pct(best.recall)}, crisis routed ${pct(best.routed)}, false alarms ${pct(best.falseAlarms)} at thresholds emergency ${best.te.toFixed(2)}, crisis ${best.tc.toFixed(2)}, veto below ${best.tv} when the words weigh below ${best.tw} (a stated crisis below ${best.tws}), crisis route ${best.tr.toFixed(2)} (emergencies also given a crisis finding: ${pct(best.emergencyAsCrisis)})`,
);

for (const lang of ['en', 'es'] as const) {
  const pick = blind.map((x, i) => [x, oof[i]] as const).filter(([x]) => x.lang === lang);
  const s = score(best.te, best.tc, best.tv, best.tw, pick.map(([, p]) => p!), pick.map(([x]) => x), best.tr, best.tws);
  console.log(`  ${lang}, out of fold (${pick.length} messages): recall ${pct(s.recall)}, crisis routed ${pct(s.routed)}, false alarms ${pct(s.falseAlarms)}`);
}

// ---- the final models, on all the training data -------------------------------------------------
const all = [...mine, ...blind];
const e = train(all, isEmergency);
const c = train(all, isCrisis);
const kept = new Set([...e.weights.keys(), ...c.weights.keys()].filter((f) => Math.abs(e.weights.get(f) ?? 0) >= KEEP || Math.abs(c.weights.get(f) ?? 0) >= KEEP));
const hundredths = (x: number | undefined): string => {
  const r = Math.round(((x ?? 0) * QUANTUM)) * (100 / QUANTUM);
  return Math.abs(r) >= KEEP * 100 ? String(Math.round(r)) : '0';
};
const sorted = [...kept].sort();
// Front-coded (see `modelWeights` in classifier.ts): how much of the previous feature, then the rest.
const frontCoded = sorted.map((f, i) => {
  const previous = sorted[i - 1] ?? '';
  let shared = 0;
  while (shared < 35 && shared < f.length && f[shared] === previous[shared]) shared++;
  return shared.toString(36) + f.slice(shared);
});
const source = `// Generated by scripts/train-urgency-model.ts from the tuning part of the written corpus (never the
// sealed part); do not edit by hand. Columns: the features, front-coded, and each model's weights
// in hundredths (see \`modelWeights\` in classifier.ts).
export const MODEL = {
  emergencyBias: ${e.bias.toFixed(3)},
  crisisBias: ${c.bias.toFixed(3)},
  emergencyThreshold: ${best.te.toFixed(2)},
  crisisThreshold: ${best.tc.toFixed(2)},
  crisisRouteThreshold: ${best.tr.toFixed(2)},
  vetoBelow: ${best.tv},
  vetoWordsBelow: ${best.tw},
  vetoStatedWordsBelow: ${best.tws},
  features: ${JSON.stringify(frontCoded.join('\n'))},
  emergency: ${JSON.stringify(sorted.map((f) => hundredths(e.weights.get(f))).join(','))},
  crisis: ${JSON.stringify(sorted.map((f) => hundredths(c.weights.get(f))).join(','))},
} as const;
`;
writeFileSync(new URL('src/core/triage/model.ts', root), source);
console.log(`${kept.size} features kept; model.ts ${(source.length / 1024).toFixed(1)} KB`);

// ---- diagnostics: the model alone, out of fold ---------------------------------------------------
if (process.argv.includes('--curves')) {
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
    const s = score(t, t, 0, 0, oof, blind.map((x) => ({ ...x, ruleFlag: false, ruleCrisis: false, ruleCrisisStated: false, ruleEmergency: false, ruleEmergencyStands: false })));
    console.log(`model alone at ${t}: recall ${pct(s.recall)}, routed ${pct(s.routed)}, false alarms ${pct(s.falseAlarms)}`);
  }
  for (const tv of [0.3, 0.5, 0.7]) {
    const s = score(2, 2, tv, 0, oof, blind);
    console.log(`rules with veto ${tv}: recall ${pct(s.recall)}, routed ${pct(s.routed)}, false alarms ${pct(s.falseAlarms)}`);
  }
}
