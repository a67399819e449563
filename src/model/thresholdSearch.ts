/**
 * The threshold's search (issue 23, MODEL.md "What decides the answer"): bisection on one assumption's range for the
 * value at which the chance of reaching the target is the aim. Written as asks and answers, with no simulation in it,
 * so that one thread (sensitivityRun.ts `threshold`) and the engine (one worker piece per evaluation, so a change
 * of the scenario cancels a search between two evaluations) run the very same steps.
 */
import type { Assumption, AssumptionId } from './sensitivity';

export interface Threshold {
  id: AssumptionId;
  /** 'current': the scenario's budgets; 'top': the investment curve's top budget in the same split. */
  budget: 'current' | 'top';
  /** Total budget per year at which it was sought. */
  total: number;
  aim: number;
  /** The value at which the chance is aim (within one standard error); null: not within the range. */
  value: number | null;
  /** Whether the chance rises with the assumption (the vision needs at least `value`) or falls (at most). */
  direction: 'atLeast' | 'atMost';
  /** The chance at `value` and its standard error; the bracket the bisection ended in. */
  chance: number;
  se: number;
  bracket: [number, number];
  /** The chance at the range's two ends. */
  atLow: number;
  atHigh: number;
  evaluations: number;
}

export const THRESHOLD_AIM = 0.5;
export const MAX_BISECTIONS = 14;

/**
 * The search: `asks()` gives the values whose chance it needs next (both ends of the range first, then one midpoint
 * at a time; none when done), `tell(chances)` their chances in the same order, `result()` the threshold. The chance
 * is evaluated at the scenario the budget names ('top': the investment curve's top budget, the split kept), whose
 * total budget per year the caller sets in `total`.
 */
export class ThresholdSearch {
  total = 0;
  private readonly se: number;
  private state: 'ends' | 'bisect' | 'done' = 'ends';
  private base: Omit<Threshold, 'value' | 'chance' | 'bracket' | 'evaluations'> | null = null;
  private out: Threshold | null = null;
  private lo = 0;
  private hi = 0;
  private best = { v: 0, p: 0 };
  private n = 2;
  private step = 0;

  constructor(
    readonly as: Assumption,
    runs: number,
    readonly budget: 'current' | 'top' = 'current',
    readonly aim = THRESHOLD_AIM,
  ) {
    this.se = Math.sqrt((aim * (1 - aim)) / Math.max(1, runs));
  }

  asks(): number[] {
    if (this.state === 'ends') return [this.as.low, this.as.high];
    if (this.state === 'bisect') return [(this.lo + this.hi) / 2];
    return [];
  }

  tell(chances: readonly number[]): void {
    const { as, aim, se } = this;
    if (this.state === 'ends') {
      const [pLo, pHi] = chances;
      const direction = pHi >= pLo ? 'atLeast' : 'atMost';
      const base = { id: as.id, budget: this.budget, total: 0, aim, direction, se, atLow: pLo, atHigh: pHi } as const;
      this.base = base;
      const within = Math.min(pLo, pHi) <= aim + se && Math.max(pLo, pHi) >= aim - se;
      if (!within) return this.finish({ value: null, chance: pHi, bracket: [as.low, as.high], evaluations: 2 });
      // An end already within one standard error of the aim.
      if (Math.abs(pLo - aim) <= se)
        return this.finish({ value: as.low, chance: pLo, bracket: [as.low, as.low], evaluations: 2 });
      if (Math.abs(pHi - aim) <= se)
        return this.finish({ value: as.high, chance: pHi, bracket: [as.high, as.high], evaluations: 2 });
      this.lo = as.low;
      this.hi = as.high;
      const lowNearer = Math.abs(pLo - aim) <= Math.abs(pHi - aim);
      this.best = { v: lowNearer ? as.low : as.high, p: lowNearer ? pLo : pHi };
      this.state = 'bisect';
      return;
    }
    if (this.state !== 'bisect') return;
    const p = chances[0];
    const mid = (this.lo + this.hi) / 2;
    this.n++;
    if (Math.abs(p - aim) < Math.abs(this.best.p - aim)) this.best = { v: mid, p };
    if (Math.abs(p - aim) <= se)
      return this.finish({ value: mid, chance: p, bracket: [this.lo, this.hi], evaluations: this.n });
    const below = this.base!.direction === 'atLeast' ? p < aim : p > aim;
    if (below) this.lo = mid;
    else this.hi = mid;
    if (++this.step >= MAX_BISECTIONS)
      this.finish({ value: this.best.v, chance: this.best.p, bracket: [this.lo, this.hi], evaluations: this.n });
  }

  get id(): AssumptionId {
    return this.as.id;
  }

  get done(): boolean {
    return this.state === 'done';
  }

  result(): Threshold {
    if (!this.out) throw new Error('the threshold search is not done');
    return { ...this.out, total: this.total };
  }

  private finish(x: Pick<Threshold, 'value' | 'chance' | 'bracket' | 'evaluations'>): void {
    this.state = 'done';
    this.out = { ...this.base!, ...x };
  }
}
