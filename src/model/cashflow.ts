/**
 * Economics on cash flows: every cost and saving booked in the calendar year it occurs, discounted to the start
 * year, per account (municipality, region, state, society). Runs outside the hot loop, from the per-run helped
 * counts of every cohort. MODEL.md "Cash flows" documents it.
 */
import { FIRST_SAVING_AGE, LAST_SAVING_AGE, SAVING_ITEMS, itemAmount } from './payers';
import type { SavingItem } from './payers';
import { SCHOOL_LEAVING_AGE } from './assumptions';
import { ACCOUNTS, AREAS, PAYERS } from './types';
import type { Account, FundEconomics, Payer, PayerEconomics, PlanPayer, RunBatch, Scenario } from './types';

/** Number of cohorts a run reports helped counts for: the H headline cohorts and the 16 after the horizon. */
export const LATER_COHORTS = 16;

/** Calendar years the cash flows cover: from startYear until the last helped child reaches the last saving age. */
export function cashflowLength(horizon: number): number {
  return horizon + LATER_COHORTS - 1 + (LAST_SAVING_AGE - SCHOOL_LEAVING_AGE) + 1;
}

/** Children helped per run and cohort (cohort ci leaves school in year index ci): runs x (H + 16). */
export function helpedByCohort(b: RunBatch): Float64Array {
  const Y = b.years;
  const C = Y + LATER_COHORTS;
  const out = new Float64Array(b.runCount * C);
  for (let r = 0; r < b.runCount; r++) {
    for (let y = 0; y < Y; y++) out[r * C + y] = Math.max(0, b.baselineAtRisk[r * Y + y] - b.atRisk[r * Y + y]);
    for (let j = 0; j < LATER_COHORTS; j++) out[r * C + Y + j] = b.helpedAfter[r * LATER_COHORTS + j];
  }
  return out;
}

/** Per account and kind, the yearly amount by age of one helped child: fixed part and part scaled by the cost factor. */
interface Profile {
  fixed: Float64Array;
  scaled: Float64Array;
}
type Kind = 'cash' | 'capacity';
const KINDS: readonly Kind[] = ['cash', 'capacity'];

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

export interface CashflowResult {
  payers: Record<Account, PayerEconomics>;
  fund: FundEconomics | null;
  planPayer: PlanPayer;
  /** Society's PV of savings from cohorts leaving school after the horizon. */
  societyAfterHorizon: number;
  /** PV of savings by the old service categories (counted as society would, transfers included for their payer). */
  byService: Record<Payer, number>;
  /** Society: per year of the horizon, cumulative discounted savings (mean). */
  societyCumulative: number[];
  /** Per run: PV of the plan's cost and society's savings (for the old fields). */
  pvCost: Float64Array;
  pvSociety: Float64Array;
}

/** First year index at which a cumulative series turns from negative to non-negative; -1 if never. */
export function paybackIndex(cashflow: readonly number[]): number {
  let cum = 0;
  let negative = false;
  for (let t = 0; t < cashflow.length; t++) {
    cum += cashflow[t];
    if (cum < 0) negative = true;
    else if (negative) return t;
  }
  return negative ? -1 : cashflow.length > 0 ? 0 : -1;
}

/**
 * Cash flows per run and account. `items` is a parameter so tests can use their own payer table.
 * Savings of a cohort at an age are booked in year index ci - 16 + age; years before the start are not booked
 * (nothing the plan did can have saved them).
 */
export function cashflows(s: Scenario, b: RunBatch, items: readonly SavingItem[] = SAVING_ITEMS): CashflowResult {
  const Y = b.years;
  const R = b.runCount;
  const C = Y + LATER_COHORTS;
  const L = cashflowLength(Y);
  const startYear = s.startYear;
  const df = Float64Array.from({ length: L }, (_, t) => Math.pow(1 + s.discount, -t));
  const prof = profiles(s, items);
  const helped = helpedByCohort(b);
  const planPayer: PlanPayer = s.fund ? 'municipality' : s.planPayer;
  const countCapacity = s.capacity === 1;
  // Local copies: transpilers turn imported bindings into getter calls (slow in loops).
  const A0 = FIRST_SAVING_AGE;
  const A1 = LAST_SAVING_AGE;
  const SL = SCHOOL_LEAVING_AGE;

  // Per run, per account: savings per year (undiscounted), by kind.
  const sums = Object.fromEntries(
    ACCOUNTS.map((a) => [
      a,
      { cf: new Float64Array(L), npvPos: 0, cash: 0, capacity: 0, horizon: 0, lifetime: 0, cost: 0 },
    ]),
  ) as Record<
    Account,
    {
      cf: Float64Array;
      npvPos: number;
      cash: number;
      capacity: number;
      horizon: number;
      lifetime: number;
      cost: number;
    }
  >;
  const byService = Object.fromEntries(PAYERS.map((p) => [p, 0])) as Record<Payer, number>;
  const pvCost = new Float64Array(R);
  const pvSociety = new Float64Array(R);
  const societyCum = new Float64Array(Y);
  let societyAfter = 0;
  const fundRepaid = new Float64Array(L);
  let fundOutlay = 0;
  let fundRepaidRuns = 0;
  const spend = new Float64Array(L);
  const kindYear = { cash: new Float64Array(L), capacity: new Float64Array(L) };

  for (let r = 0; r < R; r++) {
    const f = b.costFactor[r];
    spend.fill(0);
    for (let y = 0; y < Y; y++) for (const a of AREAS) spend[y] += b.spending[a][r * Y + y];
    let pc = 0;
    for (let y = 0; y < Y; y++) pc += spend[y] * df[y];
    pvCost[r] = pc;
    for (const acc of ACCOUNTS) {
      const bears = acc === 'society' || acc === planPayer;
      kindYear.cash.fill(0);
      kindYear.capacity.fill(0);
      let after = 0;
      for (const k of KINDS) {
        const p = prof[acc][k];
        const into = kindYear[k];
        for (let ci = 0; ci < C; ci++) {
          const h = helped[r * C + ci];
          if (h === 0) continue;
          const pf = p.fixed;
          const ps = p.scaled;
          for (let age = A0; age <= A1; age++) {
            const t = ci - SL + age;
            if (t < 0) continue;
            const v = h * (pf[age] + f * ps[age]);
            into[t] += v;
            if (acc === 'society' && ci >= Y) after += v * df[t];
          }
        }
      }
      const sm = sums[acc];
      let cash = 0;
      let cap = 0;
      let horizon = 0;
      let npv = bears ? -pc : 0;
      for (let t = 0; t < L; t++) {
        cash += kindYear.cash[t] * df[t];
        cap += kindYear.capacity[t] * df[t];
        const counted = kindYear.cash[t] + (acc === 'society' || countCapacity ? kindYear.capacity[t] : 0);
        const net = counted * df[t] - (bears ? spend[t] * df[t] : 0);
        sm.cf[t] += net;
        npv += counted * df[t];
        if (t < Y) horizon += counted * df[t];
        if (acc === 'society' && t < Y) societyCum[t] += counted * df[t];
      }
      const lifetime = cash + (acc === 'society' || countCapacity ? cap : 0);
      sm.cash += cash;
      sm.capacity += cap;
      sm.horizon += horizon;
      sm.lifetime += lifetime;
      sm.cost += bears ? pc : 0;
      if (npv > 0) sm.npvPos++;
      if (acc === 'society') {
        pvSociety[r] = lifetime;
        societyAfter += after;
      }
      if (acc === 'municipality' && s.fund) {
        // The fund is repaid from the municipality's counted savings, undiscounted, until the outlay is back.
        let outlay = 0;
        for (let y = 0; y < Y; y++) outlay += spend[y];
        fundOutlay += outlay;
        let repaid = 0;
        for (let t = 0; t < L; t++) {
          const counted = kindYear.cash[t] + (countCapacity ? kindYear.capacity[t] : 0);
          repaid = Math.min(outlay, repaid + counted);
          fundRepaid[t] += repaid;
        }
        if (outlay > 0 && repaid >= outlay - 1e-6) fundRepaidRuns++;
      }
    }
    // The old per-service split (society's view of each payer's items, transfers included).
    for (const it of items) {
      if (!it.service) continue;
      const amount = itemAmount(it, s) * (it.sek !== undefined ? 1 : f);
      for (let ci = 0; ci < C; ci++) {
        const h = helped[r * C + ci];
        if (h === 0) continue;
        for (let age = it.ageFrom; age <= it.ageTo; age++) {
          const t = ci - SL + age;
          if (t >= 0) byService[it.service] += h * amount * df[t];
        }
      }
    }
  }

  const n = Math.max(1, R);
  const payers = Object.fromEntries(
    ACCOUNTS.map((acc) => {
      const sm = sums[acc];
      const cashflow = Array.from(sm.cf, (v) => v / n);
      const cost = sm.cost / n;
      const lifetime = sm.lifetime / n;
      const pay = cost > 0 ? paybackIndex(cashflow) : -1;
      const e: PayerEconomics = {
        cost,
        savings: { horizon: sm.horizon / n, lifetime, cash: sm.cash / n, capacity: sm.capacity / n },
        npv: lifetime - cost,
        bcr: cost > 0 ? lifetime / cost : null,
        paybackYear: pay < 0 ? null : startYear + pay,
        probabilityPositive: R > 0 ? sm.npvPos / R : 0,
        cashflow,
        cashflowStartYear: startYear,
      };
      return [acc, e];
    }),
  ) as Record<Account, PayerEconomics>;

  let fund: FundEconomics | null = null;
  if (s.fund) {
    const repaid = Array.from(fundRepaid, (v) => v / n);
    const outlay = fundOutlay / n;
    const k = outlay > 0 ? repaid.findIndex((v) => v >= outlay * (1 - 1e-9)) : -1;
    fund = {
      outlay,
      repaid,
      repaidWithinHorizon: repaid[Y - 1] ?? 0,
      repaidTotal: repaid[L - 1] ?? 0,
      repaidYear: k < 0 ? null : startYear + k,
      probabilityRepaid: R > 0 ? fundRepaidRuns / R : 0,
    };
  }
  for (const p of PAYERS) byService[p] /= n;
  let cum = 0;
  const societyCumulative = Array.from(societyCum, (v) => (cum += v / n));
  return {
    payers,
    fund,
    planPayer,
    societyAfterHorizon: societyAfter / n,
    byService,
    societyCumulative,
    pvCost,
    pvSociety,
  };
}
