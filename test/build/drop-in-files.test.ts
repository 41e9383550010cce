// The built drop-in files (run after `npm run build`, as `npm test` does).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleFiles } from '../../scripts/bundle-files.mjs';

const built = existsSync('dist/sm-compose.bundle.js');
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('the drop-in bundle', { skip: built ? false : 'run `npm run build` first' }, () => {
  it('shows the first screen from one file within the 25 KB gzip budget (issue #8)', () => {
    const { firstLoad } = bundleFiles('dist/sm-compose.bundle.js');
    assert.deepEqual(firstLoad, ['dist/sm-compose.bundle.js']);
    assert.ok(gzip(firstLoad[0]!) <= 25 * 1024, `${gzip(firstLoad[0]!)} bytes gzip`);
  });

  it('loads every other part from dist/sm-compose/, on demand', () => {
    const { later } = bundleFiles('dist/sm-compose.bundle.js');
    const names = later.map((file) => file.replace(/^dist\/sm-compose\/|-[\w-]{8}\.js$/g, ''));
    for (const part of ['compose.screening', 'compose.checks', 'compose.review', 'es', 'urgency-dialog', 'attachments', 'dictation-button', 'write-step', 'floating-ui.dom']) {
      assert.ok(names.includes(part), `${part} in ${names.join(', ')}`);
    }
    const files = readdirSync('dist/sm-compose').map((name) => `dist/sm-compose/${name}`);
    assert.deepEqual(new Set(files), new Set(later), 'no file is left unused');
  });

  it('gives the writing step one file that needs only the entry: one round trip when a category is chosen', () => {
    const [writeStep, ...more] = readdirSync('dist/sm-compose').filter((name) => name.startsWith('write-step-'));
    assert.ok(writeStep && more.length === 0, 'one write-step file');
    const code = readFileSync(`dist/sm-compose/${writeStep}`, 'utf8');
    assert.deepEqual([...code.matchAll(/from\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]), ['../sm-compose.bundle.js']);
    assert.doesNotMatch(code, /\bimport\(/);
    // Its elements and views are in it, not in files of their own.
    for (const tag of ['sm-prompt-fields', 'sm-char-budget']) assert.ok(!readdirSync('dist/sm-compose').some((name) => name.startsWith(tag.slice(3))), tag);
  });

  it('makes the parts import what the first screen has from the entry, by its plain URL', () => {
    const importers = readdirSync('dist/sm-compose').filter((name) => /from\s*["'`]\.\.\/sm-compose\.bundle\.js["'`]/.test(readFileSync(`dist/sm-compose/${name}`, 'utf8')));
    assert.ok(importers.some((name) => name.startsWith('compose.screening-')), importers.join(', '));
  });

  it('keeps the classic-script bundle in one file', () => {
    assert.doesNotMatch(readFileSync('dist/sm-compose.iife.js', 'utf8'), /\bimport\(/);
  });
});
