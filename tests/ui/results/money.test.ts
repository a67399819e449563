import { describe, expect, it } from 'vitest';
import { cashflowYears, paybackWords, unspentText } from '../../../src/ui/results/money';
import { fixture } from '../fixtures';

describe('money words', () => {
  it('a payback that never comes is said in years, not as a last calendar year', () => {
    const r = fixture('simulated');
    const p = r.economics.payers.municipality;
    p.paybackYear = null;
    p.cost = Math.max(p.cost, 1);
    const n = cashflowYears(r, 'municipality');
    expect(n).toBe(p.cashflow.length);
    expect(paybackWords(r, 'municipality', 'sv')).toBe(`Inte återbetald inom ${n} år`);
    expect(paybackWords(r, 'municipality', 'en')).toBe(`Not paid back within ${n} years`);
  });

  it('unspent money always has its reason beside it, even when every part is under 1 000 kr', () => {
    const r = fixture('simulated');
    r.economics.unspentReasons = { ...r.economics.unspentReasons, total: 2400, rampup: 900, cap: 700, other: 800 };
    expect(unspentText(r, 'sv')).toMatch(/används inte: .+ medan verksamheten byggs upp\./);
    r.economics.unspentReasons = {
      ...r.economics.unspentReasons,
      total: 1.1e6,
      rampup: 8e5,
      cap: 0,
      other: 3e5,
      elsewhere: [],
    };
    const text = unspentText(r, 'sv')!;
    expect(text).toContain('medan verksamheten byggs upp och ');
    expect(text).toContain('färre barn än väntat');
    expect(text).not.toContain('taket');
  });
});
