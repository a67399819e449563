import { describe, expect, it } from 'vitest';
import { BACKGROUND, LINES, TEXT, contrast } from '../../../src/ui/charts/palette';

describe('palette', () => {
  it('computes WCAG contrast (black on white is 21:1, white on white 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it.each(Object.entries(TEXT))('text colour %s reaches 4.5:1 on the page', (_, c) => {
    expect(contrast(c, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(Object.entries(LINES))('line/mark colour %s reaches 3:1 on the page', (_, c) => {
    expect(contrast(c, BACKGROUND)).toBeGreaterThanOrEqual(3);
  });
  it('labels drawn in a line colour (target, pinned A) also reach 4.5:1', () => {
    for (const c of [LINES.target, LINES.pinned]) expect(contrast(c, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });
});
