/**
 * "Min kommun" in the link (issue 24): the user's own two figures as `kb` (children per cohort) and `kr` (the share
 * not eligible, in percent), read from an untrusted query with the range the form accepts (OWN_RANGE): a value out
 * of range is clamped with a note, text is ignored with a note. The seed plan is scaled to the births read.
 */
import { OWN_RANGE, percentOf, shareOf } from '../model/data/citedFigures';
import { resolveScenario, type PlanName } from '../model/presets';
import type { Scenario } from '../model/types';
import { parseDecimal } from '../model/validate';
import type { LinkNote } from './link';
import { truncate } from './linkRead';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Reads `kb` and `kr` into `s` (births, baseRisk) and scales the plan preset to the births. */
export function readOwnFigures(q: URLSearchParams, s: Scenario, plan: PlanName, notes: LinkNote[]): void {
  let births = s.births;
  let share = s.baseRisk;
  const kb = q.get('kb');
  if (kb !== null) {
    const n = parseDecimal(kb);
    if (n === null) notes.push({ key: 'kb', kind: 'invalid', raw: truncate(kb), used: String(births) });
    else {
      births = Math.round(clamp(n, OWN_RANGE.births.min, OWN_RANGE.births.max));
      if (births !== n) notes.push({ key: 'kb', kind: 'clamped', raw: truncate(kb), used: String(births) });
    }
  }
  const kr = q.get('kr');
  if (kr !== null) {
    const n = parseDecimal(kr);
    if (n === null) notes.push({ key: 'kr', kind: 'invalid', raw: truncate(kr), used: String(percentOf(share)) });
    else {
      const pct = clamp(n, OWN_RANGE.share.min * 100, OWN_RANGE.share.max * 100);
      if (pct !== n) notes.push({ key: 'kr', kind: 'clamped', raw: truncate(kr), used: String(pct) });
      share = shareOf(pct);
    }
  }
  Object.assign(s, resolveScenario('own', plan, { ...s, births, baseRisk: share }));
}

const inRange = (s: Scenario) =>
  Number.isInteger(s.births) &&
  s.births >= OWN_RANGE.births.min &&
  s.births <= OWN_RANGE.births.max &&
  s.baseRisk >= OWN_RANGE.share.min &&
  s.baseRisk <= OWN_RANGE.share.max;

/**
 * Writes the own figures as `kb` and `kr` and updates `base` to what the link will decode to, so that only what
 * differs from it is written as parameters. Figures outside the form's range travel as the plain parameters.
 */
export function writeOwnFigures(q: URLSearchParams, scenario: Scenario, base: Scenario, plan: PlanName): void {
  if (!inRange(scenario)) return;
  const pct = percentOf(scenario.baseRisk);
  q.set('kb', String(scenario.births));
  q.set('kr', String(pct));
  Object.assign(base, resolveScenario('own', plan, { ...base, births: scenario.births, baseRisk: shareOf(pct) }));
}
