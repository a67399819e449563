/**
 * The rule from which the cautious and the "studies" effect sizes follow (issue 9), applied to the evidence
 * table's primary rows (data/studies.ts). MODEL.md ("Evidence per area") explains it.
 */
import type { AreaKey } from './types';
import type { EvidenceRow } from './data/shapes';
import { EVIDENCE } from './data/studies';

/** Each area's primary row. */
export function primaryRow(area: AreaKey): EvidenceRow {
  const row = EVIDENCE.find((r) => r.area === area && r.primary);
  if (!row) throw new Error(`no primary evidence row for ${area}`);
  return row;
}

/**
 * The rule. The study value is the published effect carried over to eligibility at 16:
 * `studies = published d × linkage`. The cautious value also takes WSIPP's adjustment for ordinary
 * practice: `cautious = published d × adjustment × linkage`. Both are the offset at the end of support;
 * the decay per year applies after support ends (it replaces the fixed three-year hold).
 */
export function effectsFromRow(row: EvidenceRow): { cautious: number; studies: number; low: number; high: number } {
  const d = row.publishedD ?? 0;
  const dLow = row.publishedLow ?? d;
  return {
    studies: d * row.linkage.value,
    cautious: d * row.adjustment.value * row.linkage.value,
    low: dLow * row.adjustment.low * row.linkage.low,
    high: d * row.linkage.high,
  };
}

/** The cautious and study effect sizes per area, from the primary rows by the rule. */
export function evidenceEffects(): Record<AreaKey, ReturnType<typeof effectsFromRow>> {
  return {
    detect: effectsFromRow(primaryRow('detect')),
    parent: effectsFromRow(primaryRow('parent')),
    firstline: effectsFromRow(primaryRow('firstline')),
    school: effectsFromRow(primaryRow('school')),
  };
}
