// The patient's path on a 390 px phone (issue #17, item 5), measured on the built drop-in bundle
// by bench/short-path.mjs: every default category can be sent by keyboard alone, in English and
// Spanish, and a Spanish-speaking patient sends a refill to the right care team in fewer
// screens, required fields and keys than before the path was shortened (README, "A shorter path").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromePath } from '../../scripts/chrome-path.mjs';
import { CATEGORIES, measurePath } from '../../bench/short-path.mjs';

const ready = existsSync('dist/sm-compose.bundle.js') && chromePath();

describe('the path to Send on a 390 px phone, by keyboard', { skip: ready ? false : 'run `npm run build` first, with Chromium installed' }, () => {
  it('sends every default category in en and es, and a Spanish refill to the pharmacy team, with less than before', async () => {
    // measurePath throws when Review lists a problem or the payload goes to another team.
    const rows = await measurePath();
    assert.equal(rows.length, CATEGORIES.length * 2 + 1);
    const teams = rows.find((row) => row.teams)!;
    assert.equal(teams.lang, 'es');
    // Before: 3.8 screens, 6 required fields, 94 keys (README).
    assert.ok(teams.required <= 5, `required: ${teams.required}`);
    assert.ok(teams.keys <= 74, `keys: ${teams.keys}`);
    assert.ok(teams.screens < 3.5, `screens: ${teams.screens}`);
    const question = rows.find((row) => row.category === 'medical-question' && row.lang === 'es')!;
    // Before: 5 required, 115 keys.
    assert.ok(question.required <= 3 && question.keys <= 79, JSON.stringify(question));
  });
});
