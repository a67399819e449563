import { describe, expect, it, vi } from 'vitest';
import { copyText, linkUrl, sameScenario } from '../../../src/ui/controls/share';

describe('copyText', () => {
  it('uses the clipboard when it works, without the fallback', async () => {
    const writeText = vi.fn(async () => {});
    const fallback = vi.fn(() => true);
    expect(await copyText('x', { writeText }, fallback)).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('x');
    expect(fallback).not.toHaveBeenCalled();
  });
  it('falls back when the clipboard refuses or is missing', async () => {
    const refuse = { writeText: async () => Promise.reject(new Error('NotAllowed')) };
    expect(await copyText('x', refuse, () => true)).toBe('copied');
    expect(await copyText('x', undefined, () => true)).toBe('copied');
  });
  it('says the text was only selected when the fallback cannot copy', async () => {
    expect(await copyText('x', undefined, () => false)).toBe('selected');
    expect(
      await copyText('x', undefined, () => {
        throw new Error('no execCommand');
      }),
    ).toBe('selected');
  });
});

describe('linkUrl', () => {
  it('puts the query on this page, dropping any old query and hash', () => {
    expect(linkUrl('https://ex.se/halvera/?old=1#x', 'v=1&m=sweden')).toBe('https://ex.se/halvera/?v=1&m=sweden');
    expect(linkUrl('https://ex.se/', '')).toBe('https://ex.se/');
  });
  it('gives only the search when there is no page address', () => {
    expect(linkUrl(undefined, 'v=1')).toBe('?v=1');
  });
});

describe('sameScenario', () => {
  it('ignores the language and the order of keys, not the values', () => {
    expect(sameScenario('v=1&m=hedemora&lang=sv', '?m=hedemora&v=1&lang=en')).toBe(true);
    expect(sameScenario('v=1&m=hedemora&detect=1', 'v=1&m=hedemora&detect=2')).toBe(false);
    expect(sameScenario('v=1&m=hedemora', 'v=1&m=hedemora&seed=2')).toBe(false);
  });
});
