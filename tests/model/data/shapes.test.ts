// Schema check of the model's data modules (src/model/data): every value has the shape data/shapes.ts declares,
// at run time and with no unknown keys, so that a figure typed in the wrong field or a source id misspelt in a
// widened literal fails here rather than silently in the model or the page.
import { describe, expect, it } from 'vitest';
import { CASHFLOW_EVIDENCE } from '../../../src/model/data/cashflowFigures';
import { CITATIONS } from '../../../src/model/data/citations';
import { DETECTION_LEVER, DOSE } from '../../../src/model/data/levers';
import { COST_RANGES, LINKAGE_RANGES, UNCERTAINTY_RANGES } from '../../../src/model/data/ranges';
import {
  SWEDEN_BIRTHS,
  SWEDEN_BIRTHS_AFTER_LAST,
  SWEDEN_BIRTHS_LAST,
  SWEDEN_LAST_PUBLISHED_YEAR,
} from '../../../src/model/data/births';
import { ESKILSTUNA, NACKA, SWEDEN_NOT_ELIGIBLE, TORSHALLA } from '../../../src/model/data/populations';
import { SEED_PLANS } from '../../../src/model/data/seedPlans';
import { EVIDENCE, EVIDENCE_EFFECTS, CURRENT_CAUTIOUS, CURRENT_STUDIES } from '../../../src/model/data/studies';
import { WSIPP_IY } from '../../../src/model/data/wsipp';
import { AREAS } from '../../../src/model/types';

type Problems = string[];
const known = new Set(Object.keys(CITATIONS));
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Keys: required and optional; anything else is a problem. */
function keys(
  p: Problems,
  at: string,
  v: unknown,
  required: string[],
  optional: string[] = [],
): v is Record<string, unknown> {
  if (!isObj(v)) return (p.push(`${at}: not an object`), false);
  for (const k of required) if (!(k in v)) p.push(`${at}: missing ${k}`);
  for (const k of Object.keys(v)) if (!required.includes(k) && !optional.includes(k)) p.push(`${at}: unknown key ${k}`);
  return true;
}
function sources(p: Problems, at: string, v: unknown) {
  if (!Array.isArray(v)) return p.push(`${at}.sources: not an array`);
  for (const s of v) if (typeof s !== 'string' || !known.has(s)) p.push(`${at}.sources: unknown citation ${String(s)}`);
}

function citation(p: Problems, at: string, c: unknown) {
  if (!keys(p, at, c, ['title', 'authors'], ['year', 'where', 'url', 'note'])) return;
  if (!text(c.title) || !text(c.authors)) p.push(`${at}: empty title or authors`);
  if ('year' in c && !(Number.isInteger(c.year) && (c.year as number) >= 1990 && (c.year as number) <= 2030))
    p.push(`${at}: year ${String(c.year)}`);
  for (const k of ['where', 'note'] as const) if (k in c && !text(c[k])) p.push(`${at}: empty ${k}`);
  if ('url' in c && !(typeof c.url === 'string' && /^https?:\/\/\S+$/.test(c.url)))
    p.push(`${at}: url ${String(c.url)}`);
}

function range(p: Problems, at: string, r: unknown) {
  if (!keys(p, at, r, ['value', 'low', 'high', 'sources', 'basis'])) return;
  if (!finite(r.value) || !finite(r.low) || !finite(r.high)) return p.push(`${at}: a bound is not a finite number`);
  if (!(r.low <= r.value && r.value <= r.high)) p.push(`${at}: not low <= value <= high`);
  sources(p, at, r.sources);
  if (!text(r.basis)) p.push(`${at}: no basis`);
  // A range without a source is an assumption and says so.
  else if (Array.isArray(r.sources) && r.sources.length === 0 && !/^assumption/.test(r.basis as string))
    p.push(`${at}: no source and the basis does not start with "assumption"`);
}

function figure(p: Problems, at: string, f: unknown) {
  if (!keys(p, at, f, ['value', 'year', 'sources', 'verified'], ['note'])) return;
  if (!finite(f.value) || f.value <= 0) p.push(`${at}: value ${String(f.value)}`);
  if (!(Number.isInteger(f.year) && (f.year as number) >= 1990 && (f.year as number) <= 2030)) p.push(`${at}: year`);
  sources(p, at, f.sources);
  if (typeof f.verified !== 'boolean') p.push(`${at}: verified not a boolean`);
  // A verified figure names where it was found; an unverified one says why it is there.
  if (f.verified === true && Array.isArray(f.sources) && f.sources.length === 0) p.push(`${at}: verified, no source`);
  if (f.verified === false && !text(f.note)) p.push(`${at}: unverified without a note`);
  if ('note' in f && !text(f.note)) p.push(`${at}: empty note`);
}

function share(p: Problems, at: string, f: unknown) {
  figure(p, at, f);
  if (isObj(f) && finite(f.value) && !(f.value > 0 && f.value < 1)) p.push(`${at}: a share outside (0, 1)`);
}

function municipality(p: Problems, at: string, m: unknown) {
  if (!keys(p, at, m, ['name', 'births', 'notEligible', 'modelBirths'])) return;
  if (!text(m.name)) p.push(`${at}: no name`);
  if (!Array.isArray(m.births) || m.births.length === 0) p.push(`${at}: no births`);
  else m.births.forEach((b, i) => figure(p, `${at}.births[${i}]`, b));
  share(p, `${at}.notEligible`, m.notEligible);
  figure(p, `${at}.modelBirths`, m.modelBirths);
}

function evidenceRow(p: Problems, at: string, r: unknown) {
  const required = ['area', 'primary', 'study', 'outcome', 'followUp', 'publishedD', 'adjustment', 'decay', 'linkage'];
  if (!keys(p, at, r, required, ['publishedLow', 'publishedNote'])) return;
  if (!(AREAS as readonly unknown[]).includes(r.area)) p.push(`${at}: area ${String(r.area)}`);
  if (typeof r.primary !== 'boolean') p.push(`${at}: primary`);
  if (typeof r.study !== 'string' || !known.has(r.study)) p.push(`${at}: study ${String(r.study)}`);
  if (!text(r.outcome) || !text(r.followUp)) p.push(`${at}: outcome or follow-up empty`);
  if (r.publishedD !== null && !(finite(r.publishedD) && r.publishedD > 0)) p.push(`${at}: publishedD`);
  if (r.publishedD === null && !text(r.publishedNote)) p.push(`${at}: no d and no note`);
  if (
    'publishedLow' in r &&
    !(finite(r.publishedLow) && r.publishedLow >= 0 && r.publishedLow <= (r.publishedD as number))
  )
    p.push(`${at}: publishedLow`);
  if ('publishedNote' in r && !text(r.publishedNote)) p.push(`${at}: empty publishedNote`);
  for (const k of ['adjustment', 'decay', 'linkage'] as const) range(p, `${at}.${k}`, r[k]);
}

const UNITS = ['SEK per person over adult life', 'SEK per person and year', 'share', 'SEK per pupil'];
function costFigure(p: Problems, at: string, c: unknown) {
  if (!keys(p, at, c, ['what', 'value', 'unit', 'sources', 'basis'])) return;
  if (!text(c.what) || !text(c.basis)) p.push(`${at}: what or basis empty`);
  if (!finite(c.value) || c.value <= 0) p.push(`${at}: value`);
  if (!UNITS.includes(c.unit as string)) p.push(`${at}: unit ${String(c.unit)}`);
  if (c.unit === 'share' && finite(c.value) && c.value > 1) p.push(`${at}: a share above 1`);
  sources(p, at, c.sources);
  if (Array.isArray(c.sources) && c.sources.length === 0) p.push(`${at}: a cost figure without a source`);
}

function seedPlan(p: Problems, at: string, s: unknown) {
  if (!keys(p, at, s, ['id', 'source', 'amounts', 'facts', 'modelReading'])) return;
  if (!text(s.id) || !text(s.modelReading)) p.push(`${at}: id or reading empty`);
  if (typeof s.source !== 'string' || !known.has(s.source)) p.push(`${at}: source ${String(s.source)}`);
  if (!isObj(s.amounts) || Object.keys(s.amounts).length === 0) p.push(`${at}: no amounts`);
  else for (const [k, v] of Object.entries(s.amounts)) if (!finite(v) || v <= 0) p.push(`${at}.amounts.${k}`);
  if (!isObj(s.facts)) p.push(`${at}: facts`);
  else for (const [k, v] of Object.entries(s.facts)) if (!(finite(v) || text(v))) p.push(`${at}.facts.${k}`);
}

const check = (fn: (p: Problems) => void) => {
  const p: Problems = [];
  fn(p);
  return p;
};

describe('data modules: shapes', () => {
  it('citations: title, authors, an integer year, an http(s) address, nothing else', () => {
    expect(Object.keys(CITATIONS).length).toBeGreaterThan(40);
    expect(check((p) => Object.entries(CITATIONS).forEach(([id, c]) => citation(p, id, c)))).toEqual([]);
  });

  it('ranges: ordered finite bounds, known sources, a basis; no source means "assumption"', () => {
    const all: [string, unknown][] = [
      ...Object.entries(UNCERTAINTY_RANGES).map(([k, r]) => [`uncertainty.${k}`, r] as [string, unknown]),
      ...Object.entries(LINKAGE_RANGES).map(([k, r]) => [`linkage.${k}`, r] as [string, unknown]),
      ...Object.entries(COST_RANGES).map(([k, r]) => [`cost.${k}`, r] as [string, unknown]),
      ['dose.ratio', DOSE.ratio],
      ['detection.maxExtra', DETECTION_LEVER.maxExtra],
      ['detection.costScale', DETECTION_LEVER.costScale],
    ];
    expect(all.length).toBe(7 + 4 + 4 + 3);
    expect(check((p) => all.forEach(([at, r]) => range(p, at, r)))).toEqual([]);
    expect(Object.keys(LINKAGE_RANGES).sort()).toEqual([...AREAS].sort());
    expect(Object.keys(COST_RANGES).sort()).toEqual([...AREAS].sort());
  });

  it('evidence table: rows of the declared shape, exactly one primary row per area', () => {
    expect(check((p) => EVIDENCE.forEach((r, i) => evidenceRow(p, `EVIDENCE[${i}]`, r)))).toEqual([]);
    for (const area of AREAS) expect(EVIDENCE.filter((r) => r.area === area && r.primary)).toHaveLength(1);
    for (const table of [EVIDENCE_EFFECTS, CURRENT_CAUTIOUS, CURRENT_STUDIES])
      expect(Object.keys(table).sort()).toEqual([...AREAS].sort());
    for (const e of Object.values(EVIDENCE_EFFECTS)) {
      for (const v of [e.cautious, e.studies, e.low, e.high]) expect(finite(v) && v >= 0).toBe(true);
      expect(e.low <= e.cautious && e.cautious <= e.studies && e.studies <= e.high).toBe(true);
    }
  });

  it("WSIPP's figures: positive numbers, years whole", () => {
    for (const [k, v] of Object.entries(WSIPP_IY)) {
      expect(finite(v) && v > 0, k).toBe(true);
      if (k.endsWith('Years')) expect(Number.isInteger(v), k).toBe(true);
    }
  });

  it('cash-flow figures: a value, a known unit and a source each', () => {
    expect(check((p) => CASHFLOW_EVIDENCE.forEach((c, i) => costFigure(p, `CASHFLOW_EVIDENCE[${i}]`, c)))).toEqual([]);
  });

  it('births: figures of the declared shape, one per year without a gap, ending in the last published year', () => {
    expect(check((p) => SWEDEN_BIRTHS.forEach((f) => figure(p, `SWEDEN_BIRTHS ${f.year}`, f)))).toEqual([]);
    expect(check((p) => figure(p, 'SWEDEN_BIRTHS_AFTER_LAST', SWEDEN_BIRTHS_AFTER_LAST))).toEqual([]);
    SWEDEN_BIRTHS.forEach((f, i) => i > 0 && expect(f.year).toBe(SWEDEN_BIRTHS[i - 1].year + 1));
    expect(SWEDEN_BIRTHS.at(-1)).toBe(SWEDEN_BIRTHS_LAST);
    expect(SWEDEN_LAST_PUBLISHED_YEAR).toBe(SWEDEN_BIRTHS_LAST.year);
  });

  it('populations: municipalities and shares of the declared shape', () => {
    expect(check((p) => share(p, 'SWEDEN_NOT_ELIGIBLE', SWEDEN_NOT_ELIGIBLE))).toEqual([]);
    const all = { NACKA, ESKILSTUNA, TORSHALLA };
    expect(check((p) => Object.entries(all).forEach(([k, m]) => municipality(p, k, m)))).toEqual([]);
  });

  it('seed plans: a known source, positive amounts, facts as numbers or words', () => {
    expect(SEED_PLANS.map((s) => s.id)).toEqual(['nacka', 'torshalla', 'hedemora']);
    expect(check((p) => SEED_PLANS.forEach((s) => seedPlan(p, s.id, s)))).toEqual([]);
  });

  it('the checks catch what they are for', () => {
    // A misspelt source, a swapped range, an unknown key and a verified figure without a source.
    const bad = check((p) => {
      range(p, 'r', { value: 0.5, low: 0.6, high: 1, sources: ['nosuch'], basis: 'x' });
      figure(p, 'f', { value: 10, year: 2020, sources: [], verified: true, extra: 1 });
      citation(p, 'c', { title: 't', authors: 'a', url: 'www.example.se' });
    });
    expect(bad).toEqual([
      'r: not low <= value <= high',
      'r.sources: unknown citation nosuch',
      'f: unknown key extra',
      'f: verified, no source',
      'c: url www.example.se',
    ]);
  });
});
