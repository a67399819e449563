import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/model/types';
import {
  CASHFLOW_EVIDENCE,
  CITATIONS,
  COST_RANGES,
  CURRENT_CAUTIOUS,
  DECAY_BEHAVIOUR,
  DECAY_TEST_SCORES,
  DETECTION_LEVER,
  DOSE,
  EVIDENCE,
  EVIDENCE_EFFECTS,
  LINKAGE_RANGES,
  UNCERTAINTY_RANGES,
  detectionRateWithBudget,
  doseCost,
  doseEffect,
  effectsFromRow,
  evidenceEffects,
  formatCitation,
  primaryRow,
  type CitationId,
  type Range,
} from '../../src/model/evidence';
import {
  ESKILSTUNA,
  NACKA,
  SEED_PLANS,
  SWEDEN_BIRTHS,
  SWEDEN_BIRTHS_AFTER_LAST,
  SWEDEN_NOT_ELIGIBLE,
  TORSHALLA,
  swedenBirths,
} from '../../src/model/populations';

const known = new Set(Object.keys(CITATIONS));
const ordered = (r: Range) => r.low <= r.value && r.value <= r.high;

describe('evidence table', () => {
  it('has exactly one primary row for every area', () => {
    for (const a of AREAS) {
      expect(EVIDENCE.filter((r) => r.area === a && r.primary)).toHaveLength(1);
      expect(primaryRow(a).publishedD).not.toBeNull();
    }
  });

  it('cites only registered sources', () => {
    const used: CitationId[] = [];
    for (const r of EVIDENCE) used.push(r.study, ...r.adjustment.sources, ...r.decay.sources, ...r.linkage.sources);
    for (const r of Object.values(UNCERTAINTY_RANGES)) used.push(...r.sources);
    for (const r of [...Object.values(COST_RANGES), ...Object.values(LINKAGE_RANGES)]) used.push(...r.sources);
    used.push(...DOSE.ratio.sources, ...DETECTION_LEVER.maxExtra.sources, ...DETECTION_LEVER.costScale.sources);
    for (const p of SEED_PLANS) used.push(p.source);
    for (const m of [NACKA, ESKILSTUNA, TORSHALLA])
      for (const f of [...m.births, m.notEligible, m.modelBirths]) used.push(...f.sources);
    for (const f of [...SWEDEN_BIRTHS, SWEDEN_BIRTHS_AFTER_LAST, SWEDEN_NOT_ELIGIBLE]) used.push(...f.sources);
    for (const id of used) expect(known.has(id), id).toBe(true);
  });

  it('every citation reads as a document, never as a file name', () => {
    for (const id of Object.keys(CITATIONS) as CitationId[]) {
      const text = formatCitation(id);
      expect(text).not.toMatch(/\.txt|[0-9a-f]{16}/);
      expect(text.length).toBeGreaterThan(20);
    }
  });

  it('the rule reproduces each area’s cautious, studies, low and high values as stated', () => {
    const eff = evidenceEffects();
    for (const a of AREAS) {
      const row = primaryRow(a);
      const d = row.publishedD ?? 0;
      // The rule written out independently of effectsFromRow.
      expect(eff[a].cautious).toBeCloseTo(d * row.adjustment.value * row.linkage.value, 12);
      expect(eff[a].studies).toBeCloseTo(d * row.linkage.value, 12);
      for (const k of ['cautious', 'studies', 'low', 'high'] as const) {
        expect(Math.abs(eff[a][k] - EVIDENCE_EFFECTS[a][k]), `${a} ${k}`).toBeLessThanOrEqual(0.0005);
      }
    }
  });

  it('cautious values follow WSIPP: Menting’s 0.20 becomes about 0.044, WSIPP’s own test-score ratio', () => {
    expect(evidenceEffects().detect.cautious).toBeCloseTo((0.2 * 0.084) / 0.38, 6);
    expect(DECAY_TEST_SCORES).toBeCloseTo(0.0739, 3);
    expect(DECAY_BEHAVIOUR).toBeCloseTo(0.1835, 3);
  });

  it('states plainly where the new cautious values differ from today’s', () => {
    const changed = AREAS.filter((a) => Math.abs(EVIDENCE_EFFECTS[a].cautious - CURRENT_CAUTIOUS[a]) > 1e-9);
    expect(changed).toEqual(['detect', 'parent', 'firstline']);
  });

  it('every range is ordered, and cautious ≤ studies within low–high', () => {
    for (const r of EVIDENCE) {
      expect(ordered(r.adjustment)).toBe(true);
      expect(ordered(r.decay)).toBe(true);
      expect(ordered(r.linkage)).toBe(true);
      const e = effectsFromRow(r);
      expect(e.low).toBeLessThanOrEqual(e.cautious);
      expect(e.cautious).toBeLessThanOrEqual(e.studies);
      expect(e.studies).toBeLessThanOrEqual(e.high);
    }
    for (const r of [
      ...Object.values(UNCERTAINTY_RANGES),
      ...Object.values(COST_RANGES),
      ...Object.values(LINKAGE_RANGES),
      DOSE.ratio,
      DETECTION_LEVER.maxExtra,
      DETECTION_LEVER.costScale,
    ])
      expect(ordered(r), r.basis).toBe(true);
  });

  it('every range without a source says it is an assumption', () => {
    const all = [
      ...EVIDENCE.flatMap((r) => [r.adjustment, r.decay, r.linkage]),
      ...Object.values(UNCERTAINTY_RANGES),
      ...Object.values(COST_RANGES),
      DOSE.ratio,
      DETECTION_LEVER.maxExtra,
      DETECTION_LEVER.costScale,
    ];
    for (const r of all) if (r.sources.length === 0) expect(r.basis).toMatch(/^assumption/);
  });

  it('the exclusion shares at their range ends keep the cohort share near Hedemora’s 12 %', () => {
    const p = 20 / 150;
    const share = (a: number, b: number) => p * a + (1 - p) * b;
    const { pExclusionAtRisk: hi, pExclusionEligible: lo } = UNCERTAINTY_RANGES;
    expect(share(hi.value, lo.value)).toBeCloseTo(0.12, 3);
    expect(share(hi.low, lo.value)).toBeGreaterThan(0.1);
    expect(share(hi.high, lo.value)).toBeLessThan(0.135);
  });
});

describe('dose', () => {
  it('adds effect with diminishing returns and never decreases with more years', () => {
    expect(doseEffect(0.1, 0)).toBe(0);
    expect(doseEffect(0.1, 1)).toBeCloseTo(0.1, 12);
    expect(doseEffect(0.1, 2)).toBeCloseTo(0.15, 12);
    expect(doseEffect(0.1, 3)).toBeCloseTo(0.175, 12);
    let prev = 0;
    let prevStep = Infinity;
    for (let y = 1; y <= 16; y++) {
      const e = doseEffect(0.1, y);
      expect(e).toBeGreaterThanOrEqual(prev);
      expect(e - prev).toBeLessThanOrEqual(prevStep + 1e-15);
      prevStep = e - prev;
      prev = e;
    }
    expect(prev).toBeLessThanOrEqual(0.2);
    expect(doseEffect(0.1, 5, 0)).toBeCloseTo(0.1, 12);
  });

  it('costs targeted support per year and universal parental support per course', () => {
    expect(doseCost('school', 30_000, 3)).toBe(90_000);
    expect(doseCost('parent', 3_000, 7)).toBe(3_000);
    expect(doseCost('parent', 3_000, 0)).toBe(0);
  });
});

describe('detection lever', () => {
  it('raises the yearly rate with the budget, concave and capped', () => {
    const base = 0.15;
    expect(detectionRateWithBudget(base, 0, 100)).toBe(base);
    const cap = base + (1 - base) * DETECTION_LEVER.maxExtra.value;
    let prev = base;
    for (const budget of [1e5, 5e5, 1e6, 2e6, 4e6, 1e8]) {
      const r = detectionRateWithBudget(base, budget, 100);
      expect(r).toBeGreaterThan(prev);
      expect(r).toBeLessThan(cap + 1e-12);
      prev = r;
    }
    // At a budget of eligible × costScale the rate has gone 1 − 1/e of the way to the cap.
    const at = detectionRateWithBudget(base, 100 * DETECTION_LEVER.costScale.value, 100);
    expect((at - base) / (cap - base)).toBeCloseTo(1 - Math.exp(-1), 12);
  });
});

describe('populations', () => {
  it('Sweden has births for every birth year 2000–2023 and an assumption after', () => {
    for (let y = 2000; y <= 2023; y++)
      expect(
        SWEDEN_BIRTHS.some((r) => r.year === y),
        String(y),
      ).toBe(true);
    for (let y = 2010; y <= 2020; y++) {
      expect(swedenBirths(y)).toBeGreaterThanOrEqual(111_000);
      expect(swedenBirths(y)).toBeLessThanOrEqual(118_000);
    }
    expect(swedenBirths(2023)).toBe(100_100);
    expect(swedenBirths(2030)).toBe(SWEDEN_BIRTHS_AFTER_LAST.value);
    expect(SWEDEN_BIRTHS_AFTER_LAST.note).toMatch(/^assumption/);
  });

  it('every unverified figure says why', () => {
    const figures = [
      ...SWEDEN_BIRTHS,
      SWEDEN_BIRTHS_AFTER_LAST,
      ...[NACKA, ESKILSTUNA, TORSHALLA].flatMap((m) => [...m.births, m.notEligible, m.modelBirths]),
    ];
    for (const f of figures) {
      if (!f.verified) expect(f.note ?? '').not.toBe('');
      if (f.verified) expect(f.sources.length).toBeGreaterThan(0);
    }
  });

  it('municipal shares not eligible are shares and the seed plans keep the seeds’ amounts', () => {
    for (const m of [NACKA, ESKILSTUNA, TORSHALLA]) {
      expect(m.notEligible.value).toBeGreaterThan(0);
      expect(m.notEligible.value).toBeLessThan(0.5);
    }
    const byId = Object.fromEntries(SEED_PLANS.map((p) => [p.id, p]));
    expect(byId.nacka.amounts.used).toBe(558_000);
    expect(byId.nacka.amounts.setAside).toBe(3_000_000);
    expect(byId.torshalla.amounts.fund).toBe(3_800_000);
    expect(byId.hedemora.amounts.perYearReadingA * 3).toBe(byId.hedemora.amounts.total);
    expect(byId.hedemora.amounts.perYearReadingB).toBe(byId.hedemora.amounts.total);
  });
});

describe('cash-flow figures', () => {
  it('cite registered sources and reproduce the quoted arithmetic', () => {
    for (const f of CASHFLOW_EVIDENCE) {
      for (const id of f.sources) expect(known.has(id), id).toBe(true);
      expect(f.value).toBeGreaterThan(0);
    }
    const byWhat = (w: string) => CASHFLOW_EVIDENCE.find((f) => f.what.startsWith(w))!.value;
    expect(byWhat('lifetime cost of one person')).toBeCloseTo(15_750_000, 0);
    expect(byWhat('loss per person without')).toBeGreaterThan(3_590_000);
    expect(byWhat('loss per person without')).toBeLessThan(3_600_000);
  });
});
