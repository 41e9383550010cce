/** Where a message stands against its character budget. */
export type BudgetState = 'ok' | 'warning' | 'over';

export interface BudgetStatus {
  state: BudgetState;
  count: number;
  max: number;
  /** Characters still available (0 when over). */
  left: number;
  /** Characters past the limit (0 when within it). */
  over: number;
}

/** The share of the budget from which the patient is warned. */
export const DEFAULT_WARNING_RATIO = 0.8;
export const DEFAULT_CHARACTER_LIMIT = 2000;

export function budgetStatus(count: number, max: number, warningRatio = DEFAULT_WARNING_RATIO): BudgetStatus {
  const state: BudgetState = count > max ? 'over' : count >= Math.ceil(max * warningRatio) ? 'warning' : 'ok';
  return { state, count, max, left: Math.max(0, max - count), over: Math.max(0, count - max) };
}

/** A whole, positive character budget; the default otherwise. */
export function characterLimit(value: unknown): number {
  const limit = Number(value);
  return Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : DEFAULT_CHARACTER_LIMIT;
}
