// The built drop-in files (run after `npm run build`, as `npm test` does).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleFiles } from '../../scripts/bundle-files.mjs';

const built = existsSync('dist/sm-compose.bundle.js');
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('the drop-in bundle', { skip: built ? false : 'run `npm run build` first' }, () => {
  it('shows the first screen from two files within the 25 KB gzip budget (issue #8)', () => {
    const { firstLoad } = bundleFiles('dist/sm-compose.bundle.js');
    assert.equal(firstLoad.length, 2, firstLoad.join(', '));
    assert.match(firstLoad[1]!, /^dist\/sm-compose\/first-screen-[\w-]+\.js$/);
    assert.ok(readFileSync(firstLoad[0]!).length < 300, 'the entry only points at the first-screen file');
    const total = firstLoad.reduce((sum, file) => sum + gzip(file), 0);
    assert.ok(total <= 25 * 1024, `${total} bytes gzip`);
  });

  it('loads every other part from dist/sm-compose/, on demand', () => {
    const { later } = bundleFiles('dist/sm-compose.bundle.js');
    const names = later.map((file) => file.replace(/^dist\/sm-compose\/|-[\w-]{8}\.js$/g, ''));
    for (const part of ['compose.screening', 'compose.checks', 'compose.review', 'es', 'urgency-dialog', 'attachments', 'dictation-button', 'prompt-fields', 'char-budget', 'floating-ui.dom']) {
      assert.ok(names.includes(part), `${part} in ${names.join(', ')}`);
    }
    const files = readdirSync('dist/sm-compose').map((name) => `dist/sm-compose/${name}`);
    assert.deepEqual(new Set(files), new Set([...bundleFiles('dist/sm-compose.bundle.js').firstLoad.slice(1), ...later]), 'no file is left unused');
  });

  it('never makes a part import the entry itself, so a query string on its URL cannot load the library twice', () => {
    for (const name of readdirSync('dist/sm-compose')) {
      assert.doesNotMatch(readFileSync(`dist/sm-compose/${name}`, 'utf8'), /sm-compose\.bundle\.js/, name);
    }
  });

  it('keeps the classic-script bundle in one file', () => {
    assert.doesNotMatch(readFileSync('dist/sm-compose.iife.js', 'utf8'), /\bimport\(/);
  });
});
