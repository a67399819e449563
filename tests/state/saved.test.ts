import { describe, expect, it } from 'vitest';
import {
  MAX_SAVED,
  STORAGE_KEY,
  cleanName,
  deleteSaved,
  parseSaved,
  readSaved,
  saveScenario,
} from '../../src/state/saved';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};

describe('saved scenarios', () => {
  it('saves, lists newest first, replaces by name and deletes', () => {
    const s = memory();
    saveScenario(s, 'Grupp A', 'v=1&detect=1', new Date('2026-01-01'));
    saveScenario(s, 'Grupp B', 'v=1&detect=2', new Date('2026-01-02'));
    const r = saveScenario(s, 'Grupp A', 'v=1&detect=3', new Date('2026-01-03'));
    expect(r.ok && r.list.map((x) => [x.name, x.query])).toEqual([
      ['Grupp A', 'v=1&detect=3'],
      ['Grupp B', 'v=1&detect=2'],
    ]);
    expect(deleteSaved(s, 'Grupp A').map((x) => x.name)).toEqual(['Grupp B']);
    expect(readSaved(s).map((x) => x.name)).toEqual(['Grupp B']);
  });

  it('refuses an empty name and reports a failing store', () => {
    expect(saveScenario(memory(), '  \n', 'q')).toEqual({ ok: false, error: 'empty-name' });
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
    };
    expect(saveScenario(full, 'x', 'q')).toEqual({ ok: false, error: 'storage' });
  });

  it('reads corrupt or hostile storage as an empty or cleaned list', () => {
    const s = memory();
    s.m.set(STORAGE_KEY, '{not json');
    expect(readSaved(s)).toEqual([]);
    s.m.set(STORAGE_KEY, JSON.stringify({ a: 1 }));
    expect(readSaved(s)).toEqual([]);
    s.m.set(STORAGE_KEY, JSON.stringify([null, 5, { name: 3 }, { name: '<b>x</b>\u0007', query: 'q', savedAt: 't' }]));
    expect(readSaved(s)).toEqual([{ name: '<b>x</b>', query: 'q', savedAt: 't' }]);
    expect(readSaved(null)).toEqual([]);
  });

  it(`keeps at most ${MAX_SAVED}`, () => {
    const s = memory();
    for (let i = 0; i < MAX_SAVED + 5; i++) saveScenario(s, `g${i}`, 'q');
    expect(readSaved(s)).toHaveLength(MAX_SAVED);
    expect(readSaved(s)[0].name).toBe(`g${MAX_SAVED + 4}`);
  });

  // Issue 14 (high): names that clean to the same name blanked the page (Svelte each_key_duplicate).
  it('makes names unique and drops duplicates, whatever cleans to the same name', () => {
    const e = (name: string, query = 'v=1') => ({ name, query, savedAt: 'x' });
    const long = 'x'.repeat(70);
    const { list, dropped } = parseSaved([
      e('dup'),
      e('dup '),
      e('dup\u0007'),
      e('dup', 'v=1&detect=5'),
      e(long + 'a'),
      e(long + 'b', 'v=1&school=1'),
      e('\u202edup'),
    ]);
    const names = list.map((x) => x.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['dup', 'dup (2)', 'x'.repeat(60), 'x'.repeat(56) + ' (2)']);
    expect(dropped).toBe(3);
  });

  it('strips bidirectional control characters from names', () => {
    expect(cleanName('a\u202eb\u2066c\u200f')).toBe('abc');
  });

  it('drops entries with inherited or non-string fields and counts them', () => {
    const proto = Object.create({ name: 'n', query: 'q', savedAt: 't' });
    expect(parseSaved([proto, { name: 'n', query: 5, savedAt: 't' }, []])).toEqual({ list: [], dropped: 3 });
    expect(parseSaved({ 0: 'x' }).dropped).toBe(1);
  });
});
