// `npm test`: type check, lint, unit tests in Node, browser tests in Chromium; then one
// closing line "N passed, N failed". Exits non-zero when any step fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromePath, missingChromeMessage } from './chrome-path.mjs';

const chrome = chromePath();
if (!chrome) {
  console.error(missingChromeMessage);
  process.exit(1);
}

const bin = (name) => join('node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) ok = false;
  return result;
}

run('Type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
// Some browser tests load the built files (the classic-script bundle, the CSP page).
run('Build', process.execPath, ['scripts/build.mjs']);
run('Package checks (publint, arethetypeswrong)', 'npm', ['run', '--silent', 'check:package']);
run('Lint', bin('eslint'), ['.', '--max-warnings', '0']);

// test/core: the clinical logic; test/build: the build's own tools and what they produce.
const unitFiles = ['test/core', 'test/build'].flatMap((dir) => readdirSync(dir).filter((file) => file.endsWith('.test.ts')).map((file) => join(dir, file)));
const unit = run('Unit tests (Node)', process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...unitFiles]);
const read = (name) => Number(new RegExp(`ℹ ${name} (\\d+)`).exec(unit.stdout ?? '')?.[1] ?? 0);
totals.passed += read('pass');
totals.failed += read('fail') + (unit.status !== 0 && read('fail') === 0 ? 1 : 0);
totals.skipped += read('skipped') + read('todo');

const countsFile = join(mkdtempSync(join(tmpdir(), 'sm-compose-')), 'counts.json');
const browser = run('Browser tests (Chromium)', bin('wtr'), ['--config', 'web-test-runner.config.mjs'], { CHROME_PATH: chrome, SM_TEST_COUNTS: countsFile });
if (existsSync(countsFile)) {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
} else if (browser.status !== 0) {
  totals.failed += 1;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
