/** The cash flows' inputs: the cohorts and years covered, children helped per cohort, a helped child's savings by age. */
import { FIRST_SAVING_AGE, LAST_SAVING_AGE, SAVING_ITEMS, itemAmount } from './payers';
import type { SavingItem } from './payers';
import { ACCOUNTS } from './types';
import type { Account, RunBatch, Scenario } from './types';

/** Age at which a cohort leaves compulsory school (its year index is the year it has this age). */
export const SCHOOL_LEAVING_AGE = 16;

/** Number of cohorts a run reports helped counts for: the H headline cohorts and the 16 after the horizon. */
export const LATER_COHORTS = 16;

/** Calendar years the cash flows cover: from startYear until the last helped child reaches the last saving age. */
export function cashflowLength(horizon: number): number {
  return horizon + LATER_COHORTS - 1 + (LAST_SAVING_AGE - SCHOOL_LEAVING_AGE) + 1;
}

let scratch = new Float64Array(0);

/**
 * Children helped per run and cohort (cohort ci leaves school in year index ci): runs x (H + 16). With `reuse`, in a
 * buffer reused from call to call (valid until the next call): the curve's summary calls it once per level, and a
 * fresh 288 kB for each of 41 levels kept the worker's garbage collector busy.
 */
export function helpedByCohort(b: RunBatch, reuse = false): Float64Array {
  const Y = b.years;
  const C = Y + LATER_COHORTS;
  const size = b.runCount * C;
  if (reuse && scratch.length < size) scratch = new Float64Array(size);
  const out = reuse ? scratch.subarray(0, size) : new Float64Array(size);
  // the arrays read once (a property read inside the loop is not hoisted when `b` has several shapes: 10 x slower)
  const { baselineAtRisk: base, atRisk, helpedAfter: after } = b;
  for (let r = 0; r < b.runCount; r++) {
    for (let y = 0; y < Y; y++) out[r * C + y] = Math.max(0, base[r * Y + y] - atRisk[r * Y + y]);
    for (let j = 0; j < LATER_COHORTS; j++) out[r * C + Y + j] = after[r * LATER_COHORTS + j];
  }
  return out;
}

/** Per account and kind, the yearly amount by age of one helped child: fixed part and part scaled by the cost factor. */
export interface Profile {
  fixed: Float64Array;
  scaled: Float64Array;
}
export type Kind = 'cash' | 'capacity';
export const KINDS: readonly Kind[] = ['cash', 'capacity'];

function accountGets(item: SavingItem, a: Account): boolean {
  return a === 'society' ? item.society : item.payer === a;
}

export function profiles(
  s: Scenario,
  items: readonly SavingItem[] = SAVING_ITEMS,
): Record<Account, Record<Kind, Profile>> {
  const make = (a: Account, k: Kind): Profile => {
    const fixed = new Float64Array(LAST_SAVING_AGE + 1);
    const scaled = new Float64Array(LAST_SAVING_AGE + 1);
    for (const it of items) {
      if (it.kind !== k || !accountGets(it, a)) continue;
      const v = itemAmount(it, s);
      const into = it.sek !== undefined ? fixed : scaled;
      for (let age = it.ageFrom; age <= it.ageTo; age++) into[age] += v;
    }
    return { fixed, scaled };
  };
  return Object.fromEntries(
    ACCOUNTS.map((a) => [a, { cash: make(a, 'cash'), capacity: make(a, 'capacity') }]),
  ) as Record<Account, Record<Kind, Profile>>;
}

/** Per cohort: PV (to startYear) of one helped child's savings, fixed and scaled parts, all L years discounted by df. */
export function pvPerCohort(p: Profile, C: number, L: number, df: Float64Array) {
  const SL = SCHOOL_LEAVING_AGE;
  const fx = new Float64Array(C);
  const sc = new Float64Array(C);
  for (let ci = 0; ci < C; ci++) {
    for (let age = FIRST_SAVING_AGE; age <= LAST_SAVING_AGE; age++) {
      const t = ci - SL + age;
      if (t < 0 || t >= L) continue;
      fx[ci] += p.fixed[age] * df[t];
      sc[ci] += p.scaled[age] * df[t];
    }
  }
  return { fx, sc };
}
