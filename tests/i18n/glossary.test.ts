/**
 * One word for each thing: every text of each language (strings, and what each text function writes) is
 * checked against that language's glossary. A retired synonym must not come back; the area names everywhere
 * are the glossary's.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, LANG_CODES, type Lang } from '../../src/i18n';
import { CURVE_TEXTS } from '../../src/i18n/curve';
import { EXPLAIN_TEXTS } from '../../src/i18n/explain';
import { glossary as sv } from '../../src/i18n/sv/glossary';
import { glossary as en } from '../../src/i18n/en/glossary';
import { AREAS } from '../../src/model/types';

const GLOSSARIES = { sv, en };

/** A value that reads as a placeholder in any template: p.year, p.median, … are all "X". */
const anything: unknown = new Proxy({}, { get: (_, k) => (k === Symbol.toPrimitive ? () => 'X' : 'X') });

/** Every text under `node`, with its path; functions are called with placeholders. */
function texts(node: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (typeof node === 'function') {
    const args = Array.from({ length: Math.max(1, node.length) }, () => anything);
    texts((node as (...a: unknown[]) => unknown)(...args), `${path}()`, out);
  } else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) texts(v, `${path}.${k}`, out);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A retired word as a whole word (case as written: "Custom" is retired, "customer" is not). */
const wordRe = (w: string) => new RegExp(`(^|[^\\p{L}])${escape(w)}($|[^\\p{L}])`, 'u');

describe.each(LANG_CODES)('the %s glossary', (lang: Lang) => {
  const g = GLOSSARIES[lang];
  const all = texts({ ...LANGS[lang], curve: CURVE_TEXTS[lang], explain: EXPLAIN_TEXTS[lang] }, lang);

  it('has texts to check (the walk reaches strings and functions)', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.some(([p]) => p.endsWith('()'))).toBe(true);
  });

  it('no retired synonym appears in any text', () => {
    const hits = all.flatMap(([path, text]) =>
      g.retired.filter((w) => wordRe(w).test(text)).map((w) => `${path}: "${w}"`),
    );
    expect(hits).toEqual([]);
  });

  it('names every area as the glossary does, in the controls and in the charts', () => {
    for (const a of AREAS) {
      expect(LANGS[lang].controls.params[a]).toBe(g.areas[a]);
      expect(LANGS[lang].charts.areas[a]).toBe(g.areas[a]);
    }
  });

  it('says what "at risk" means with the glossary\'s eligibility', () => {
    expect(LANGS[lang].app.intro).toContain(g.eligibility);
  });

  it("calls the comparison by the glossary's name for no plan", () => {
    expect(LANGS[lang].charts.baseline.toLowerCase()).toBe(g.baseline);
  });
});

describe('the test itself', () => {
  it('would catch a retired word', () => {
    expect(wordRe('Custom').test('Effect sizes: Custom')).toBe(true);
    expect(wordRe('Custom').test('Customer')).toBe(false);
    expect(wordRe('the first line').test('Effect of the first line')).toBe(true);
  });
});
