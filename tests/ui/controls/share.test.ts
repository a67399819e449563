import { describe, expect, it, vi } from 'vitest';
import { copyText, linkUrl } from '../../../src/ui/controls/share';

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
