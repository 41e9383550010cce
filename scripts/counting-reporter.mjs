import { writeFileSync } from 'node:fs';

/** Writes the browser tests' passed/failed/skipped totals to `$SM_TEST_COUNTS` for `scripts/test.mjs`. */
export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that fails to load has no results: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0 && !session.testResults?.tests?.length && !session.testResults?.suites?.length) counts.failed++;
      }
      if (process.env.SM_TEST_COUNTS) writeFileSync(process.env.SM_TEST_COUNTS, JSON.stringify(counts));
    },
  };
}
