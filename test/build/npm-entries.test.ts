// The npm build as a host's bundler takes it (run after `npm run build`, as `npm test` does).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';

const built = existsSync('dist/elements.js');

describe('the npm build in a host’s bundler', { skip: built ? false : 'run `npm run build` first' }, () => {
  for (const entry of ['dist/index.js', 'dist/elements.js', 'dist/core.js', 'dist/react.js']) {
    it(`${entry} bundles with esbuild without a warning`, async () => {
      const result = await esbuild.build({
        entryPoints: [entry],
        bundle: true,
        splitting: true,
        format: 'esm',
        write: false,
        outdir: 'node_modules/.cache/npm-entries-test',
        external: ['react', 'react-dom'],
        logLevel: 'silent',
      });
      assert.deepEqual(result.warnings.map((warning) => `${warning.id}: ${warning.text}`), []);
    });
  }
});
