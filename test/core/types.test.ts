// Type tests: the published types (dist/types, through package.json `exports`) as a host's
// TypeScript sees them: the React wrappers, React 19's plain tags (sm-compose/jsx) and Vue's
// GlobalComponents (sm-compose/vue). The fixtures in test/types/ compile only if every right
// use is accepted and every `@ts-expect-error` meets its error (issue #18).
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

it('test/types/*.tsx and *.ts compile against the published types', { skip: existsSync('dist/types/react.d.ts') ? false : 'run npm run build first' }, () => {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/types/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
