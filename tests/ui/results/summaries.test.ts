import { formatters } from '../../../src/ui/format';
import { describe, expect, it } from 'vitest';
import { halvingText } from '../../../src/ui/results/summaries';
import { cohortText, compareRows, contributionsText } from '../../../src/ui/results/detailText';
import { fixture, scaled } from '../fixtures';

describe('table alternatives', () => {
  const r = fixture('hedemora');

  it('halving: one row per year, with the reference column only when there is a reference', () => {
    const plain = halvingText(r, 'sv');
    expect(plain.table.rows).toHaveLength(r.years.length);
    expect(plain.table.rows[0][0]).toBe(String(r.years[0]));
    expect(plain.table.columns).not.toContain('Standardantaganden');
    const withRef = halvingText(r, 'sv', scaled(r, 0.8).atRisk.p50);
    expect(withRef.table.columns.at(-1)).toBe('Standardantaganden');
    expect(withRef.table.rows.every((row) => row.length === withRef.table.columns.length)).toBe(true);
  });

  it('cohort: the three groups add up to the children shown; large populations are called a sample', () => {
    const c = cohortText(r, 'sv');
    const total = c.table.rows.reduce((s, row) => s + Number(row[1].replace(/\s/g, '')), 0);
    expect(total).toBe(r.cohort.shown);
    expect(c.note).toContain('Alla 150 barn');
    expect(cohortText(fixture('sweden'), 'sv').note).toMatch(/^Ett urval: 200 av 100\u00a0100 barn/);
  });

  it('contributions: names the largest area', () => {
    const c = contributionsText(r, 'sv');
    expect(c.table.rows.map((row) => row[0])).toEqual([
      'Tidig upptäckt',
      'Föräldraskapsstöd',
      'Gemensam första linje',
      'Skolnärvaro',
    ]);
    expect(c.summary).toContain('tidig upptäckt');
  });
});

describe('compareRows(a, now)', () => {
  it('puts A and the current scenario side by side on five measures', () => {
    const now = fixture('hedemora');
    const a = scaled(now, 1.5);
    a.halving.probability = 0.2;
    a.economics.payers.municipality.paybackYear = null;
    now.economics.payers.municipality.paybackYear = 2040;
    const rows = compareRows(a, now, 'sv');
    expect(rows.map((r) => r[0])).toEqual([
      'Barn i riskzonen 2036 (medelvärde)',
      'Chansen att nå målet',
      'Kostnad (nuvärde)',
      'Nettonuvärde för kommunen',
      'Kommunen får tillbaka pengarna år',
    ]);
    expect(rows[1]).toEqual(['Chansen att nå målet', '20\u00a0%', '68\u00a0%']);
    expect(rows[4]).toEqual(['Kommunen får tillbaka pengarna år', 'aldrig', '2040']);
    // The cost row is the present value, in mnkr with one decimal like the other money rows.
    expect(rows[2][2]).toBe(formatters('sv').mnkr(now.economics.pvCost));
    expect(rows[3][2]).toBe(formatters('sv').mnkr(now.economics.payers.municipality.npv));
    expect(Number(rows[0][1].replace(',', '.'))).toBeGreaterThan(Number(rows[0][2].replace(',', '.')));
  });
});
