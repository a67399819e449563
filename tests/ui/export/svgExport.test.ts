import { describe, expect, it } from 'vitest';
import { escapeXml, standaloneSvg, wrap } from '../../../src/ui/export/svgExport';

describe('standalone SVG', () => {
  const text = {
    title: 'Barn i riskzonen',
    summary: 'Ett långt sammandrag '.repeat(12).trim(),
    source: 'Källa: Halvera',
    link: 'https://halvera.example/?m=hedemora&p=<x>',
    legend: [{ label: 'Utan satsning', color: '#595959', kind: 'line' as const }],
  };
  it('holds the chart, title, legend, summary, source and link, escaped', () => {
    const svg = standaloneSvg('<svg viewBox="0 0 600 300"><path d="M0 0"/></svg>', 600, 300, text);
    expect(svg).toContain('<svg x="16" y="');
    expect(svg).toContain('>Barn i riskzonen<');
    expect(svg).toContain('>Utan satsning<');
    expect(svg).toContain('Källa: Halvera');
    expect(svg).toContain('p=&lt;x&gt;');
    expect(svg).not.toContain('<x>');
    const height = Number(svg.match(/height="(\d+)"/)![1]);
    expect(height).toBeGreaterThan(300 + 5 * 14);
  });
  it('wrap breaks at spaces within the width; escapeXml escapes markup', () => {
    const lines = wrap('a bb ccc dddd eeeee', 8);
    expect(lines).toEqual(['a bb ccc', 'dddd', 'eeeee']);
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});
