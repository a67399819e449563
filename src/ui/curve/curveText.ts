/**
 * The investment curve in words: where the chance reaches 50 % and 80 % (or that it never does, why, and what
 * would change it), the seed municipalities' plans as marks (scaled to this population), the table alternative
 * and the summary line. Pure functions of the curve, so they are tested without a browser.
 */
import type { Curve } from '../../model/curve';
import { PLAN_PRESETS } from '../../model/presets';
import { PLAN_HOME_BIRTHS } from '../../model/planScale';
import { AREAS, type EffectMode, type Scenario } from '../../model/types';
import { LANGS, type Lang } from '../../i18n';
import { CURVE_TEXTS } from '../../i18n/curve';
import { formatters } from '../format';
import { children } from '../results/sentence';

const planTotal = (p: Partial<Scenario>) => (p.detect ?? 0) + (p.parent ?? 0) + (p.firstline ?? 0) + (p.school ?? 0);

/**
 * The seed reports' plans as budgets per year for a municipality of `births` children a year: each plan's yearly
 * total times births over the births of the place it was made for (Hedemora 150, Nacka and Torshälla as
 * populations.ts gives them). A plain proportional scaling: an assumption, said so in the chart's note.
 */
export function seedPlanMarks(births: number, lang: Lang): { label: string; budget: number }[] {
  const names = LANGS[lang].controls.plans;
  const plans = ['hedemora', 'hedemora-yearly', 'nacka', 'torshalla'] as const;
  return plans
    .map((plan) => [plan, PLAN_HOME_BIRTHS[plan]] as const)
    .map(([plan, homeBirths]) => ({
      label: names[plan],
      budget: Math.round((planTotal(PLAN_PRESETS[plan]) * births) / homeBirths),
    }));
}

/** The smallest budget on `c` whose chance reaches `p`, or null. */
export function budgetReaching(c: Curve, p: number): number | null {
  const i = c.probability.findIndex((v) => v >= p);
  return i < 0 ? null : c.budgets[i];
}

/** The statement under the curve's title: reached where, or out of reach, why, and what would change it. */
export function curveStatement(c: Curve, reference: Curve | null, effects: EffectMode, lang: Lang): string[] {
  const t = CURVE_TEXTS[lang];
  const fmt = formatters(lang);
  const p50 = c.budgetFor['0.5'];
  const p80 = c.budgetFor['0.8'];
  const out: string[] = [];
  if (p50 !== null) out.push(t.reached({ p50: fmt.sek(p50), p80: p80 === null ? null : fmt.sek(p80) }));
  else {
    const last = c.expected.length - 1;
    out.push(
      t.outOfReach({ top: fmt.sek(c.top), best: children(fmt, c.expected[last]), target: children(fmt, c.target) }),
    );
    out.push(t.why);
    const caps = AREAS.filter((a) => c.capAt[a] !== null && (c.capAt[a] as number) <= c.top).map(
      (a) => `${t.areas[a].toLowerCase()} (${fmt.sek(c.capAt[a] as number)})`,
    );
    if (caps.length) out.push(t.caps({ list: caps.join(', ') }));
  }
  if (reference) {
    const other = t.effects[effects === 'studies' ? 'cautious' : 'studies'];
    const r50 = reference.budgetFor['0.5'];
    out.push(r50 === null ? t.withOtherNever({ other }) : t.withOther({ other, budget: fmt.sek(r50) }));
  }
  return out;
}

export function curveSummary(c: Curve, lang: Lang): string {
  const fmt = formatters(lang);
  const last = c.budgets.length - 1;
  return CURVE_TEXTS[lang].summary({
    chance0: fmt.pct(c.probability[0]),
    chanceTop: fmt.pct(c.probability[last]),
    top: fmt.sek(c.budgets[last]),
    expectedTop: children(fmt, c.expected[last]),
  });
}

/** The table alternative: one row per level. */
export function curveTable(c: Curve, lang: Lang): { columns: string[]; rows: string[][] } {
  const t = CURVE_TEXTS[lang].table;
  const fmt = formatters(lang);
  const opt = (v: number | null, f: (v: number) => string) => (v === null || !Number.isFinite(v) ? '–' : f(v));
  return {
    columns: [t.budget, t.chance, t.expected, t.p05, t.p95, t.helped, t.cost, t.payerBcr, t.payback],
    rows: c.budgets.map((b, i) => [
      fmt.num(b),
      fmt.pct(c.probability[i]),
      children(fmt, c.expected[i]),
      children(fmt, c.p05[i]),
      children(fmt, c.p95[i]),
      children(fmt, c.helped[i]),
      opt(c.costPerHelped[i], (v) => fmt.num(v)),
      opt(c.payerBcr[i], (v) => fmt.num(v, 2)),
      c.payerPaybackYear[i] === null ? '–' : String(c.payerPaybackYear[i]),
    ]),
  };
}
