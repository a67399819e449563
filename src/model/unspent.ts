/**
 * Why part of a budget is not spent, and what it would buy elsewhere (expected values from the scenario, split
 * of the measured unspent total). MODEL.md "Unspent budget".
 */
import { AREA_SPECS } from './assumptions';
import { expectedEligible, planYears, rampFactor } from './capacity';
import { AREAS } from './types';
import type { AreaKey, Scenario, Unspent } from './types';

/**
 * Split `total` (budget over the plan's years minus what was spent) into ramp-up, binding caps and the rest.
 * Ramp-up: budget x (1 - ramp) in the first years. Cap: the part of the ramped budget above cap x eligible x cost
 * per child. The rest (fewer eligible children than expected in a year, drawn costs) is what remains; when the
 * expected parts exceed the measured total they are scaled down to it.
 */
export function unspentReasons(s: Scenario, total: number): Unspent {
  const years = planYears(s);
  const byArea = {} as Unspent['byArea'];
  const room: Partial<Record<AreaKey, number>> = {};
  let ramp = 0;
  let cap = 0;
  for (const a of AREAS) {
    const spec = AREA_SPECS[a];
    const budget = s[a];
    const maxSpend = spec.cap * expectedEligible(s, a) * spec.cost;
    let r = 0;
    let c = 0;
    for (let t = 0; t < years; t++) {
      const f = rampFactor(s.rampup, t);
      r += budget * (1 - f);
      c += Math.max(0, budget * f - maxSpend);
    }
    byArea[a] = { rampup: r, cap: c, other: 0 };
    ramp += r;
    cap += c;
    if (maxSpend > budget) room[a] = (maxSpend - budget) * years;
  }
  const explained = ramp + cap;
  const scale = explained > total && explained > 0 ? total / explained : 1;
  for (const a of AREAS) {
    byArea[a].rampup *= scale;
    byArea[a].cap *= scale;
  }
  ramp *= scale;
  cap *= scale;
  const other = Math.max(0, total - ramp - cap);
  const sum = AREAS.reduce((t, a) => t + s[a], 0);
  for (const a of AREAS) byArea[a].other = sum > 0 ? (other * s[a]) / sum : 0;
  const elsewhere = AREAS.filter((a) => (room[a] ?? 0) > 0 && cap > 0)
    .map((a) => ({ area: a, childYears: Math.min(cap, room[a]!) / AREA_SPECS[a].cost }))
    .sort((x, y) => y.childYears - x.childYears);
  return { total, rampup: ramp, cap, other, byArea, elsewhere };
}
