import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SENSITIVITY_TEXTS } from '../../../src/i18n/sensitivity';
import type { Tornado } from '../../../src/model/sensitivityRun';
import { formatters } from '../../../src/ui/format';
import SensitivityTable from '../../../src/ui/sensitivity/SensitivityTable.svelte';
import TornadoChart from '../../../src/ui/sensitivity/TornadoChart.svelte';
import { thresholdText, tornadoGeometry } from '../../../src/ui/sensitivity/sensitivityText';
import { TORNADO_FIXTURE, makeTornado } from '../fixtures/make-tornado';
import { expectGolden, html, svgOf } from '../charts/golden';

const fix = (): Tornado => JSON.parse(readFileSync(TORNADO_FIXTURE, 'utf8')) as Tornado;

describe('the tornado chart', () => {
  it('has a fixture equal to what the model makes today', () => {
    expect(fix()).toEqual(makeTornado());
  });

  it('draws the at-risk and the npv tornado (golden SVGs), sorted by swing around the current value', () => {
    const t = fix();
    for (const [lang, o] of [
      ['sv', 'atRisk'],
      ['en', 'npv'],
    ] as const) {
      const body = html(TornadoChart, {
        t: SENSITIVITY_TEXTS[lang],
        fmt: formatters(lang),
        tornado: t,
        outcome: o,
        width: 640,
      });
      expect(body.match(/data-assumption=/g)).toHaveLength(10);
      expectGolden(`tornado-hedemora-${o}-${lang}`, svgOf(body));
    }
    const g = tornadoGeometry(SENSITIVITY_TEXTS.sv, formatters('sv'), t, 'atRisk', 640);
    const swings = g.bars.map((b) => Math.abs(b.xHigh - b.xLow));
    for (let i = 1; i < swings.length; i++) expect(swings[i]).toBeLessThanOrEqual(swings[i - 1] + 1e-9);
    expect(g.bars[0].label).toMatch(/källa|antagande/);
  });

  it('has a table alternative with every assumption in both languages', () => {
    const t = fix();
    for (const lang of ['sv', 'en'] as const) {
      const body = html(SensitivityTable, { t: SENSITIVITY_TEXTS[lang], fmt: formatters(lang), tornado: t });
      expect(body.match(/<tr data-assumption=/g)).toHaveLength(t.rows.length);
      for (const r of t.rows) expect(body).toContain(SENSITIVITY_TEXTS[lang].names[r.id]);
    }
  });

  it('says a threshold as a sentence, or "not within its range"', () => {
    const t = fix();
    const sv = SENSITIVITY_TEXTS.sv;
    const f = formatters('sv');
    const base = {
      budget: 'current' as const,
      total: 1.5e6,
      aim: 0.5,
      se: 0.016,
      bracket: [0, 0.13] as [number, number],
      evaluations: 5,
    };
    const set = thresholdText(sv, f, t, {
      ...base,
      id: 'effect.parent',
      value: 0.05,
      direction: 'atLeast',
      chance: 0.5,
      atLow: 0,
      atHigh: 0.9,
    });
    expect(set).toContain('minst 0,05');
    expect(set).toContain('föräldrastödets effekt');
    const none = thresholdText(sv, f, t, {
      ...base,
      id: 'dose',
      value: null,
      direction: 'atLeast',
      chance: 0,
      atLow: 0,
      atHigh: 0,
    });
    expect(none).toContain('inte inom sitt intervall');
  });
});
