/**
 * `npx tsx scripts/seal-blind-corpus.ts DIR`: gathers the blind writers' files (DIR/w*.json),
 * checks them, and splits them once: a third sealed (test/fixtures/urgency-blind-sealed.json.gz,
 * scored in aggregate only and never tuned on), the rest for tuning
 * (test/fixtures/urgency-blind-tuning.json). The split is by a hash of each message, stratified
 * by writer, language and label, so it does not depend on the order of the files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LabelledMessage } from './urgency-metrics.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: seal-blind-corpus.ts DIR');
const LABELS = new Set(['emergency', 'crisis', 'urgent', 'routine']);
const all: LabelledMessage[] = [];
const seen = new Set<string>();
for (const file of readdirSync(dir).filter((f) => /^w\d+\.json$/.test(f)).sort()) {
  for (const m of JSON.parse(readFileSync(join(dir, file), 'utf8')) as LabelledMessage[]) {
    if (!(m.lang === 'en' || m.lang === 'es') || !LABELS.has(m.expected) || typeof m.text !== 'string' || !m.text.trim()) {
      throw new Error(`${file}: malformed entry ${m.id}`);
    }
    const key = m.text.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    all.push({ id: m.id, lang: m.lang, expected: m.expected, voice: m.voice ?? '', trap: m.trap ?? null, text: m.text });
  }
}
const hash = (m: LabelledMessage): string => createHash('sha256').update(`${m.id}\n${m.text}`).digest('hex');
const groups = new Map<string, LabelledMessage[]>();
for (const m of all) {
  const key = `${m.id.split('-')[0]}|${m.lang}|${m.expected}`;
  groups.set(key, [...(groups.get(key) ?? []), m]);
}
const sealed: LabelledMessage[] = [];
const tuning: LabelledMessage[] = [];
for (const list of groups.values()) {
  list.sort((a, b) => (hash(a) < hash(b) ? -1 : 1));
  list.forEach((m, i) => (i % 3 === 0 ? sealed : tuning).push(m));
}
const byId = (a: LabelledMessage, b: LabelledMessage): number => a.id.localeCompare(b.id, 'en', { numeric: true });
sealed.sort(byId);
tuning.sort(byId);
const fixtures = new URL('../test/fixtures/', import.meta.url);
writeFileSync(new URL('urgency-blind-tuning.json', fixtures), `[\n${tuning.map((m) => JSON.stringify(m)).join(',\n')}\n]\n`);
writeFileSync(new URL('urgency-blind-sealed.json.gz', fixtures), gzipSync(`[\n${sealed.map((m) => JSON.stringify(m)).join(',\n')}\n]\n`, { level: 9 }));
const tally = (list: LabelledMessage[]): string =>
  ['en', 'es'].map((lang) => `${lang}: ${[...LABELS].map((l) => `${l} ${list.filter((m) => m.lang === lang && m.expected === l).length}`).join(', ')}`).join('; ');
console.log(`${all.length} messages (${seen.size} distinct); sealed ${sealed.length} (${tally(sealed)}); tuning ${tuning.length} (${tally(tuning)})`);
