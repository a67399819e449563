import { describe, expect, it } from 'vitest';
import { sv } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { defaultScenario } from '../../../src/model/params';
import { scenarioFromPresets } from '../../../src/model/presets';
import { simulate } from '../../../src/model/simulate';
import type { Scenario } from '../../../src/model/types';
import { formatters } from '../../../src/ui/format';
import {
  RARE_YEARS,
  announced,
  chancePct,
  chanceWords,
  effectWords,
  frequencyWording,
  resultSentence,
  resultText,
} from '../../../src/ui/results/sentence';
import { fundText, unspentText } from '../../../src/ui/results/money';
import { helpedText, payerText } from '../../../src/ui/results/detailText';

const t = sv.money;

describe('frequencyWording(p)', () => {
  it('says "N av 10" only when that is accurate (within 2.5 points of N tenths)', () => {
    expect(frequencyWording(0.683, t)).toBe('i 7 av 10 simulerade framtider');
    expect(frequencyWording(0.31, t)).toBe('i 3 av 10 simulerade framtider');
    expect(frequencyWording(0.65, t)).toBeNull();
    expect(frequencyWording(0.07, t)).toBeNull();
  });
  it('below 5 % says "färre än 1 av 20", at 5 % "1 av 20", never 0 of 10', () => {
    expect(frequencyWording(0.004, t)).toBe('i färre än 1 av 20 simulerade framtider');
    expect(frequencyWording(0.05, t)).toBe('i 1 av 20 simulerade framtider');
    expect(frequencyWording(0, t)).toBe(t.freqZero);
    expect(frequencyWording(1, t)).toBe(t.freqAll);
  });
  it('speaks English too', () => {
    expect(frequencyWording(0.31, en.money)).toBe('in 3 of 10 simulated futures');
  });
});

describe('chancePct(p) and chanceWords(p)', () => {
  const fmt = formatters('sv');
  it('one decimal below 1 %, never 0 % or 100 % for an uncertain chance', () => {
    expect(chancePct(fmt, 0.683)).toBe('68\u00a0%');
    expect(chancePct(fmt, 0.005)).toBe('0,5\u00a0%');
    expect(chancePct(fmt, 0.0001)).toBe('< 0,1\u00a0%');
    expect(chancePct(fmt, 0.999)).toBe('> 99\u00a0%');
    expect(chancePct(fmt, 1)).toBe('100\u00a0%');
  });
  it('always gives the percentage: with the words when they are accurate, else alone', () => {
    expect(chanceWords(0.7, 'sv')).toBe('i 7 av 10 simulerade framtider (70\u00a0%)');
    expect(chanceWords(0.07, 'sv')).toBe('i 7\u00a0% av de simulerade framtiderna');
    expect(chanceWords(0.004, 'sv')).toBe('i färre än 1 av 20 simulerade framtider (0,4\u00a0%)');
  });
});

const preset = (m: 'hedemora' | 'sweden', p: 'hedemora' | 'none' | 'torshalla', extra: Partial<Scenario> = {}) => ({
  ...scenarioFromPresets(defaultScenario(), m, p),
  ...extra,
});
/** Three scenarios, simulated with fixed seeds: the page's sentences for them are snapshots. */
const SCENARIOS = {
  'hedemora-plan': {
    s: preset('hedemora', 'hedemora'),
    names: { sv: ['Hedemoras plan', 'Hedemora'], en: ["Hedemora's plan", 'Hedemora'] },
  },
  'sweden-hedemora-plan': {
    s: preset('sweden', 'hedemora'),
    names: { sv: ['Hedemoras plan', 'Hela Sverige'], en: ["Hedemora's plan", 'All of Sweden'] },
  },
  'torshalla-fund-large': {
    s: preset('hedemora', 'torshalla', { parent: 4e6, firstline: 8e6, duration: 0, fund: 1, effects: 'studies' }),
    names: { sv: ['Egen plan', 'Hedemora'], en: ['Custom plan', 'Hedemora'] },
  },
} as const;

describe('the sentences of three scenarios, in both languages (text snapshots)', () => {
  for (const [name, { s, names }] of Object.entries(SCENARIOS)) {
    const r = simulate(s, { runs: s.births > 5000 ? 100 : 300, seed: 'snap' });
    for (const lang of ['sv', 'en'] as const) {
      it(`${name} (${lang})`, () => {
        const [plan, municipality] = names[lang];
        const { lead, details } = resultText(r, lang, { plan, municipality });
        const text = [
          lead,
          details,
          helpedText(r, lang).summary,
          ...(['municipality', 'society'] as const).map((a) => {
            const p = payerText(r, a, lang);
            return [p.summary, ...p.table.rows.map((row) => row.join(': ')), p.note].join('\n');
          }),
          fundText(r, lang) ?? '(no fund)',
          unspentText(r, lang) ?? '(all spent)',
        ].join('\n\n');
        expect(text).toMatchSnapshot();
      });
    }
  }

  it("the headline for Sweden with Hedemora's plan states a positive number of children helped", () => {
    const r = simulate(SCENARIOS['sweden-hedemora-plan'].s, { runs: 100, seed: 'snap' });
    expect(r.effect.helpedTarget.mean).toBeGreaterThan(0);
    const s = resultSentence(r, 'en', { plan: "Hedemora's plan", municipality: 'All of Sweden' });
    const m = s.match(/On average ([\d.,]+) fewer children at risk/);
    expect(m).not.toBeNull();
    expect(Number(m![1].replace(/,/g, ''))).toBeGreaterThan(0);
  });

  it('without a plan: the baseline and the target, the chance without a plan', () => {
    const r = simulate(preset('hedemora', 'none'), { runs: 100, seed: 'snap' });
    const s = resultSentence(r, 'sv', { plan: 'Ingen satsning', municipality: 'Hedemora' });
    expect(s.startsWith('Hedemora utan plan')).toBe(true);
    expect(s).toContain('2034–2036');
  });
});

describe('effectWords(perCohort): the size of an effect in words', () => {
  it('says "one child in N years" from the mean per cohort (one cohort a year), small numbers as words', () => {
    expect(effectWords(0.11, 'sv')).toBe('ungefär ett barn till blir behörigt på nio år'); // 1 / 0.11 = 9.1
    expect(effectWords(0.11, 'en')).toBe('about one more child leaves school eligible in nine years');
    expect(effectWords(0.6, 'sv')).toBe('ungefär ett barn till blir behörigt på två år'); // 1.67
    expect(effectWords(1 / 15, 'sv')).toBe('ungefär ett barn till blir behörigt på 15 år');
  });
  it('says whole children per cohort from about one a cohort up', () => {
    expect(effectWords(0.7, 'sv')).toBe('ungefär ett barn till per årskull blir behörigt'); // 1 / 0.7 = 1.4
    expect(effectWords(1.4, 'sv')).toBe('ungefär ett barn till per årskull blir behörigt');
    expect(effectWords(2.6, 'sv')).toBe('omkring 3 barn till per årskull blir behöriga');
    expect(effectWords(1234.4, 'en')).toBe('about 1,234 more children a cohort leave school eligible');
  });
  it(`says "fewer than one in ${RARE_YEARS} years" for rarer effects, "none" for none`, () => {
    expect(effectWords(1 / (RARE_YEARS + 1), 'sv')).toBe(`färre än ett barn till blir behörigt på ${RARE_YEARS} år`);
    expect(effectWords(1 / RARE_YEARS, 'sv')).toBe(`ungefär ett barn till blir behörigt på ${RARE_YEARS} år`);
    expect(effectWords(0, 'sv')).toBe('inget barn fler blir behörigt');
    expect(effectWords(Number.NaN, 'en')).toBe('no more children leave school eligible');
  });
});

describe('resultText(r): a short lead, the details after', () => {
  const r = simulate(SCENARIOS['hedemora-plan'].s, { runs: 300, seed: 'snap' });
  it('leads with the plan, the effect in words derived from the result and the chance, without fractional children', () => {
    const { lead } = resultText(r, 'sv', { plan: 'Hedemoras plan: 4,5 miljoner på tre år', municipality: 'Hedemora' });
    const effect = effectWords(r.effect.helpedTarget.mean, 'sv');
    expect(lead).toBe(
      `Hedemoras plan: 4,5 miljoner på tre år – ${effect}. Målet, halva antalet, nås ${frequencyWording(r.halving.probability, t)}.`,
    );
    expect(lead.split(' – ')[1]).not.toMatch(/\d/);
  });
  it('names the municipality only when the plan does not: no "Hedemoras plan i Hedemora"', () => {
    expect(resultText(r, 'sv', { plan: 'Hedemoras plan', municipality: 'Hedemora' }).lead).toMatch(
      /^Hedemoras plan – /,
    );
    expect(resultText(r, 'sv', { plan: 'Egen plan', municipality: 'Hedemora' }).lead).toMatch(
      /^Egen plan i Hedemora – /,
    );
    expect(resultText(r, 'en', { plan: 'Your own plan', municipality: 'Nacka' }).lead).toMatch(
      /^Your own plan in Nacka – /,
    );
    expect(resultText(r, 'sv').lead).toMatch(/^Ungefär ett barn till/); // no names: the effect, capitalized
  });
  it('keeps the figures in the details: the mean with its 90 % range, the target, the cost', () => {
    const { details } = resultText(r, 'sv', { plan: 'Hedemoras plan', municipality: 'Hedemora' });
    expect(details).toMatch(
      /^I genomsnitt \d+,\d+ färre barn i riskzonen per årskull som lämnar grundskolan 2034–2036 \(90 %/,
    );
    expect(details).not.toContain('Hedemora');
    expect(details).toContain('Planen kostar');
    expect(resultSentence(r, 'sv')).toBe(`${resultText(r, 'sv').lead} ${details}`);
  });
  it('says the percent when the frequency would not be accurate', () => {
    const p = { ...r, halving: { ...r.halving, probability: 0.07 } };
    expect(resultText(p, 'sv').lead).toContain('nås i 7\u00a0% av de simulerade framtiderna.');
  });
});

describe('announced(shown, text, final)', () => {
  it('shows the first sentence at once, then keeps it through previews until a final result', () => {
    let shown = announced('', 'preview 1', false);
    expect(shown).toBe('preview 1');
    shown = announced(shown, 'preview 2', false);
    expect(shown).toBe('preview 1');
    shown = announced(shown, 'final', true);
    expect(shown).toBe('final');
  });
});
