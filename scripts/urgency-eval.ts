/**
 * `npx tsx scripts/urgency-eval.ts [--sealed] [--misses]`: scores the urgency screen on the blind
 * corpus. Without `--sealed` it reads the tuning part; `--misses` lists the tuning part's misses
 * and false alarms by id and text, to tune on. The sealed part is only ever scored in aggregate:
 * `--misses` is refused with `--sealed`.
 */
import { percent, readSet, routedToCrisis, scoreAll, scores, type LabelledMessage } from './urgency-metrics.js';

const sealed = process.argv.includes('--sealed');
const misses = process.argv.includes('--misses');
/** `--training rules|check|all`: the written training corpus instead of the blind tuning part. */
const trainingAt = process.argv.indexOf('--training');
const training = trainingAt >= 0 ? (process.argv[trainingAt + 1] ?? 'all') : undefined;
if (sealed && misses) {
  console.error('The sealed part is scored in aggregate only.');
  process.exit(2);
}
const file = new URL(
  sealed ? '../test/fixtures/urgency-blind-sealed.json.gz' : training ? '../test/fixtures/urgency-written-training.json' : '../test/fixtures/urgency-blind-tuning.json',
  import.meta.url,
);
const set = readSet(file.pathname).filter((m) => training === undefined || training === 'all' || m.split === training);
const scored = scoreAll(set);

const report = (label: string, pick: (m: LabelledMessage) => boolean): void => {
  const s = scores(scored.filter((x) => pick(x.message)));
  console.log(`\n${label}: ${s.messages} messages`);
  console.log(`  recall, emergency + crisis: ${percent(s.recall)}`);
  console.log(`    emergency: ${percent(s.emergencyRecall)}`);
  console.log(`    crisis: ${percent(s.crisisRecall)}`);
  console.log(`  crisis routed to the crisis line: ${percent(s.crisisRouted)}`);
  console.log(`  false alarms (routine read as emergency or crisis): ${percent(s.falseAlarms)}`);
  console.log(`  routine read at any level (urgent included): ${percent(s.anyFlagOnRoutine)}`);
  console.log(`  urgent read as at least urgent: ${percent(s.urgentRecall)}`);
};

console.log(sealed ? 'SEALED part' : training ? `written training corpus (${training})` : 'tuning part');
report('all', () => true);
report('en', (m) => m.lang === 'en');
report('es', (m) => m.lang === 'es');

if (misses) {
  console.log('\n--- misses (emergency/crisis not flagged, crisis not routed, urgent missed) and false alarms ---');
  for (const { message: m, result: r } of scored) {
    const flaggedHigh = r.level === 'emergency' || r.level === 'crisis';
    const crisisRouted = routedToCrisis(r);
    let tag = '';
    if ((m.expected === 'emergency' || m.expected === 'crisis') && !flaggedHigh) tag = `MISS ${m.expected} (got ${r.level})`;
    else if (m.expected === 'crisis' && !crisisRouted) tag = `NOT-ROUTED crisis (got ${r.findings.map((f) => f.id).join(',')})`;
    else if (m.expected === 'urgent' && r.level === 'none') tag = 'MISS urgent';
    else if (m.expected === 'routine' && flaggedHigh) tag = `FALSE ${r.level} [${r.findings.map((f) => `${f.id}:${f.match}`).join('; ')}]`;
    if (tag) console.log(`${m.id} ${m.lang} ${tag}\n    ${m.text.replace(/\n/g, ' ⏎ ')}`);
  }
}
