/**
 * Economics on cash flows: every cost and saving booked in the calendar year it occurs, discounted to the start
 * year, per account (municipality, region, state, society). Runs outside the hot loop, from the per-run helped
 * counts of every cohort. MODEL.md "Cash flows" documents it.
 */
import {
  KINDS,
  LATER_COHORTS,
  SCHOOL_LEAVING_AGE,
  cashflowLength,
  helpedByCohort,
  profiles,
  pvPerCohort,
  type Kind,
} from './cashflowBasis';
import { fundEconomics } from './cashflowFund';
import { FIRST_SAVING_AGE, LAST_SAVING_AGE, SAVING_ITEMS, itemAmount } from './payers';
import type { SavingItem } from './payers';
import { ACCOUNTS, AREAS, PAYERS } from './types';
import type { Account, FundEconomics, Payer, PayerEconomics, PlanPayer, RunBatch, Scenario } from './types';

export { LATER_COHORTS, cashflowLength, helpedByCohort, profiles } from './cashflowBasis';

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
  /** Per run and account: counted lifetime savings minus the cost it bears (empty arrays when perRun is false). */
  npvRun: Record<Account, Float64Array>;
}

/**
 * Cash flows per account. `items` is a parameter so tests can use their own payer table.
 * Savings of a cohort at an age are booked in year index ci - 16 + age; years before the start are not booked
 * (nothing the plan did can have saved them). Everything reported as a mean is linear in the helped counts, so
 * it is computed once from the mean helped count per cohort (and its mean times the cost factor); only the
 * per-run quantities (npv > 0, the fund's repayment) are computed per run, from per-cohort present values.
 */
export function cashflows(
  s: Scenario,
  b: RunBatch,
  items: readonly SavingItem[] = SAVING_ITEMS,
  /** false: the mean-based figures only (cost, savings, npv, bcr, payback); the per-run ones stay 0 or null */
  perRun = true,
): CashflowResult {
  const Y = b.years;
  const R = b.runCount;
  const C = Y + LATER_COHORTS;
  const L = cashflowLength(Y);
  const n = Math.max(1, R);
  const startYear = s.startYear;
  const df = Float64Array.from({ length: L }, (_, t) => Math.pow(1 + s.discount, -t));
  const prof = profiles(s, items);
  const helped = helpedByCohort(b, true); // used only inside this call
  const planPayer: PlanPayer = s.fund ? 'municipality' : s.planPayer;
  const countCapacity = s.capacity === 1;
  const counts = (a: Account, k: Kind) => k === 'cash' || a === 'society' || countCapacity;
  const SL = SCHOOL_LEAVING_AGE;

  // Mean helped per cohort, and mean of helped x cost factor (for the adult items, which carry it).
  const hMean = new Float64Array(C);
  const hfMean = new Float64Array(C);
  for (let r = 0; r < R; r++) {
    const f = b.costFactor[r];
    for (let ci = 0; ci < C; ci++) {
      const h = helped[r * C + ci];
      hMean[ci] += h / n;
      hfMean[ci] += (h * f) / n;
    }
  }
  // The plan's spending per run and year, its PV per run, and the mean discounted spending per year.
  const spendMean = new Float64Array(L);
  const pvCost = new Float64Array(R);
  const spent = AREAS.map((a) => b.spending[a]);
  for (let r = 0; r < R; r++) {
    for (let y = 0; y < Y; y++) {
      let sp = 0;
      for (let k = 0; k < spent.length; k++) sp += spent[k][r * Y + y];
      pvCost[r] += sp * df[y];
      spendMean[y] += sp / n;
    }
  }

  const payers = {} as Record<Account, PayerEconomics>;
  let pvSociety = new Float64Array(R);
  const npvRun = {} as Record<Account, Float64Array>;
  let societyAfter = 0;
  let societyCumulative: number[] = [];
  for (const acc of ACCOUNTS) {
    const bears = acc === 'society' || acc === planPayer;
    // Mean yearly savings by kind (discounted) and the counted net cash flow.
    const year = { cash: new Float64Array(L), capacity: new Float64Array(L) };
    for (const k of KINDS) {
      const p = prof[acc][k];
      for (let ci = 0; ci < C; ci++) {
        if (hMean[ci] === 0 && hfMean[ci] === 0) continue;
        for (let age = FIRST_SAVING_AGE; age <= LAST_SAVING_AGE; age++) {
          const t = ci - SL + age;
          if (t < 0 || t >= L) continue;
          const v = (hMean[ci] * p.fixed[age] + hfMean[ci] * p.scaled[age]) * df[t];
          year[k][t] += v;
          if (acc === 'society' && ci >= Y && counts(acc, k)) societyAfter += v;
        }
      }
    }
    const cashflow: number[] = [];
    let horizon = 0;
    let cash = 0;
    let capacity = 0;
    for (let t = 0; t < L; t++) {
      const counted = year.cash[t] + (counts(acc, 'capacity') ? year.capacity[t] : 0);
      cash += year.cash[t];
      capacity += year.capacity[t];
      if (t < Y) horizon += counted;
      cashflow.push(counted - (bears ? spendMean[t] * df[t] : 0));
    }
    if (acc === 'society') {
      let cum = 0;
      societyCumulative = Array.from({ length: Y }, (_, t) => (cum += year.cash[t] + year.capacity[t]));
    }
    // Per run: counted lifetime savings from per-cohort present values, for the chance that npv > 0.
    const pvs = perRun ? KINDS.filter((k) => counts(acc, k)).map((k) => pvPerCohort(prof[acc][k], C, L, df)) : [];
    const runPv = new Float64Array(R);
    let positive = 0;
    for (let r = 0; r < (perRun ? R : 0); r++) {
      const f = b.costFactor[r];
      let v = 0;
      for (const { fx, sc } of pvs) for (let ci = 0; ci < C; ci++) v += helped[r * C + ci] * (fx[ci] + f * sc[ci]);
      runPv[r] = v;
      if (v - (bears ? pvCost[r] : 0) > 0) positive++;
    }
    npvRun[acc] = perRun ? runPv.map((v, r) => v - (bears ? pvCost[r] : 0)) : new Float64Array(0);
    if (acc === 'society') pvSociety = runPv;
    const lifetime = cash + (counts(acc, 'capacity') ? capacity : 0);
    let cost = 0;
    if (bears) for (let r = 0; r < R; r++) cost += pvCost[r] / n;
    const pay = cost > 0 ? paybackIndex(cashflow) : -1;
    payers[acc] = {
      cost,
      savings: { horizon, lifetime, cash, capacity },
      npv: lifetime - cost,
      bcr: cost > 0 ? lifetime / cost : null,
      paybackYear: pay < 0 ? null : startYear + pay,
      probabilityPositive: R > 0 ? positive / R : 0,
      cashflow,
      cashflowStartYear: startYear,
    };
  }

  // The fund, per run: repaid from the municipality's counted savings (undiscounted) until the outlay is back.
  let fund: FundEconomics | null = null;
  if (s.fund && perRun) {
    const pm = KINDS.filter((k) => counts('municipality', k)).map((k) => prof.municipality[k]);
    fund = fundEconomics(s, b, helped, pm, L);
  }

  // The old per-service split (each service's items, transfers included), from the mean helped counts.
  const byService = Object.fromEntries(PAYERS.map((p) => [p, 0])) as Record<Payer, number>;
  for (const it of perRun ? items : []) {
    if (!it.service) continue;
    const amount = itemAmount(it, s);
    const scaled = it.sek === undefined;
    for (let ci = 0; ci < C; ci++) {
      const h = scaled ? hfMean[ci] : hMean[ci];
      if (h === 0) continue;
      for (let age = it.ageFrom; age <= it.ageTo; age++) {
        const t = ci - SL + age;
        if (t >= 0 && t < L) byService[it.service] += h * amount * df[t];
      }
    }
  }

  return {
    payers,
    fund,
    planPayer,
    societyAfterHorizon: societyAfter,
    byService,
    societyCumulative,
    pvCost,
    pvSociety,
    npvRun,
  };
}
