import type { FieldProblem } from '../../core/compose/validators.js';
import { fill, type Translation } from '../../i18n/index.js';

/** A problem that blocks sending, in the patient's words. */
export function problemText(t: Translation, problem: FieldProblem): string {
  return fill(t[problem.message], problem.params ?? {});
}

/** The words of the problem at `target` (a field's error), if there is one. */
export function errorAt(t: Translation, problems: readonly FieldProblem[], target: string): string | undefined {
  const problem = problems.find((p) => p.target === target);
  return problem && problemText(t, problem);
}
