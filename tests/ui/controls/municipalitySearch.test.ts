import { describe, expect, it } from 'vitest';
import { fold, offered, searchMunicipalities } from '../../../src/ui/controls/municipalitySearch';
import { parseOwn, typedNumber } from '../../../src/ui/controls/ownFigures';

const ids = (q: string, lang: 'sv' | 'en' = 'sv') => searchMunicipalities(q, lang).map((o) => o.id);

describe('searchMunicipalities(query, lang)', () => {
  it('finds a municipality from its first letters, ignoring case and accents', () => {
    expect(ids('mal')[0]).toBe('malmo');
    expect(ids('MALM')[0]).toBe('malmo');
    expect(ids('göt')[0]).toBe('goteborg');
    expect(ids('gote')[0]).toBe('goteborg');
    expect(ids('sto')[0]).toBe('stockholm');
    expect(ids('vax')).toEqual(['vaxholm']);
    expect(ids('orebro')).toEqual(['orebro']);
    expect(ids('hab')).toEqual(['habo-uppsala']);
    expect(ids('jon', 'en')).toEqual(['jonkoping']);
    expect(ids('eskil')).toEqual(['eskilstuna']);
    // a word inside the name: "Torshälla" is part of Eskilstuna's preset
    expect(ids('tors')).toEqual(['eskilstuna']);
  });

  it('in English too, and "My municipality" is always offered; edited figures (custom) are not a choice', () => {
    expect(ids('goth', 'en')).toEqual(['goteborg']);
    expect(ids('my', 'en')).toContain('own');
    expect(ids('min')).toContain('own');
    expect(offered('sv').map((o) => o.id)).not.toContain('custom');
    expect(ids('')).toHaveLength(offered('sv').length);
  });

  it('a municipality without cited figures is not offered (Falun: births only per quarter were found)', () => {
    expect(ids('falun')).toEqual([]);
    expect(ids('fal')).toEqual(['jarfalla']); // only a name containing the letters
    expect(fold('  Å Ä Ö ')).toBe('a a o');
  });
});

describe('parseOwn(field, typed)', () => {
  it('takes children per cohort as a whole number from 10 to 150 000, spaces allowed', () => {
    expect(parseOwn('births', '1 234')).toEqual({ ok: true, value: 1234 });
    expect(parseOwn('births', '150 000')).toEqual({ ok: true, value: 150_000 });
    for (const bad of ['9', '150001', '12,5', 'många', '', '-20']) expect(parseOwn('births', bad).ok, bad).toBe(false);
  });

  it('takes the share in percent from 1 to 60, with a decimal comma, as the exact share', () => {
    expect(parseOwn('share', '17,3')).toEqual({ ok: true, value: 0.173 });
    expect(parseOwn('share', '1')).toEqual({ ok: true, value: 0.01 });
    expect(parseOwn('share', '60')).toEqual({ ok: true, value: 0.6 });
    for (const bad of ['0.5', '61', 'x', '1e3']) expect(parseOwn('share', bad).ok, bad).toBe(false);
    expect(typedNumber('1\u00a0000')).toBe(1000);
  });
});
