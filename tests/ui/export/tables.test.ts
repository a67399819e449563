import { describe, expect, it } from 'vitest';
import { BOM, csvNumber, scenarioJson, yearlyCsv } from '../../../src/ui/export/tables';
import { decodeLink } from '../../../src/state/link';
import { fixture } from '../fixtures';

describe('yearly CSV', () => {
  const r = fixture('hedemora');
  it('Swedish: BOM, semicolons, decimal comma, Swedish headers, one row a year', () => {
    const rows = yearlyCsv(r, 'sv').split('\r\n').filter(Boolean);
    expect(rows[0].startsWith(BOM + 'År;')).toBe(true);
    expect(rows).toHaveLength(r.years.length + 1);
    const cells = rows[1].split(';');
    expect(cells[0]).toBe(String(r.years[0]));
    expect(cells[2]).toBe(csvNumber(r.atRisk.mean[0], 'sv'));
    expect(Number(cells[2].replace(',', '.'))).toBeCloseTo(r.atRisk.mean[0], 2);
  });
  it('English: commas and a decimal point', () => {
    const rows = yearlyCsv(r, 'en').split('\r\n');
    expect(rows[0].startsWith(BOM + 'Year,')).toBe(true);
    expect(Number(rows[1].split(',')[2])).toBeCloseTo(r.atRisk.mean[0], 2);
  });
  it('csvNumber: no thousands separator, the language decimal mark, empty for non-numbers', () => {
    expect(csvNumber(1234567.891, 'sv')).toBe('1234567,89');
    expect(csvNumber(1234567.891, 'en')).toBe('1234567.89');
    expect(csvNumber(NaN, 'sv')).toBe('');
  });
});

describe('scenario JSON', () => {
  it('carries the link and every value', () => {
    const { state } = decodeLink('m=hedemora&p=nacka&seed=5');
    const o = JSON.parse(scenarioJson(state, 'm=hedemora&p=nacka&seed=5'));
    expect(o).toMatchObject({ halvera: 1, query: 'm=hedemora&p=nacka&seed=5', plan: 'nacka', seed: '5' });
    expect(o.scenario).toEqual(state.scenario);
  });
});
